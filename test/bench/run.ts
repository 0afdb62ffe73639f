/**
 * `npm run bench [-- --rounds N] [--only <case>[,<case>]] [--cpu-prof]`
 *
 * Each case runs its contract server in one process and every measured run in a fresh
 * worker process (Node 24 and n8n from `.runtime`). Rounds interleave the variants, in a
 * rotating order, so a busy moment of the machine hits them alike; the table shows medians,
 * and each ratio is the median of the per-round ratios (both sides measured back to back).
 */
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchCase, ServerInfo, Variant, WorkerResult, WorkerTask } from './cases';
import { CASES } from './cases';

interface Options {
	rounds: number;
	only?: string[];
	cpuProf: boolean;
}

export function parseOptions(argv: string[]): Options {
	const options: Options = { rounds: 3, cpuProf: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--rounds') options.rounds = Number(argv[++i]);
		else if (arg === '--only') options.only = String(argv[++i] ?? '').split(',').filter(Boolean);
		else if (arg === '--cpu-prof') options.cpuProf = true;
		else throw new Error(`Unknown option ${arg} (use --rounds N, --only <case>[,<case>], --cpu-prof)`);
	}
	if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error('--rounds needs a positive integer');
	const unknown = options.only?.filter((id) => !CASES.some((c) => c.id.startsWith(id)));
	if (unknown?.length) throw new Error(`Unknown case ${unknown.join(', ')}; cases: ${CASES.map((c) => c.id).join(', ')}`);
	return options;
}

export function variantLabel(bench: BenchCase, variant: Variant): string {
	if (variant === 'node') return 'n8n-nodes-hris node';
	if (variant === 'floor') return 'floor (httpRequestWithAuthentication loop)';
	return bench.kind === 'list' ? 'HTTP Request (pagination) + Split Out' : 'HTTP Request';
}

interface Sample extends WorkerResult {
	requests: number;
}

const root = resolve(__dirname, '..', '..');
const profileDir = resolve(root, '..', 'bench-profiles');

/** Sends a message and waits for the reply of the given type (or an `error`). */
async function ask<T>(child: ChildProcess, message: unknown, type: string): Promise<T> {
	return await new Promise<T>((resolveReply, reject) => {
		const onMessage = (reply: { type: string; message?: string }) => {
			if (reply.type === 'error') done(() => reject(new Error(reply.message)));
			else if (reply.type === type) done(() => resolveReply(reply as T));
		};
		const onExit = (code: number | null, signal: string | null) =>
			done(() => reject(new Error(`process exited (${signal ?? code}) while waiting for ${type}`)));
		const done = (settle: () => void) => {
			child.off('message', onMessage);
			child.off('exit', onExit);
			settle();
		};
		child.on('message', onMessage);
		child.on('exit', onExit);
		if (message !== undefined) child.send(message as never);
	});
}

async function measureOnce(server: ChildProcess, info: ServerInfo, bench: BenchCase, variant: Variant, options: Options, round: number) {
	const { data: credential } = await ask<{ data: Record<string, unknown> }>(server, { type: 'credentials' }, 'credentials');
	const execArgv = ['-r', join(__dirname, 'resolve.js'), '--expose-gc'];
	let cpuProf: string | undefined;
	if (options.cpuProf) {
		mkdirSync(profileDir, { recursive: true });
		cpuProf = join(profileDir, `${bench.id}-${variant}-${round + 1}.cpuprofile`);
	}
	const worker = fork(join(__dirname, 'worker.js'), [], { execArgv, stdio: 'inherit' });
	try {
		const task: WorkerTask = { case: bench, variant, server: info, credential, cpuProf };
		await ask(worker, task, 'ready');
		await ask(server, { type: 'reset' }, 'reset');
		const { result } = await ask<{ result: WorkerResult }>(worker, { type: 'go' }, 'result');
		const { requests } = await ask<{ requests: number }>(server, { type: 'count' }, 'count');
		return { ...result, requests };
	} finally {
		const exited = new Promise((done) => worker.once('exit', done));
		if (worker.connected) worker.disconnect();
		await exited;
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export interface CaseResult {
	bench: BenchCase;
	samples: Record<Variant, Sample[]>;
}

async function runCase(bench: BenchCase, options: Options): Promise<CaseResult> {
	const server = fork(join(__dirname, 'server.js'), [], { stdio: 'inherit' });
	try {
		const { info } = await ask<{ info: ServerInfo }>(server, { type: 'start', system: bench.system, records: bench.records }, 'started');
		const samples = Object.fromEntries(bench.variants.map((v) => [v, [] as Sample[]])) as Record<Variant, Sample[]>;
		for (let round = 0; round < options.rounds; round++) {
			const order = bench.variants.map((_, i) => bench.variants[(i + round) % bench.variants.length]);
			for (const variant of order) {
				const sample = await measureOnce(server, info, bench, variant, options, round);
				samples[variant].push(sample);
				process.stderr.write(
					`  ${bench.id} round ${round + 1}/${options.rounds} ${variant}: ${sample.ms.toFixed(0)} ms (CPU ${sample.cpuMs.toFixed(0)} ms), ${sample.requests} requests, ${sample.items} items, peak RSS ${sample.peakRssMb.toFixed(0)} MB\n`,
				);
			}
		}
		return { bench, samples };
	} finally {
		if (server.connected) server.send({ type: 'stop' });
	}
}

/** Median over rounds of `a / b`, each round's two runs measured back to back. */
function pairedRatio(a: Sample[], b: Sample[], pick: (s: Sample) => number): number {
	return median(a.map((sample, round) => pick(sample) / pick(b[round])));
}

export function report(results: CaseResult[], rounds: number): string {
	const lines: string[] = [];
	const versions = results[0] ? Object.values(results[0].samples)[0]?.[0]?.versions : undefined;
	if (versions) lines.push(`Node ${versions.node}, n8n-core ${versions['n8n-core']}, n8n-workflow ${versions['n8n-workflow']}, n8n-nodes-base ${versions['n8n-nodes-base']} (HTTP Request v${versions.httpRequest}); medians of ${rounds} interleaved rounds`, '');
	lines.push(
		'| Case | Variant | Requests | Items | Time (ms) | CPU (ms) | Peak RSS (MB) | RSS growth (MB) |',
		'|---|---|---:|---:|---:|---:|---:|---:|',
	);
	const at = (s: Sample[], pick: (x: Sample) => number) => median(s.map(pick));
	for (const { bench, samples } of results) {
		for (const variant of bench.variants) {
			const s = samples[variant];
			const cells = [
				`${bench.title}, ${bench.records.toLocaleString('en')}`,
				variantLabel(bench, variant),
				String(at(s, (x) => x.requests)),
				at(s, (x) => x.items).toLocaleString('en'),
				at(s, (x) => x.ms).toFixed(0),
				at(s, (x) => x.cpuMs).toFixed(0),
				at(s, (x) => x.peakRssMb).toFixed(0),
				at(s, (x) => x.peakRssMb - x.baseRssMb).toFixed(0),
			];
			lines.push(`| ${cells.join(' | ')} |`);
		}
	}
	lines.push(
		'',
		'| Case | node/floor time (≤ 1.05) | node/HTTP time (list ≤ 0.80, Get ≤ 1.00) | node/HTTP peak RSS (≤ 0.85) | node/floor CPU | node/HTTP CPU |',
		'|---|---:|---:|---:|---:|---:|',
	);
	for (const { bench, samples } of results) {
		const time = (a: Sample) => a.ms;
		const cpu = (a: Sample) => a.cpuMs;
		const rss = (a: Sample) => a.peakRssMb;
		const mark = (value: number, target: number) => `${value.toFixed(2)} ${value <= target ? '✓' : '✗'}`;
		const plain = (a: Sample[] | undefined) => (a ? pairedRatio(samples.node, a, cpu).toFixed(2) : '–');
		if (!samples.node) continue;
		const floor = samples.floor ? mark(pairedRatio(samples.node, samples.floor, time), 1.05) : '–';
		const http = samples.http ? mark(pairedRatio(samples.node, samples.http, time), bench.kind === 'get' ? 1 : 0.8) : '–';
		const memory = samples.http && bench.kind === 'list' ? mark(pairedRatio(samples.node, samples.http, rss), 0.85) : '–';
		lines.push(`| ${bench.title}, ${bench.records.toLocaleString('en')} | ${floor} | ${http} | ${memory} | ${plain(samples.floor)} | ${plain(samples.http)} |`);
	}
	return lines.join('\n');
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	const cases = CASES.filter((c) => !options.only || options.only.some((id) => c.id.startsWith(id)));
	const results: CaseResult[] = [];
	for (const bench of cases) {
		process.stderr.write(`${bench.id}: ${bench.title}, ${bench.records.toLocaleString('en')}\n`);
		results.push(await runCase(bench, options));
	}
	const table = report(results, options.rounds);
	console.log(`\n${table}`);
	const out = resolve(root, '..', 'bench-results.json');
	writeFileSync(out, JSON.stringify({ options, results }, null, 2));
	if (options.cpuProf) console.log(`\nCPU profiles: ${profileDir}`);
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(error);
		process.exitCode = 1;
	});
}
