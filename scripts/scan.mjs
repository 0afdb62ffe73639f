// Offline community-package scan: the same lint gate n8n's scanner applies, run on the
// source tree and on the packed tarball (what users install).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.tmp', 'scan');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
const tarball = join(work, packed[0].filename);
execFileSync('tar', ['xzf', tarball, '-C', work]);

let failed = false;
for (const [label, dir, patterns] of [
	['source', root, SOURCE_FILE_PATTERNS],
	['tarball', join(work, 'package'), undefined],
]) {
	const result = await analyzePackage(dir, patterns);
	console.log(`scan ${label}: ${result.passed ? 'passed' : `FAILED (${result.message})`}`);
	if (!result.passed) {
		failed = true;
		if (result.details) console.log(result.details);
	}
}
const files = packed[0].files.map((f) => f.path);
const stray = files.filter((f) => !(f.startsWith('dist/') || ['package.json', 'README.md', 'LICENSE.md', 'index.js'].includes(f)));
const tests = files.filter((f) => /(^|\/)test\/|\.test\.|servers\//.test(f));
if (stray.length || tests.length) {
	failed = true;
	console.log(`tarball holds files it should not: ${[...stray, ...tests].join(', ')}`);
}
console.log(`tarball: ${files.length} files, ${(packed[0].size / 1024).toFixed(0)} KiB`);
process.exit(failed ? 1 : 0);
