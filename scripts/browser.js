#!/usr/bin/env node
'use strict';

/**
 * The browser of `npm run test:editor`: Debian's Chromium, installed from Debian's packages
 * (`apt-get install chromium fonts-liberation`) when it is missing, driven by puppeteer-core
 * (a devDependency that downloads no browser of its own).
 *
 * CLI: node scripts/browser.js install   ensure Chromium (idempotent)
 *      node scripts/browser.js path      print the executable
 */

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const PACKAGES = ['chromium', 'fonts-liberation'];

function log(msg) {
	process.stderr.write(`[browser] ${msg}\n`);
}

function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return CANDIDATES.find((p) => fs.existsSync(p));
}

function run(cmd, args, logFile) {
	return new Promise((resolve, reject) => {
		const out = fs.openSync(logFile, 'a');
		const child = spawn(cmd, args, {
			stdio: ['ignore', out, out],
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			fs.closeSync(out);
			if (code === 0) resolve();
			else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal || `code ${code}`}); see ${logFile}`));
		});
	});
}

/** Chromium's path, installing Debian's package first when it is missing. */
async function ensureChromium({ logDir = path.join(__dirname, '..', '.tmp') } = {}) {
	const found = chromiumPath();
	if (found) return found;
	if (!fs.existsSync('/usr/bin/apt-get')) {
		throw new Error('Chromium is missing and this is not a Debian-like system: install Chromium and set CHROMIUM_PATH');
	}
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const sudo = asRoot ? [] : ['sudo', '-n'];
	fs.mkdirSync(logDir, { recursive: true });
	const logFile = path.join(logDir, 'chromium-install.log');
	log(`installing Debian's ${PACKAGES.join(' + ')} (about a minute; output in ${path.relative(process.cwd(), logFile)})`);
	const started = Date.now();
	const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], logFile) : run('apt-get', args, logFile));
	await apt(['update']);
	await apt(['install', '-y', '--no-install-recommends', ...PACKAGES]);
	const installed = chromiumPath();
	if (!installed) throw new Error(`apt-get installed ${PACKAGES.join(', ')} but no Chromium executable is at ${CANDIDATES.join(' or ')}`);
	log(`Chromium installed in ${Math.round((Date.now() - started) / 1000)} s`);
	return installed;
}

/**
 * Launch flags for headless runs on CI machines: no sandbox (runs as root in containers),
 * no GPU, nothing that phones home, a fresh profile.
 */
function launchArgs(userDataDir) {
	return [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		`--user-data-dir=${userDataDir}`,
		'--window-size=1440,900',
	];
}

module.exports = { ensureChromium, chromiumPath, launchArgs };

if (require.main === module) {
	const cmd = process.argv[2] || 'install';
	(async () => {
		if (cmd === 'install') log(`ready: ${await ensureChromium()}`);
		else if (cmd === 'path') console.log(chromiumPath() || '');
		else {
			console.error('usage: node scripts/browser.js [install|path]');
			process.exit(2);
		}
	})().catch((e) => {
		console.error(`[browser] ${e.message}`);
		process.exit(1);
	});
}
