import http from 'node:http';

/** Samples the heap while `work` runs and reports the peak growth over the starting heap. */
export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakHeapMb: number }> {
	(globalThis as { gc?: () => void }).gc?.();
	const baseline = process.memoryUsage().heapUsed;
	let peak = baseline;
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	}, 5);
	const started = performance.now();
	try {
		const result = await work();
		const ms = performance.now() - started;
		peak = Math.max(peak, process.memoryUsage().heapUsed);
		return { result, ms, peakHeapMb: (peak - baseline) / 1024 / 1024 };
	} finally {
		clearInterval(timer);
	}
}

/**
 * The same loop over node:http with a new connection per request, which is how n8n's
 * HTTP helper sends (it builds a fresh agent for every request): the second baseline.
 */
export async function httpAll(
	pageUrl: (page: number) => string,
	headers: Record<string, string>,
	readItems: (body: unknown) => unknown[],
	pageSize: number,
): Promise<{ items: number; requests: number }> {
	const get = async (url: string) =>
		await new Promise<unknown>((resolve, reject) => {
			http
				.get(url, { headers, agent: false }, (res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
				})
				.on('error', reject);
		});
	let items = 0;
	let requests = 0;
	for (let page = 0; ; page++) {
		const batch = readItems(await get(pageUrl(page)));
		requests++;
		items += batch.length;
		if (batch.length < pageSize) break;
	}
	return { items, requests };
}

/** A plain fetch loop over a paged list: the baseline the node is compared against. */
export async function fetchAll(
	pageUrl: (page: number) => string,
	headers: Record<string, string>,
	readItems: (body: unknown) => unknown[],
	pageSize: number,
): Promise<{ items: number; requests: number }> {
	let items = 0;
	let requests = 0;
	for (let page = 0; ; page++) {
		const response = await fetch(pageUrl(page), { headers });
		requests++;
		const batch = readItems(await response.json());
		items += batch.length;
		if (batch.length < pageSize) break;
	}
	return { items, requests };
}

export interface BenchResult {
	requests: number;
	itemCount: number;
	nodeMs: number;
	fetchMs: number;
	/** Requests of the fetch loop, for the record. */
	fetchRequests?: number;
	/** The node:http loop with a connection per request, when measured. */
	httpMs?: number;
	/** A minimal node paging with n8n's own HTTP helper, through the same engine. */
	helperMs?: number;
	peakHeapMb?: number;
}

export interface BenchCase {
	name: string;
	run: () => Promise<BenchResult>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs the engine path and the fetch loop alternately (`rounds` times each) and reports
 * medians, so one slow garbage collection or JIT pause decides nothing.
 */
export async function compareRuns(
	engine: () => Promise<{ requests: number; items: number }>,
	plain: () => Promise<{ requests: number; items: number }>,
	rounds = 5,
	perConnection?: () => Promise<{ requests: number; items: number }>,
): Promise<BenchResult> {
	const engineMs: number[] = [];
	const fetchMs: number[] = [];
	const httpMs: number[] = [];
	const heap: number[] = [];
	let last = { requests: 0, items: 0 };
	let lastPlain = { requests: 0, items: 0 };
	for (let round = 0; round < rounds; round++) {
		const a = await measure(engine);
		engineMs.push(a.ms);
		heap.push(a.peakHeapMb);
		last = a.result;
		const b = await measure(plain);
		fetchMs.push(b.ms);
		lastPlain = b.result;
		if (perConnection) httpMs.push((await measure(perConnection)).ms);
	}
	return {
		requests: last.requests,
		itemCount: last.items,
		nodeMs: median(engineMs),
		fetchMs: median(fetchMs),
		fetchRequests: lastPlain.requests,
		peakHeapMb: Math.max(...heap),
		...(httpMs.length ? { httpMs: median(httpMs) } : {}),
	};
}
