/**
 * Preloaded (`-r`) into bench workers: packages our compiled code asks for (n8n-workflow,
 * n8n-core, @n8n/di, luxon, n8n-nodes-base) resolve from the `.runtime` n8n install, so the
 * nodes run against the n8n a user has, not the project's dev copies. n8n's own modules
 * resolve as they always do.
 */
import { builtinModules } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';

interface ModuleInternals {
	_resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
	_nodeModulePaths(from: string): string[];
}

const n8nDir = process.env.BENCH_N8N_DIR;
if (!n8nDir) throw new Error('BENCH_N8N_DIR is not set');
// Everything compiled for the bench lives in .tmp/bench.
const compiledRoot = resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('node:module') as ModuleInternals;
const original = Module._resolveFilename.bind(Module);
const fromN8n = { id: join(n8nDir, 'index.js'), filename: join(n8nDir, 'index.js'), paths: Module._nodeModulePaths(n8nDir) };
const builtins = new Set(builtinModules);

Module._resolveFilename = (request, parent, isMain, options) => {
	const from = (parent as { filename?: string } | undefined)?.filename ?? '';
	const bare = !request.startsWith('.') && !isAbsolute(request) && !request.startsWith('node:') && !builtins.has(request);
	if (bare && from.startsWith(compiledRoot)) return original(request, fromN8n, isMain, options);
	return original(request, parent, isMain, options);
};
