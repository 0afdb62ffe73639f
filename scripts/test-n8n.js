#!/usr/bin/env node
'use strict';

/**
 * `npm run test:n8n`: test the built package inside a real n8n 2.41.1
 * (Node 24, from `.runtime/`, see scripts/runtime.js).
 *
 *   1. fresh user folder under `.tmp/`;
 *   2. install the package like n8n installs a community package
 *      (scripts/install-community-package.js);
 *   3. start n8n on free ports, set up the owner and log in over REST;
 *   4. built-in check: every node / credential in package.json's `n8n` block
 *      is loaded as `n8n-nodes-hris.<name>` (plus `<name>Tool` for nodes with
 *      `usableAsTool`);
 *   5. run every `scripts/n8n-checks/*.js` (sorted by file name). A file
 *      exports `async function (ctx)`, or an object whose function-valued
 *      properties are each a check. A check passes unless it throws; it may
 *      call `ctx.skip(reason)` to be reported as SKIP (not counted).
 *
 * ctx:
 *   baseUrl, port, userFolder, packageName, nodeTypes, credentialTypes
 *   owner                      { email, password } of the instance owner (to sign in a browser)
 *   rest(method, path, body)   logged-in REST call; `path` like '/rest/workflows'
 *                              (a path without a leading '/' gets '/rest/' prepended).
 *                              Resolves { status, ok, headers, body, data } (no throw).
 *   restOk(method, path, body) same, throws unless 2xx, resolves body.data ?? body
 *   cli(args, { env })         n8n CLI with Node 24 + same user folder (own broker port):
 *                              { code, stdout, stderr }; a crash shows as code 'signal SIGSEGV'
 *   importCredentials(array)   POST /rest/credentials for each -> array with the ids n8n gave
 *   importWorkflow(obj)        POST /rest/workflows -> id n8n gave
 *   executeWorkflow(id, { trigger })  POST /rest/workflows/:id/run { triggerToStartFrom } (the
 *                              workflow's Manual Trigger unless named) in the running n8n, then
 *                              GET /rest/executions/:id until it ends ->
 *                              { executionId, status, ok, data ({ finished, status, data: run data }), error }
 *   outputOf(run, nodeName, { runIndex = 0, output = 0 }) -> array of item.json
 *   activateWorkflow(id)       POST /rest/workflows/:id/activate { versionId } (versionId from
 *                              GET /rest/workflows/:id), then waits until
 *                              GET /rest/workflows/:id/publication-status is no longer
 *                              'in_progress' (2.41 publishes triggers asynchronously through an
 *                              outbox); throws if it ends 'failed'/'partial' -> publication status
 *   deactivateWorkflow(id)     POST /rest/workflows/:id/deactivate, waits likewise
 *   publicationStatus(id)      GET /rest/workflows/:id/publication-status
 *   webhookUrl(path, webhookId) production webhook URL:
 *                              `${baseUrl}/webhook/<webhookId>/<path>` (or `/webhook/<path>`)
 *   log(...args), skip(reason), logTail(n)
 *
 * Output: one `PASS name` / `FAIL name: reason` / `SKIP name: reason` line per
 * check, then exactly `N passed, M failed`. Exit code 1 on any failure.
 *
 * Options (env): N8N_TEST_KEEP=1 keeps the user folder; N8N_TEST_ONLY=<substr>
 * runs only the check files whose name contains it; N8N_TEST_CHECK_TIMEOUT_MS
 * (default 300000); N8N_TEST_CHECKS_DIR / N8N_TEST_PROJECT_DIR point the
 * harness at other checks / another package (to self-test it).
 */

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const runtime = require('./runtime');
const { installFromTarball } = require('./install-community-package');
const { restClient } = require('./n8n-rest');

// N8N_TEST_PROJECT_DIR: test another package folder (used to self-test this
// harness against a throw-away package under .tmp/).
const PROJECT_DIR = process.env.N8N_TEST_PROJECT_DIR
	? path.resolve(process.env.N8N_TEST_PROJECT_DIR)
	: runtime.PROJECT_DIR;
const CHECKS_DIR = process.env.N8N_TEST_CHECKS_DIR
	? path.resolve(process.env.N8N_TEST_CHECKS_DIR)
	: path.join(__dirname, 'n8n-checks');
const CHECK_TIMEOUT_MS = Number(process.env.N8N_TEST_CHECK_TIMEOUT_MS || 300000);

class SkipError extends Error {}

function say(line) {
	process.stdout.write(`${line}\n`);
}
function info(msg) {
	process.stderr.write(`[test:n8n] ${msg}\n`);
}

/** Expected node / credential type names from package.json's `n8n` block and the built files. */
function expectedTypes(pkg) {
	const block = pkg.n8n || {};
	const problems = [];
	const nodes = [];
	const credentials = [];
	const instances = (file) => {
		const abs = path.join(PROJECT_DIR, file);
		if (!fs.existsSync(abs)) {
			problems.push(`${file} is listed in package.json "n8n" but does not exist (build first)`);
			return [];
		}
		let mod;
		try {
			mod = require(abs);
		} catch (e) {
			problems.push(`cannot require ${file}: ${e.message.split('\n')[0]}`);
			return [];
		}
		const out = [];
		for (const exp of Object.values(mod)) {
			if (typeof exp !== 'function') continue;
			try {
				out.push(new exp());
			} catch {
				/* not a node / credential class */
			}
		}
		return out;
	};
	for (const file of block.nodes || []) {
		const all = instances(file);
		const found = all.filter((i) => i && i.description && i.description.name);
		if (fs.existsSync(path.join(PROJECT_DIR, file)) && !found.length) {
			problems.push(`${file} exports no node class with description.name`);
		}
		for (const inst of found) {
			const d = inst.description;
			let usableAsTool = !!d.usableAsTool;
			if (inst.nodeVersions) {
				for (const v of Object.values(inst.nodeVersions)) {
					if (v && v.description && v.description.usableAsTool) usableAsTool = true;
				}
			}
			nodes.push({ file, name: d.name, type: `${pkg.name}.${d.name}`, usableAsTool });
		}
	}
	for (const file of block.credentials || []) {
		const found = instances(file).filter((i) => i && typeof i.name === 'string' && Array.isArray(i.properties));
		if (fs.existsSync(path.join(PROJECT_DIR, file)) && !found.length) {
			problems.push(`${file} exports no credential class with name/properties`);
		}
		for (const inst of found) credentials.push({ file, name: inst.name });
	}
	return { nodes, credentials, problems };
}

function withTimeout(promise, ms, what) {
	let timer;
	return Promise.race([
		promise,
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
		}),
	]).finally(() => clearTimeout(timer));
}

async function main() {
	const t0 = Date.now();
	const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8'));
	const results = [];
	const record = (name, status, detail) => {
		results.push({ name, status, detail });
		const extra = detail ? `: ${detail}` : '';
		say(`${status} ${name}${extra}`);
	};

	let handle = null;
	const childProcs = new Set();
	let stopping = null; // the cleanup promise once stopping has begun
	let interrupted = false;
	const cleanup = () => {
		if (!stopping) {
			stopping = (async () => {
				for (const c of childProcs) {
					try {
						process.kill(-c.pid, 'SIGKILL');
					} catch {
						/* gone */
					}
				}
				if (handle) await runtime.stopN8n(handle);
			})();
		}
		return stopping;
	};
	for (const sig of ['SIGINT', 'SIGTERM']) {
		process.on(sig, () => {
			if (interrupted) return;
			interrupted = true;
			info(`${sig}: stopping n8n`);
			// The main flow sees the failures, runs its finally block and exits;
			// this is only a backstop.
			cleanup();
			setTimeout(() => process.exit(130), 30000).unref();
		});
	}

	const userFolder = path.join(runtime.TMP_DIR, `n8n-test-${Date.now()}-${process.pid}`);
	const scratch = path.join(userFolder, 'scratch');
	try {
		await runtime.ensureRuntime();
		fs.mkdirSync(scratch, { recursive: true });

		// --- install the package as a community package -------------------
		let installed;
		try {
			installed = installFromTarball(userFolder, { projectDir: PROJECT_DIR });
			const packed = installed.files.length;
			record('install community package from tarball', 'PASS', `${installed.packageName}@${installed.version}, ${packed} files`);
		} catch (e) {
			record('install community package from tarball', 'FAIL', `${e.message}${e.stderr ? `\n${e.stderr}` : ''}`);
			throw new SkipError('cannot continue without the package');
		}

		// --- start n8n -----------------------------------------------------
		const port = await runtime.freePort();
		const brokerPort = await runtime.freePort();
		info(`starting n8n on 127.0.0.1:${port} (user folder ${path.relative(runtime.PROJECT_DIR, userFolder)})`);
		try {
			handle = await runtime.startN8n({
				userFolder,
				port,
				env: { N8N_RUNNERS_BROKER_PORT: String(brokerPort) },
				timeoutMs: 180000,
				onSpawn: (h) => (handle = h),
			});
			record('n8n starts', 'PASS', `ready in ${handle.readySeconds.toFixed(1)} s`);
		} catch (e) {
			record('n8n starts', 'FAIL', e.message);
			throw new SkipError('n8n did not start');
		}
		const baseUrl = handle.baseUrl;

		// --- REST session ----------------------------------------------------
		const client = restClient(baseUrl);
		const { rest, restOk } = client;
		let owner;
		try {
			owner = await client.login();
			record('owner setup + login', 'PASS');
		} catch (e) {
			record('owner setup + login', 'FAIL', e.message);
			throw new SkipError('no REST session');
		}

		// --- loaded node / credential types ---------------------------------
		let nodeTypes = [];
		let credentialTypes = [];
		try {
			nodeTypes = await restOk('GET', '/types/nodes.json');
			credentialTypes = await restOk('GET', '/types/credentials.json');
			if (!Array.isArray(nodeTypes) || !Array.isArray(credentialTypes)) {
				throw new Error('unexpected /types/*.json shape');
			}
			record('fetch /types/nodes.json + /types/credentials.json', 'PASS', `${nodeTypes.length} node descriptions, ${credentialTypes.length} credential types`);
		} catch (e) {
			record('fetch /types/nodes.json + /types/credentials.json', 'FAIL', e.message);
		}

		{
			const name = 'package nodes and credentials are loaded';
			const missing = [];
			const exp = expectedTypes(pkg);
			const nodeNames = new Set(nodeTypes.map((n) => n.name));
			const credNames = new Set(credentialTypes.map((c) => c.name));
			for (const n of exp.nodes) {
				if (!nodeNames.has(n.type)) missing.push(`node ${n.type} (${n.file})`);
				if (n.usableAsTool && !nodeNames.has(`${n.type}Tool`)) missing.push(`tool node ${n.type}Tool`);
			}
			for (const c of exp.credentials) {
				if (!credNames.has(c.name)) missing.push(`credential ${c.name} (${c.file})`);
			}
			// n8n logs, but does not fail on, a package it cannot load.
			let logText = handle.tail();
			try {
				logText = fs.readFileSync(handle.logPath, 'utf8');
			} catch {
				/* use the in-memory tail */
			}
			const loadErrors = logText
				.split('\n')
				.filter((l) => l.includes(pkg.name) && /error|fail/i.test(l));
			const problems = [...exp.problems, ...missing.map((m) => `not loaded: ${m}`), ...loadErrors];
			const tools = exp.nodes.filter((n) => n.usableAsTool).length;
			const summary = `${exp.nodes.length} nodes (${tools} with tool variants), ${exp.credentials.length} credentials`;
			if (problems.length) record(name, 'FAIL', `${summary}\n    ${problems.join('\n    ')}`);
			else if (!exp.nodes.length && !exp.credentials.length) {
				record(name, 'PASS', 'package.json "n8n" block lists no nodes or credentials yet (install path exercised only)');
			} else record(name, 'PASS', summary);
		}

		// --- ctx for the plug-in checks ----------------------------------------
		const cli = (args, { env = {}, timeoutMs = 180000, input } = {}) =>
			(async () => {
				const cliBroker = await runtime.freePort();
				if (stopping) throw new Error('interrupted');
				return await new Promise((resolve, reject) => {
					const child = spawn(runtime.node24Path(), runtime.n8nArgs(args), {
						cwd: userFolder,
						env: runtime.n8nEnv(userFolder, {
							N8N_PORT: String(port),
							N8N_RUNNERS_BROKER_PORT: String(cliBroker),
							...runtime.watchdogEnv(),
							...env,
						}),
						stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
						detached: true,
					});
					childProcs.add(child);
					let stdout = '';
					let stderr = '';
					child.stdout.on('data', (d) => (stdout += d));
					child.stderr.on('data', (d) => (stderr += d));
					if (input !== undefined) child.stdin.end(input);
					const timer = setTimeout(() => {
						try {
							process.kill(-child.pid, 'SIGKILL');
						} catch {
							/* gone */
						}
					}, timeoutMs);
					child.on('error', reject);
					child.on('exit', (code, signal) => {
						clearTimeout(timer);
						childProcs.delete(child);
						// Make sure a task-runner grandchild does not linger.
						try {
							process.kill(-child.pid, 'SIGKILL');
						} catch {
							/* gone */
						}
						resolve({ code: code === null ? `signal ${signal}` : code, stdout, stderr });
					});
				});
			})();

		const ctx = {
			baseUrl,
			port,
			userFolder,
			packageName: pkg.name,
			owner,
			nodeTypes,
			credentialTypes,
			rest,
			restOk,
			cli,
			log: (...args) => info(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')),
			skip: (reason) => {
				throw new SkipError(reason || 'skipped');
			},
			logTail: (n = 40) => handle.tail().split('\n').slice(-n).join('\n'),
			// Credentials, workflows and runs go through the running n8n's REST API, as the
			// editor does: a second n8n CLI process would open the same SQLite database, and its
			// exit would be judged instead of the workflow (n8n 2.41's `n8n execute` on Node 24
			// can crash in V8's garbage collector while it shuts down, after the run finished).
			importCredentials: client.createCredentials,
			importWorkflow: client.createWorkflow,
			executeWorkflow: client.runWorkflow,
			outputOf(run, nodeName, { runIndex = 0, output = 0 } = {}) {
				// Accepts an executeWorkflow() result, an IRun or an IRunExecutionData.
				let d = run;
				while (d && !d.resultData && d.data) d = d.data;
				const runData = d && d.resultData && d.resultData.runData;
				const nodeRun = runData && runData[nodeName] && runData[nodeName][runIndex];
				if (!nodeRun) throw new Error(`no run data for node "${nodeName}"`);
				if (nodeRun.error) throw new Error(`node "${nodeName}" failed: ${nodeRun.error.message}`);
				const items = (nodeRun.data && nodeRun.data.main && nodeRun.data.main[output]) || [];
				return items.map((i) => i.json);
			},
			publicationStatus: (id) => restOk('GET', `/rest/workflows/${id}/publication-status`),
			activateWorkflow: client.activateWorkflow,
			deactivateWorkflow: client.deactivateWorkflow,
			webhookUrl(p, webhookId) {
				const clean = String(p).replace(/^\/+/, '');
				return webhookId ? `${baseUrl}/webhook/${webhookId}/${clean}` : `${baseUrl}/webhook/${clean}`;
			},
		};

		// --- plug-in checks ----------------------------------------------------
		const only = process.env.N8N_TEST_ONLY;
		const files = fs.existsSync(CHECKS_DIR)
			? fs
					.readdirSync(CHECKS_DIR)
					.filter((f) => f.endsWith('.js'))
					.filter((f) => !only || f.includes(only))
					.sort()
			: [];
		for (const file of files) {
			if (interrupted) break;
			const base = path.basename(file, '.js');
			let checks;
			try {
				const mod = require(path.join(CHECKS_DIR, file));
				checks =
					typeof mod === 'function'
						? [[base, mod]]
						: Object.entries(mod)
								.filter(([, v]) => typeof v === 'function')
								.map(([k, v]) => [`${base}:${k}`, v]);
				if (!checks.length) throw new Error('exports no check function');
			} catch (e) {
				record(base, 'FAIL', `cannot load: ${e.message}`);
				continue;
			}
			for (const [name, fn] of checks) {
				if (interrupted) break;
				const started = Date.now();
				try {
					const detail = await withTimeout(Promise.resolve().then(() => fn(ctx)), CHECK_TIMEOUT_MS, name);
					const secs = ((Date.now() - started) / 1000).toFixed(1);
					record(name, 'PASS', `${typeof detail === 'string' ? `${detail} ` : ''}(${secs} s)`);
				} catch (e) {
					if (e instanceof SkipError) record(name, 'SKIP', e.message);
					else record(name, 'FAIL', e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n    ') : String(e));
				}
			}
		}
	} catch (e) {
		if (!(e instanceof SkipError)) record('test-n8n harness', 'FAIL', e && e.stack ? e.stack : String(e));
		else info(e.message);
	} finally {
		await cleanup();
		if (handle && results.some((r) => r.status === 'FAIL')) {
			info(`n8n log: ${path.relative(runtime.PROJECT_DIR, handle.logPath)}`);
		}
		const keep =
			process.env.N8N_TEST_KEEP === '1' || (!interrupted && handle && results.some((r) => r.status === 'FAIL'));
		if (keep) info(`kept user folder ${path.relative(runtime.PROJECT_DIR, userFolder)}`);
		else fs.rmSync(userFolder, { recursive: true, force: true });
	}

	const passed = results.filter((r) => r.status === 'PASS').length;
	const failed = results.filter((r) => r.status === 'FAIL').length;
	const skipped = results.filter((r) => r.status === 'SKIP').length;
	info(`done in ${Math.round((Date.now() - t0) / 1000)} s${skipped ? `, ${skipped} skipped` : ''}`);
	say(`${passed} passed, ${failed} failed`);
	process.exitCode = interrupted ? 130 : failed ? 1 : 0;
}

main().catch((e) => {
	console.error(e);
	say('0 passed, 1 failed');
	process.exit(1);
});
