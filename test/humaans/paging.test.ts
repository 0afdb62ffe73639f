import { FaultProxy } from '../servers/faultProxy';
import { humaansSuite } from './setup';

type Json = Record<string, unknown>;

/** A server that never lets a Return All end must fail it, not loop (issue: paging always ends). */
describe('Humaans › paging always ends', () => {
	const ctx = humaansSuite();
	const proxy = new FaultProxy(() => ctx.server.baseUrl);
	beforeAll(async () => {
		await proxy.start();
		ctx.engine.setCredential('humaansApi', { accessToken: ctx.server.token, baseUrl: proxy.baseUrl });
		ctx.server.seed('/api/bank-accounts', Array.from({ length: 250 }, (_, i) => ({ personId: 'p1', bankName: `Bank ${i}` })));
	});
	afterAll(async () => await proxy.stop());
	afterEach(() => proxy.clear());

	const returnAll = async () => await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: true });

	it('fails with a NodeApiError when a full page comes back again under a false total', async () => {
		proxy.rewritePages('/api/bank-accounts', (_body, _n, first) => ({ ...first, total: 100_000 }));
		const result = await returnAll();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Humaans sent the same records again on page 2 of /api/bank-accounts');
		expect(result.json).toEqual([]);
		const pages = ctx.server.calls('GET', '/api/bank-accounts').map((r) => r.query);
		expect(pages).toEqual([
			{ $limit: '250', $skip: '0' },
			{ $limit: '250', $skip: '250' },
		]);
		expect(ctx.server.calls('GET', '/api/bank-accounts').every((r) => r.headers.authorization === `Bearer ${ctx.server.token}`)).toBe(true);
	});

	it('fails when a page two back repeats (a cycle of pages)', async () => {
		proxy.rewritePages('/api/bank-accounts', (body, n, first) => {
			const data = (first.data as Json[]).map((row) => ({ ...row, id: `${String(row.id)}-${n % 2}` }));
			return { ...body, total: 100_000, data };
		});
		const result = await returnAll();
		expect(result.error?.message).toBe('Humaans sent the same records again on page 3 of /api/bank-accounts');
		expect(ctx.server.calls('GET', '/api/bank-accounts')).toHaveLength(3);
	});

	it('fails when full pages keep coming beyond what the first page total allows', async () => {
		// First page: total 300 (2 pages of 250). Later pages bring new records and a growing total.
		proxy.rewritePages('/api/bank-accounts', (body, n, first) => {
			if (n === 1) return { ...first, total: 300 };
			if (n > 50) return { ...body, data: [] };
			const data = (first.data as Json[]).map((row) => ({ ...row, id: `${String(row.id)}-page${n}` }));
			return { ...body, total: n * 250 + 1, data };
		});
		const result = await returnAll();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			'Humaans kept sending full pages beyond its reported total: page 5 of /api/bank-accounts would exceed the 300 records the first page reported',
		);
		expect(ctx.server.calls('GET', '/api/bank-accounts')).toHaveLength(4);
	});

	it('still returns a list that grew a little while it was paged', async () => {
		// The first page says 250, then one more record arrives: one extra page is fine.
		proxy.rewritePages('/api/bank-accounts', (body, n, first) => {
			if (n === 1) return { ...first, total: 250 + 1 };
			return n === 2 ? { ...body, total: 251, data: [{ id: 'late', personId: 'p1', bankName: 'Late' }] } : body;
		});
		ctx.server.reset();
		const result = await returnAll();
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(251);
		expect(ctx.server.calls('GET', '/api/bank-accounts')).toHaveLength(2);
	});

});
