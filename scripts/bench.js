#!/usr/bin/env node
'use strict';

/**
 * `npm run bench [-- --rounds N] [--only <case>[,<case>]] [--cpu-prof]`
 *
 * Compiles the nodes, contract servers and bench (tsconfig.bench.json), then runs
 * test/bench/run.ts under the `.runtime` Node 24. Workers resolve n8n-core, n8n-workflow
 * and n8n-nodes-base from the `.runtime` n8n install (test/bench/resolve.ts).
 */
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const runtime = require('./runtime.js');

const root = path.resolve(__dirname, '..');
require(path.join(root, 'test', 'harness', 'env.js'));

function main() {
	if (!runtime.isInstalled()) {
		console.error('The .runtime install (Node 24 + n8n) is missing: run `npm run runtime:install` first.');
		return 1;
	}
	const n8nDir = path.join(runtime.RUNTIME_DIR, 'node_modules', 'n8n');
	if (!fs.existsSync(path.join(n8nDir, 'package.json'))) {
		console.error(`No n8n in ${n8nDir}`);
		return 1;
	}
	const outDir = path.join(root, '.tmp', 'bench');
	fs.rmSync(outDir, { recursive: true, force: true });
	execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
	const runner = path.join(outDir, 'test', 'bench', 'run.js');
	const result = spawnSync(runtime.node24Path(), [runner, ...process.argv.slice(2)], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, BENCH_N8N_DIR: n8nDir, N8N_LOG_LEVEL: 'silent' },
	});
	return result.status ?? 1;
}

try {
	process.exitCode = main();
} catch (error) {
	process.exitCode = error.status || 1;
}
