'use strict';

/**
 * A logged-in client of n8n's REST API (owner setup, login cookie, browser-id header), and
 * the workflow publication and execution calls the real-n8n checks use.
 */
const crypto = require('crypto');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function randomId(len = 16) {
	const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.randomBytes(len);
	let s = '';
	for (let i = 0; i < len; i++) s += abc[bytes[i] % abc.length];
	return s;
}

/**
 * n8n closes idle keep-alive sockets after 5 s; a request that fetch sends on one as it closes
 * fails with "fetch failed" without reaching n8n, so it is sent once more on a fresh connection.
 */
async function resendOnStaleSocket(send) {
	try {
		return await send();
	} catch (error) {
		const code = error && error.cause && error.cause.code;
		if (!['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'].includes(code)) throw error;
		return await send();
	}
}

/**
 * Execution look-ups over a `rest(method, path)` function (this client's, or the one the
 * test:n8n harness hands its checks).
 */
function executionHelpers(rest) {
	const executionsOf = async (workflowId) => {
		const r = await rest('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
		const data = r.body && r.body.data;
		return (data && (data.results || data)) || [];
	};

	/** Waits until `count` executions of the workflow succeeded; throws on a failed one or the deadline. */
	const successfulExecutions = async (workflowId, count, timeoutMs = 30000) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const all = await executionsOf(workflowId);
			const failed = all.find((e) => e.status === 'error' || e.status === 'crashed');
			if (failed) throw new Error(`execution ${failed.id} of workflow ${workflowId} ended "${failed.status}"`);
			const done = all.filter((e) => e.status === 'success');
			if (done.length >= count) return all;
			if (Date.now() > deadline) {
				throw new Error(
					`expected ${count} successful execution(s) of ${workflowId}, found ${done.length} (${all.map((e) => e.status).join(', ') || 'none'})`,
				);
			}
			await sleep(250);
		}
	};

	return { executionsOf, successfulExecutions };
}

function restClient(baseUrl) {
	let cookie = '';
	const browserId = randomId(24);

	/** Resolves { status, ok, body, data }; `p` like '/rest/workflows'. */
	const rest = async (method, p, body) => {
		const headers = { 'browser-id': browserId, accept: 'application/json' };
		if (cookie) headers.cookie = cookie;
		if (body !== undefined) headers['content-type'] = 'application/json';
		const send = () =>
			fetch(`${baseUrl}${p}`, {
				method: method.toUpperCase(),
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
			});
		const res = await resendOnStaleSocket(send);
		for (const sc of res.headers.getSetCookie ? res.headers.getSetCookie() : []) {
			const m = /^n8n-auth=([^;]*)/.exec(sc);
			if (m) cookie = `n8n-auth=${m[1]}`;
		}
		const text = await res.text();
		let parsed = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			/* not JSON */
		}
		const data = parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed;
		return { status: res.status, ok: res.ok, body: parsed, data };
	};

	const restOk = async (method, p, body) => {
		const r = await rest(method, p, body);
		if (!r.ok) {
			const msg = r.body && typeof r.body === 'object' ? r.body.message || JSON.stringify(r.body) : String(r.body);
			throw new Error(`${method.toUpperCase()} ${p} -> ${r.status}: ${String(msg).slice(0, 500)}`);
		}
		return r.data;
	};

	/** Sets up the owner (random password, never printed) and logs in. */
	const login = async () => {
		const owner = { email: 'owner@example.com', firstName: 'Test', lastName: 'Owner', password: `Pw${randomId(20)}1A` };
		await restOk('POST', '/rest/owner/setup', owner);
		cookie = '';
		await restOk('POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
		if (!cookie) throw new Error('login set no n8n-auth cookie');
	};

	const waitPublication = async (id, timeoutMs) => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const st = await restOk('GET', `/rest/workflows/${id}/publication-status`);
			if (st.status !== 'in_progress') return st;
			if (Date.now() > deadline) throw new Error(`workflow ${id} publication still in progress after ${timeoutMs / 1000} s`);
			await sleep(250);
		}
	};

	/** Activates a workflow and waits until its triggers are published (2.41 uses an outbox). */
	const activateWorkflow = async (id, { timeoutMs = 60000 } = {}) => {
		const wf = await restOk('GET', `/rest/workflows/${id}`);
		await restOk('POST', `/rest/workflows/${id}/activate`, { versionId: wf.versionId });
		const st = await waitPublication(id, timeoutMs);
		if (st.status === 'failed' || st.status === 'partial') {
			const errs = (st.triggers || []).filter((t) => t.status === 'failed').map((t) => t.errorMessage);
			throw new Error(`activation of ${id} ${st.status}: ${errs.join('; ') || 'no error message'}`);
		}
		return st;
	};

	const deactivateWorkflow = async (id, { timeoutMs = 60000 } = {}) => {
		await restOk('POST', `/rest/workflows/${id}/deactivate`, {});
		return await waitPublication(id, timeoutMs);
	};

	const { executionsOf, successfulExecutions } = executionHelpers(rest);

	return { rest, restOk, login, activateWorkflow, deactivateWorkflow, executionsOf, successfulExecutions };
}

module.exports = { restClient, executionHelpers, resendOnStaleSocket, randomId, sleep };
