'use strict';

/**
 * Redis and PostgreSQL for `npm run test:n8n:queue`, from Debian's packages, each started on
 * 127.0.0.1 and a free port with its data in a folder of the project's `.tmp/`, and stopped
 * by PID.
 *
 * Missing packages are installed with apt-get when running as root (CI runs on a fresh
 * machine as root); otherwise the error says which command to run.
 */
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const DEBIAN_PACKAGES = ['redis-server', 'postgresql'];

function log(msg) {
	process.stderr.write(`[queue] ${msg}\n`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function redisBinary() {
	for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) {
		if (fs.existsSync(candidate)) return candidate;
	}
	return null;
}

/** The newest `/usr/lib/postgresql/<version>/bin` holding a server. */
function postgresBinDir() {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return null;
	const versions = fs
		.readdirSync(base)
		.filter((v) => fs.existsSync(path.join(base, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(base, versions[0], 'bin') : null;
}

/** Installs redis-server and postgresql from Debian's repositories when missing. */
function ensureDebianPackages() {
	const missing = [];
	if (!redisBinary()) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (!missing.length) return [];
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		throw new Error(`missing Debian packages ${missing.join(', ')}: run \`sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')}\``);
	}
	log(`installing ${missing.join(', ')} with apt-get`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...missing]]) {
		const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.signal || r.status})`);
	}
	if (!redisBinary() || !postgresBinDir()) throw new Error('apt-get finished but redis-server or postgres is still missing');
	return missing;
}

/** Whether a PID (or, with group, its process group) still exists. */
function alive(pid, group = false) {
	try {
		process.kill(group ? -pid : pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/** A child in its own process group whose output goes to a log file. */
function startLogged(name, command, args, { logPath, uid, gid, cwd, env } = {}) {
	const out = fs.openSync(logPath, 'a');
	const child = spawn(command, args, {
		cwd,
		env: env || process.env,
		uid,
		gid,
		detached: true,
		stdio: ['ignore', out, out],
	});
	fs.closeSync(out);
	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(exited);
		});
		child.on('error', (error) => {
			exited = { code: -1, error };
			resolve(exited);
		});
	});
	return {
		name,
		pid: child.pid,
		logPath,
		exitPromise,
		exited: () => exited,
		tail: (n = 30) => {
			try {
				return fs.readFileSync(logPath, 'utf8').split('\n').slice(-n).join('\n');
			} catch {
				return '';
			}
		},
		/** `signal` to the PID, SIGKILL to its group after `graceMs`. */
		async stop(signal = 'SIGTERM', graceMs = 15000) {
			if (!exited) {
				try {
					process.kill(child.pid, signal);
				} catch {
					/* gone */
				}
				const timer = setTimeout(() => {
					try {
						process.kill(-child.pid, 'SIGKILL');
					} catch {
						/* gone */
					}
				}, graceMs);
				await exitPromise;
				clearTimeout(timer);
			}
			// Children of the server (e.g. PostgreSQL's background processes) go with it.
			for (let i = 0; i < 50 && alive(child.pid, true); i++) await sleep(100);
			if (alive(child.pid, true)) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					/* gone */
				}
			}
		},
	};
}

function redisPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		let data = '';
		const done = (ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(1000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => {
			data += chunk;
			if (data.includes('\r\n')) done(data.startsWith('+PONG'));
		});
	});
}

/** redis-server on 127.0.0.1:port, no persistence, data folder `dir`. */
async function startRedis({ port, dir }) {
	fs.mkdirSync(dir, { recursive: true });
	const handle = startLogged(
		'redis',
		redisBinary(),
		['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
		{ logPath: path.join(dir, 'redis.log'), cwd: dir },
	);
	const deadline = Date.now() + 20000;
	while (Date.now() < deadline) {
		if (handle.exited()) break;
		if (await redisPing(port)) return handle;
		await sleep(200);
	}
	await handle.stop();
	throw new Error(`redis-server did not answer PING on ${port}:\n${handle.tail()}`);
}

/** uid/gid to run PostgreSQL with: initdb and postgres refuse to run as root. */
function postgresUser() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	const id = (flag) => {
		const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
		if (r.status !== 0) throw new Error('running as root, but there is no "postgres" user to run PostgreSQL as');
		return Number(r.stdout.trim());
	};
	return { uid: id('-u'), gid: id('-g') };
}

/**
 * A throw-away PostgreSQL cluster in `dir` on 127.0.0.1:port (trust authentication for
 * the `postgres` user, durability off for speed) with a database `database`.
 */
async function startPostgres({ port, dir, database }) {
	const bin = postgresBinDir();
	const user = postgresUser();
	const data = path.join(dir, 'data');
	fs.mkdirSync(data, { recursive: true });
	if (user.uid !== undefined) {
		fs.chownSync(dir, user.uid, user.gid);
		fs.chownSync(data, user.uid, user.gid);
	}
	const run = (tool, args) => {
		const r = spawnSync(path.join(bin, tool), args, { ...user, cwd: dir, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${tool} failed (${r.signal || r.status}):\n${r.stderr || r.stdout}`);
		return r;
	};
	run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
	const handle = startLogged(
		'postgres',
		path.join(bin, 'postgres'),
		[
			'-D', data,
			'-p', String(port),
			'-k', dir,
			'-c', 'listen_addresses=127.0.0.1',
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
			'-c', 'max_connections=100',
		],
		{ logPath: path.join(dir, 'postgres.log'), cwd: dir, ...user },
	);
	const deadline = Date.now() + 30000;
	while (Date.now() < deadline) {
		if (handle.exited()) break;
		const r = spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'], { encoding: 'utf8' });
		if (r.status === 0) {
			run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
			// Fast shutdown: SIGINT (smart shutdown, SIGTERM, would wait for n8n's connections).
			const stop = handle.stop.bind(handle);
			handle.stop = (signal = 'SIGINT', graceMs) => stop(signal, graceMs);
			return handle;
		}
		await sleep(250);
	}
	await handle.stop('SIGINT');
	throw new Error(`PostgreSQL did not become ready on ${port}:\n${handle.tail()}`);
}

module.exports = { DEBIAN_PACKAGES, ensureDebianPackages, startRedis, startPostgres, alive, postgresBinDir, redisBinary };
