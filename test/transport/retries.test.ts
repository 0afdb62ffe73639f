import { RETRY_POLICY, withRetry } from '../../nodes/shared/request';
import { SYSTEMS, apiCalls, systemSuite } from './systems';

const slow = 30_000;

describe.each(SYSTEMS)('%s › one retry policy', (_name, start) => {
	const sut = systemSuite(start);
	let listCalls = 0;
	let listLength = 0;
	beforeAll(async () => {
		const clean = await sut.run(sut.list.parameters);
		listCalls = apiCalls(sut, 'GET', sut.list.path).length;
		listLength = clean.json.length;
	});

	it.each([
		['429 with Retry-After in seconds', { type: 'status', status: 429, retryAfter: '1' }],
		['429 with Retry-After as an HTTP date', { type: 'status', status: 429, retryAfter: new Date(Date.now() + 1_000).toUTCString() }],
		['502', { type: 'status', status: 502 }],
		['503', { type: 'status', status: 503 }],
		['504', { type: 'status', status: 504 }],
		['a connection reset', { type: 'reset' }],
	] as const)('a read survives %s on its last page', async (_case, fault) => {
		// The last page: page 3 of Humaans' 600, page 2 of HR Omni's 150, the one list of the others.
		sut.server.inject(fault, { method: 'GET', path: sut.list.path, match: () => apiCalls(sut, 'GET', sut.list.path).length === listCalls, times: 1 });
		const result = await sut.run(sut.list.parameters);
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(listLength);
		expect(apiCalls(sut, 'GET', sut.list.path)).toHaveLength(listCalls + 1);
	}, slow);

	it('waits as long as Retry-After asks', async () => {
		sut.server.inject({ type: 'status', status: 429, retryAfter: '1' }, { path: sut.list.path, times: 1 });
		await sut.run(sut.list.parameters);
		const [first, second] = apiCalls(sut, 'GET', sut.list.path);
		expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(950);
	});

	it('gives up after the last retry, keeping the status in the message', async () => {
		sut.server.inject({ type: 'status', status: 503, body: { message: 'Down for maintenance' } }, { path: sut.list.path });
		const result = await sut.run(sut.list.parameters);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain('503');
		expect(result.error?.description).toContain(`after ${RETRY_POLICY.maxRetries} retries`);
		expect(apiCalls(sut, 'GET', sut.list.path)).toHaveLength(1 + RETRY_POLICY.maxRetries);
	}, slow);

	it('gives up on a connection that keeps dropping, naming the network code', async () => {
		sut.server.inject({ type: 'reset' }, { path: sut.list.path });
		const result = await sut.run(sut.list.parameters);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('The service could not be reached (ECONNRESET)');
		expect(apiCalls(sut, 'GET', sut.list.path)).toHaveLength(1 + RETRY_POLICY.maxRetries);
	}, slow);

	describe('writes', () => {
		it('a create answered 429 is sent again (the request was not processed)', async () => {
			if (!sut.create) return; // Employment Hero documents no write operation.
			sut.server.inject({ type: 'status', status: 429, retryAfter: '0' }, { method: 'POST', path: sut.create.path, times: 1 });
			const result = await sut.run(sut.create.parameters);
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(1);
			expect(apiCalls(sut, 'POST', sut.create.path)).toHaveLength(2);
		});

		it.each([500, 502, 503, 504])('a create answered %s is never sent twice', async (status) => {
			if (!sut.create) return;
			sut.server.inject({ type: 'status', status, body: { message: 'Gateway trouble' } }, { method: 'POST', path: sut.create.path, times: 1 });
			const result = await sut.run(sut.create.parameters);
			expect(result.error?.name).toBe('NodeApiError');
			expect((result.error as unknown as { httpCode: string }).httpCode).toBe(String(status));
			if (status !== 500) expect(result.error?.message).toContain(String(status));
			expect(apiCalls(sut, 'POST', sut.create.path)).toHaveLength(1);
		});

		it('a create whose connection drops is never sent twice', async () => {
			if (!sut.create) return;
			sut.server.inject({ type: 'reset' }, { method: 'POST', path: sut.create.path, times: 1 });
			const result = await sut.run(sut.create.parameters);
			expect(result.error?.message).toBe('The service could not be reached (ECONNRESET)');
			expect(apiCalls(sut, 'POST', sut.create.path)).toHaveLength(1);
		});
	});
});

describe('the retry policy is bounded', () => {
	it('stops when the next wait would pass the total budget', async () => {
		let attempts = 0;
		const policy = { maxRetries: 10, baseDelayMs: 20, maxDelayMs: 1_000, maxTotalDelayMs: 150 };
		const rateLimited = Object.assign(new Error('429'), { response: { status: 429, headers: {} } });
		await expect(
			withRetry(policy, async () => {
				attempts++;
				throw rateLimited;
			}, () => true),
		).rejects.toBe(rateLimited);
		// Waits 20 + 40 + 80 = 140 ms; the next (160 ms) would pass 150 ms.
		expect(attempts).toBe(4);
	});

	it('caps one wait, however long Retry-After asks', async () => {
		const { backoffDelayMs, retryAfterMs } = await import('../../nodes/shared/request');
		expect(backoffDelayMs(RETRY_POLICY, 0, retryAfterMs({ 'retry-after': '3600' }, Date.now()))).toBe(RETRY_POLICY.maxDelayMs);
		expect(retryAfterMs({ 'retry-after': new Date(Date.now() + 5_000).toUTCString() }, Date.now())).toBeGreaterThan(3_000);
		expect(RETRY_POLICY.maxTotalDelayMs).toBeLessThanOrEqual(60_000);
	});
});
