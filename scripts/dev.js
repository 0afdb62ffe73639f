#!/usr/bin/env node
'use strict';

/**
 * `npm run dev`: build the package, install it into a local n8n the way n8n installs a
 * community package (scripts/install-community-package.js), and run n8n 2.41.1 on Node 24
 * at http://127.0.0.1:5678. Node types are `n8n-nodes-hris.<name>`, as for users who
 * install the package, so workflows built here import there unchanged.
 *
 * The terminal gets a few lines (each step, progress while a long one runs, the URL when
 * n8n is ready); the full output of the build, the runtime install and n8n goes to
 * `.n8n/dev.log`, which is named when something fails.
 *
 * Data lives in `<project>/.n8n` (git-ignored; n8n itself puts its files in
 * `<project>/.n8n/.n8n`). Rebuild (`npm run build`, or `npx tsc -p tsconfig.json --watch`
 * in another terminal) and the new dist/ is copied into the installed package, which n8n
 * (N8N_DEV_RELOAD=true) then reloads.
 *
 * Port: `--port=<n>` or N8N_PORT (default 5678). Other N8N_* variables in the environment
 * are passed through. Ctrl-C stops n8n.
 */

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const runtime = require('./runtime');
const { installFromTarball } = require('./install-community-package');

const PROJECT_DIR = runtime.PROJECT_DIR;
const USER_FOLDER = path.join(PROJECT_DIR, '.n8n');
const DIST = path.join(PROJECT_DIR, 'dist');
const LOG_FILE = path.join(USER_FOLDER, 'dev.log');
const LOG_NAME = path.relative(PROJECT_DIR, LOG_FILE);

function say(line) {
	process.stderr.write(`[dev] ${line}\n`);
}

function seconds(since) {
	const s = Math.round((Date.now() - since) / 1000);
	return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Runs `what` and says every `everyMs` that it is still running. */
async function withProgress(label, what, everyMs = 20000) {
	const started = Date.now();
	const timer = setInterval(() => say(`  ... still ${label} (${seconds(started)})`), everyMs);
	try {
		return await what();
	} finally {
		clearInterval(timer);
	}
}

function appendLog(text) {
	fs.appendFileSync(LOG_FILE, text.endsWith('\n') ? text : `${text}\n`);
}

/** `npm run build` with its output in the log. */
function build() {
	return new Promise((resolve, reject) => {
		const fd = fs.openSync(LOG_FILE, 'a');
		const child = spawn('npm', ['run', 'build'], { cwd: PROJECT_DIR, stdio: ['ignore', fd, fd] });
		child.on('error', (e) => {
			fs.closeSync(fd);
			reject(e);
		});
		child.on('exit', (code) => {
			fs.closeSync(fd);
			if (code === 0) resolve();
			else reject(new Error(`the build failed (exit code ${code})`));
		});
	});
}

/** Every file below `dir`, relative to it. */
function filesOf(dir) {
	let entries;
	try {
		entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
	} catch {
		return null;
	}
	return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath || e.path, e.name)));
}

/** Signature of dist/: every file with its size and mtime (null while a build deleted it). */
function distSignature() {
	const files = filesOf(DIST);
	if (!files) return null;
	const parts = [];
	for (const f of files) {
		try {
			const st = fs.statSync(path.join(DIST, f));
			parts.push(`${f}:${st.size}:${st.mtimeMs}`);
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

/** Copies dist/ over the installed package's dist/ and removes files the build no longer makes. */
function syncDist(packageDir) {
	const target = path.join(packageDir, 'dist');
	const fresh = new Set(filesOf(DIST) || []);
	for (const f of filesOf(target) || []) {
		if (!fresh.has(f)) fs.rmSync(path.join(target, f), { force: true });
	}
	for (const f of fresh) {
		fs.mkdirSync(path.dirname(path.join(target, f)), { recursive: true });
		fs.copyFileSync(path.join(DIST, f), path.join(target, f));
	}
}

function logSize() {
	try {
		return fs.statSync(LOG_FILE).size;
	} catch {
		return 0;
	}
}

/** Waits for n8n to log its reload of the package after `offset`. */
async function reloaded(packageName, offset, timeoutMs = 20000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 500));
		const fd = fs.openSync(LOG_FILE, 'r');
		const length = Math.max(0, logSize() - offset);
		const buffer = Buffer.alloc(length);
		fs.readSync(fd, buffer, 0, length, offset);
		fs.closeSync(fd);
		const text = buffer.toString('utf8');
		if (text.includes(`Hot reload failed for ${packageName}`)) return 'failed';
		if (text.includes(`Hot reload triggered for ${packageName}`)) return 'done';
	}
	return 'silent';
}

function watchDist(packageName, packageDir) {
	let last = distSignature();
	let pending = null; // signature seen changed, waiting for it to settle
	let changedAt = 0;
	let busy = false;
	const timer = setInterval(async () => {
		if (busy) return;
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
		busy = true;
		try {
			const offset = logSize();
			syncDist(packageDir);
			const result = await reloaded(packageName, offset);
			if (result === 'done') say('dist/ changed: nodes reloaded (refresh the editor page)');
			else if (result === 'failed') say(`dist/ changed: n8n could not reload the nodes; see ${LOG_NAME}`);
			else say('dist/ changed: copied, but n8n did not reload it; restart `npm run dev` to load it');
		} catch (e) {
			say(`dist/ changed: copying it into the installed package failed: ${e.message}`);
		} finally {
			busy = false;
		}
	}, 1000);
	timer.unref();
	return timer;
}

async function main() {
	const arg = process.argv.find((a) => a.startsWith('--port='));
	const port = Number(arg ? arg.slice('--port='.length) : process.env.N8N_PORT || 5678);
	if (!(await runtime.portFree(port))) {
		say(`127.0.0.1:${port} is already in use (another n8n?). Stop it or use --port=<n>.`);
		process.exit(1);
	}
	fs.mkdirSync(USER_FOLDER, { recursive: true });
	fs.writeFileSync(LOG_FILE, `npm run dev, ${new Date().toISOString()}\n`);
	const fail = (step, e) => {
		appendLog(`\n${e.stack || e.message}`);
		say(`${step} failed: ${e.message.split('\n')[0]}`);
		say(`full output: ${LOG_NAME}`);
		process.exit(1);
	};

	let handle = null;
	let stopping = false;
	const stop = async (sig) => {
		if (stopping) return;
		stopping = true;
		say(`${sig}: stopping n8n...`);
		if (handle) await runtime.stopN8n(handle);
		process.exit(0);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));

	say(`n8n ${runtime.VERSIONS.n8n} with this package, at http://127.0.0.1:${port}/ (full output in ${LOG_NAME})`);

	let started = Date.now();
	say('1/4 building the package...');
	try {
		await withProgress('building', build);
	} catch (e) {
		fail('the build', e);
	}
	say(`    built in ${seconds(started)}`);

	if (!runtime.isInstalled()) {
		started = Date.now();
		say(`2/4 installing Node ${runtime.VERSIONS.node} and n8n ${runtime.VERSIONS.n8n} into .runtime/ (first start only: about 5 minutes, 2.8 GB)...`);
		try {
			await withProgress('installing', () => runtime.ensureRuntime({ logFile: LOG_FILE }));
		} catch (e) {
			fail('installing the runtime', e);
		}
		say(`    installed in ${seconds(started)}`);
	} else {
		say(`2/4 runtime: Node ${runtime.VERSIONS.node} and n8n ${runtime.VERSIONS.n8n} are installed in .runtime/`);
	}

	started = Date.now();
	say('3/4 installing the package into .n8n/ as a community package...');
	let installed;
	try {
		installed = installFromTarball(USER_FOLDER);
	} catch (e) {
		if (e.stderr) appendLog(e.stderr);
		fail('installing the package', e);
	}
	// n8n's hot reload lists `node_modules/` of the custom-extensions folder and fails with a
	// stack trace when that folder exists without one.
	const customDir = path.join(USER_FOLDER, '.n8n', 'custom');
	if (fs.existsSync(customDir)) fs.mkdirSync(path.join(customDir, 'node_modules'), { recursive: true });
	say(`    ${installed.packageName}@${installed.version} installed in ${seconds(started)}`);

	started = Date.now();
	say('4/4 starting n8n (the first start also sets up its database, up to a minute)...');
	try {
		handle = await withProgress('starting', () =>
			runtime.startN8n({
				onSpawn: (h) => (handle = h),
				userFolder: USER_FOLDER,
				port,
				logFile: LOG_FILE,
				timeoutMs: 300000,
				env: { N8N_DEV_RELOAD: 'true', N8N_CUSTOM_EXTENSIONS: undefined },
			}),
		);
	} catch (e) {
		if (stopping) return;
		fail('starting n8n', e);
	}
	if (stopping) {
		await runtime.stopN8n(handle);
		return;
	}
	say(`n8n is ready (${seconds(started)}): open ${handle.baseUrl}/`);
	say(`nodes are ${installed.packageName}.<name>, as in an installed package; rebuild dist/ and they reload. Ctrl-C stops n8n.`);
	watchDist(installed.packageName, installed.packageDir);

	const { code, signal } = await handle.exitPromise;
	if (!stopping) {
		say(`n8n exited (${signal || `code ${code}`}); see ${LOG_NAME}`);
		await runtime.stopN8n(handle);
		process.exit(code || 1);
	}
}

main().catch((e) => {
	say(`failed: ${e.message}`);
	say(`full output: ${LOG_NAME}`);
	process.exit(1);
});
