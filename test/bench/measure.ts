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
	peakHeapMb?: number;
}

export interface BenchCase {
	name: string;
	run: () => Promise<BenchResult>;
}
