#!/usr/bin/env node
// Generates the Factorial resource specs and the trigger's event list from the vendored
// OpenAPI document. `--check` writes nothing and fails when a committed file differs.
//
//   npm run gen:factorial            write nodes/Factorial/generated/
//   npm run gen:factorial -- --check fail on drift (CI)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOutputs } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');

const outputs = buildOutputs(root);
const outDir = path.join(root, 'nodes', 'Factorial', 'generated');

const drift = [];
for (const [relative, content] of outputs) {
	const file = path.join(root, relative);
	const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
	if (current === content) continue;
	drift.push(relative);
	if (!check) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, content);
	}
}
const expected = new Set([...outputs.keys()].map((relative) => path.join(root, relative)));
const stale = fs.existsSync(outDir)
	? fs
			.readdirSync(outDir)
			.map((name) => path.join(outDir, name))
			.filter((file) => !expected.has(file))
	: [];
for (const file of stale) {
	drift.push(path.relative(root, file));
	if (!check) fs.rmSync(file);
}

if (check) {
	if (drift.length) {
		console.error(`Generated Factorial files are out of date (run npm run gen:factorial):\n  ${drift.join('\n  ')}`);
		process.exit(1);
	}
	console.log(`Generated Factorial files are up to date (${outputs.size} files).`);
} else {
	console.log(`Wrote ${drift.length} of ${outputs.size} generated Factorial files.`);
}
