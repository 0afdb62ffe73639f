#!/usr/bin/env node
'use strict';

/**
 * `npm run dev` (after `npm run build`): run a real n8n 2.41.1 on Node 24
 * with this package loaded from `dist/` as custom extensions (node types
 * `CUSTOM.<name>`), hot reload on, at http://127.0.0.1:5678.
 *
 * Data lives in `<project>/.n8n` (git-ignored; n8n itself puts its files in
 * `<project>/.n8n/.n8n`). Rebuild (`npm run build` or
 * `npx tsc -p tsconfig.json --watch` in another terminal) and the nodes are
 * reloaded.
 *
 * Reloading: n8n 2.41's own N8N_DEV_RELOAD file watcher expects a
 * `node_modules/` folder inside a custom extensions folder (it logs
 * `ENOENT ... scandir '<project>/dist/node_modules'` at start-up without one,
 * which is harmless) and loses track of `dist/` when a build deletes it. So this
 * script polls `dist/` itself and, once a build has settled, calls
 * `POST /rest/dev/reload` (enabled by N8N_DEV_RELOAD=true, no auth), which
 * clears n8n's require cache for `dist/` and loads the nodes again.
 *
 * Port: `--port=<n>` or N8N_PORT (default 5678). Other N8N_* variables in the
 * environment are passed through. Ctrl-C stops n8n.
 */

const fs = require('fs');
const path = require('path');
const runtime = require('./runtime');

const PROJECT_DIR = runtime.PROJECT_DIR;
const USER_FOLDER = path.join(PROJECT_DIR, '.n8n');
const DIST = path.join(PROJECT_DIR, 'dist');

/** Signature of dist/: every file with its size and mtime. */
function distSignature() {
	let entries;
	try {
		entries = fs.readdirSync(DIST, { recursive: true, withFileTypes: true });
	} catch {
		return null; // dist/ deleted (a build in progress)
	}
	const parts = [];
	for (const e of entries) {
		if (!e.isFile()) continue;
		const dir = e.parentPath || e.path;
		const full = path.join(dir, e.name);
		if (full.includes(`${path.sep}node_modules${path.sep}`)) continue;
		try {
			const st = fs.statSync(full);
			parts.push(`${full}:${st.size}:${st.mtimeMs}`);
		} catch {
			/* vanished */
		}
	}
	return parts.sort().join('\n');
}

/** True when every file listed in package.json's `n8n` block exists in dist/. */
function buildComplete() {
	try {
		const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8'));
		const files = [...((pkg.n8n && pkg.n8n.nodes) || []), ...((pkg.n8n && pkg.n8n.credentials) || [])];
		return files.every((f) => fs.existsSync(path.join(PROJECT_DIR, f)));
	} catch {
		return false;
	}
}

function watchDist(baseUrl) {
	let last = distSignature();
	let pending = null; // signature seen changed, waiting for it to settle
	let changedAt = 0;
	const timer = setInterval(async () => {
		const sig = distSignature();
		if (sig === last && pending === null) return;
		if (sig !== pending) {
			pending = sig;
			changedAt = Date.now();
			return;
		}
		if (sig === null || Date.now() - changedAt < 1500 || !buildComplete()) return;
		last = sig;
		pending = null;
		try {
			const res = await fetch(`${baseUrl}/rest/dev/reload`, { method: 'POST' });
			const body = await res.text();
			console.error(`[dev] dist/ changed: reload ${res.ok ? 'done' : `failed (${res.status}) ${body.slice(0, 300)}`}`);
		} catch (e) {
			console.error(`[dev] dist/ changed: reload request failed: ${e.message}`);
		}
	}, 1000);
	timer.unref();
	return timer;
}

async function main() {
	const arg = process.argv.find((a) => a.startsWith('--port='));
	const port = Number(arg ? arg.slice('--port='.length) : process.env.N8N_PORT || 5678);
	if (!fs.existsSync(DIST)) {
		console.error('[dev] dist/ does not exist: run `npm run build` first (or use `npm run dev`).');
		process.exit(1);
	}
	if (!(await runtime.portFree(port))) {
		console.error(`[dev] 127.0.0.1:${port} is already in use (another n8n?). Stop it or use --port=<n>.`);
		process.exit(1);
	}

	await runtime.ensureRuntime();

	let handle = null;
	let stopping = false;
	const stop = async (sig) => {
		if (stopping) return;
		stopping = true;
		console.error(`\n[dev] ${sig}: stopping n8n...`);
		if (handle) await runtime.stopN8n(handle);
		process.exit(0);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));

	console.error(`[dev] starting n8n ${runtime.VERSIONS.n8n} (Node ${runtime.VERSIONS.node}) with ${path.relative(PROJECT_DIR, DIST)}/ as custom extensions...`);
	try {
		handle = await runtime.startN8n({
			onSpawn: (h) => (handle = h),
			userFolder: USER_FOLDER,
			port,
			stream: true,
			logFile: path.join(USER_FOLDER, 'n8n-dev.log'),
			timeoutMs: 180000,
			env: {
				N8N_CUSTOM_EXTENSIONS: DIST,
				N8N_DEV_RELOAD: 'true',
			},
		});
	} catch (e) {
		if (stopping) return;
		console.error(`[dev] ${e.message}`);
		process.exit(1);
	}
	if (stopping) {
		await runtime.stopN8n(handle);
		return;
	}
	console.error(`\n[dev] n8n is ready (${handle.readySeconds.toFixed(1)} s): open ${handle.baseUrl}/`);
	console.error('[dev] package nodes appear as CUSTOM.<name>; rebuild dist/ to reload them. Ctrl-C to stop.\n');
	watchDist(handle.baseUrl);

	const { code, signal } = await handle.exitPromise;
	if (!stopping) {
		console.error(`[dev] n8n exited (${signal || `code ${code}`})`);
		await runtime.stopN8n(handle);
		process.exit(code || 1);
	}
}

main().catch((e) => {
	console.error(`[dev] ${e.stack || e.message}`);
	process.exit(1);
});
