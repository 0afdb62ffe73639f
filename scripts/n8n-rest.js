'use strict';

/**
 * A logged-in client of n8n's REST API (owner setup, login cookie, browser-id header), and
 * the workflow publication and execution calls the real-n8n checks use.
 */
const crypto = require('crypto');
const http = require('http');
const path = require('path');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function randomId(len = 16) {
	const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = crypto.randomBytes(len);
	let s = '';
	for (let i = 0; i < len; i++) s += abc[bytes[i] % abc.length];
	return s;
}

/**
 * One HTTP request on a fresh connection. fetch() reuses keep-alive sockets, and a check that
 * blocks the event loop (compiling a contract server) outlives n8n's 5 s keep-alive timeout,
 * so the next request would go out on a socket n8n has closed ("fetch failed"); resending it
 * could repeat a create.
 */
function requestOnce(url, method, headers, body) {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { method, headers, agent: false }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				const pairs = Object.entries(res.headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
				resolve({
					status: res.statusCode,
					ok: res.statusCode >= 200 && res.statusCode < 300,
					headers: new Headers(pairs),
					setCookies: [].concat(res.headers['set-cookie'] || []),
					text: Buffer.concat(chunks).toString('utf8'),
				});
			});
			res.on('error', reject);
		});
		req.setTimeout(120000, () => req.destroy(new Error(`${method} ${url}: no answer in 120 s`)));
		req.on('error', reject);
		req.end(body);
	});
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

	/** Resolves { status, ok, headers, body, data }; `p` like '/rest/workflows' ('workflows' gets '/rest/'). */
	const rest = async (method, path, body) => {
		const p = path.startsWith('/') ? path : `/rest/${path}`;
		const headers = { 'browser-id': browserId, accept: 'application/json' };
		if (cookie) headers.cookie = cookie;
		if (body !== undefined) headers['content-type'] = 'application/json';
		const res = await requestOnce(`${baseUrl}${p}`, method.toUpperCase(), headers, body === undefined ? undefined : JSON.stringify(body));
		for (const sc of res.setCookies) {
			const m = /^n8n-auth=([^;]*)/.exec(sc);
			if (m) cookie = `n8n-auth=${m[1]}`;
		}
		const text = res.text;
		let parsed = text;
		try {
			parsed = text ? JSON.parse(text) : undefined;
		} catch {
			/* not JSON */
		}
		const data = parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed;
		return { status: res.status, ok: res.ok, headers: res.headers, body: parsed, data };
	};

	const restOk = async (method, p, body) => {
		const r = await rest(method, p, body);
		if (!r.ok) {
			const msg = r.body && typeof r.body === 'object' ? r.body.message || JSON.stringify(r.body) : String(r.body);
			throw new Error(`${method.toUpperCase()} ${p} -> ${r.status}: ${String(msg).slice(0, 500)}`);
		}
		return r.data;
	};

	/** Sets up the owner (random password, never printed) and logs in -> { email, password }. */
	const login = async () => {
		const owner = { email: 'owner@example.com', firstName: 'Test', lastName: 'Owner', password: `Pw${randomId(20)}1A` };
		await restOk('POST', '/rest/owner/setup', owner);
		cookie = '';
		await restOk('POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
		if (!cookie) throw new Error('login set no n8n-auth cookie');
		return { email: owner.email, password: owner.password };
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

	/** Saves credentials ({ name, type, data }) -> the same with the ids n8n gave. */
	const createCredentials = async (creds) => {
		const created = [];
		for (const { id: _ignored, ...c } of Array.isArray(creds) ? creds : [creds]) {
			created.push({ ...c, id: (await restOk('POST', '/rest/credentials', c)).id });
		}
		return created;
	};

	/** Saves a workflow (an export-format object; its id and active flag are n8n's to set) -> id. */
	const createWorkflow = async (wf) => {
		const { id: _ignored, active: _active, ...rest } = wf;
		return (await restOk('POST', '/rest/workflows', { settings: {}, connections: {}, ...rest })).id;
	};

	/**
	 * Runs a saved workflow in this n8n as the editor's "Execute workflow" does (2.41's ManualRunDto:
	 * a full run names its trigger, the Manual Trigger unless `trigger` is given), then waits for the
	 * execution to end -> { executionId, status, ok, data: { finished, status, mode, data }, error }.
	 */
	const runWorkflow = async (id, { timeoutMs = 240000, trigger } = {}) => {
		let name = trigger;
		if (!name) {
			const workflow = await restOk('GET', `/rest/workflows/${id}`);
			const start = (workflow.nodes || []).find((n) => /manualTrigger$/i.test(n.type));
			if (!start) throw new Error(`workflow ${id} has no Manual Trigger; pass { trigger: <node name> }`);
			name = start.name;
		}
		const started = await restOk('POST', `/rest/workflows/${id}/run`, { triggerToStartFrom: { name } });
		if (!started || !started.executionId) {
			throw new Error(`POST /rest/workflows/${id}/run started no execution: ${JSON.stringify(started).slice(0, 300)}`);
		}
		const deadline = Date.now() + timeoutMs;
		let execution;
		for (;;) {
			execution = await restOk('GET', `/rest/executions/${started.executionId}`);
			if (execution && !['new', 'running', 'waiting'].includes(execution.status)) break;
			if (Date.now() > deadline) throw new Error(`execution ${started.executionId} still ${execution && execution.status} after ${timeoutMs / 1000} s`);
			await sleep(200);
		}
		const runData = typeof execution.data === 'string' ? flatted().parse(execution.data) : execution.data;
		const error = runData && runData.resultData ? runData.resultData.error : undefined;
		return {
			executionId: started.executionId,
			status: execution.status,
			ok: execution.status === 'success' && !error,
			data: { finished: execution.finished, status: execution.status, mode: execution.mode, data: runData },
			error,
		};
	};

	const { executionsOf, successfulExecutions } = executionHelpers(rest);

	return {
		rest,
		restOk,
		login,
		activateWorkflow,
		deactivateWorkflow,
		waitPublication,
		createCredentials,
		createWorkflow,
		runWorkflow,
		executionsOf,
		successfulExecutions,
	};
}

/** n8n stores run data in the `flatted` format; parse it with the runtime n8n's own copy. */
function flatted() {
	const runtime = require('./runtime');
	return require(require.resolve('flatted', { paths: [path.join(runtime.RUNTIME_DIR, 'node_modules', 'n8n')] }));
}

module.exports = { restClient, executionHelpers, randomId, sleep };
