import type { EmploymentHeroContext } from './setup';
import { fromList, startEmploymentHero } from './setup';
import { FaultProxy } from '../servers/faultProxy';

type Json = Record<string, unknown>;
type Envelope = { data: Json & { items: Json[] } };

/** A server that never lets a Return All end must fail it, not loop (issue: paging always ends). */
describe('Employment Hero › paging always ends', () => {
	let ctx: EmploymentHeroContext;
	let orgId: string;
	const proxy = new FaultProxy(() => ctx.server.baseUrl);
	beforeAll(async () => {
		ctx = await startEmploymentHero();
		await proxy.start();
		ctx.connect({ baseUrl: proxy.baseUrl });
		orgId = String(ctx.server.seedOrganisation({ name: 'Acme' }).id);
		ctx.server.seedEmployees(orgId, 100);
	});
	afterAll(async () => {
		await proxy.stop();
		await ctx.server.stop();
	});
	beforeEach(() => ctx.server.reset());
	afterEach(() => proxy.clear());

	const path = () => `/api/v1/organisations/${orgId}/employees`;
	const returnAll = async () => await ctx.run({ resource: 'employee', operation: 'getAll', organisationId: fromList(orgId), returnAll: true });

	it('fails with a NodeApiError when a full page comes back again under a false total', async () => {
		proxy.rewritePages(path(), (_body, _n, first) => {
			const { data } = first as Envelope;
			return { data: { ...data, total_pages: 1000, total_items: 100_000 } };
		});
		const result = await returnAll();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`Employment Hero sent the same records again on page 2 of ${path()}`);
		expect(ctx.server.calls('GET', path()).map((r) => r.query)).toEqual([
			{ page_index: '1', item_per_page: '100' },
			{ page_index: '2', item_per_page: '100' },
		]);
	});

	it('fails when full pages keep coming beyond the total_pages of the first page', async () => {
		proxy.rewritePages(path(), (_body, n, first) => {
			const { data } = first as Envelope;
			if (n === 1) return { data: { ...data, total_pages: 2, total_items: 200 } };
			if (n > 50) return { data: { ...data, items: [] } };
			const items = data.items.map((row) => ({ ...row, id: `${String(row.id)}-page${n}` }));
			return { data: { ...data, items, page_index: n, total_pages: n + 1, total_items: (n + 1) * 100 } };
		});
		const result = await returnAll();
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			`Employment Hero kept sending full pages beyond its reported total: page 5 of ${path()} would exceed the 2 pages the first page reported`,
		);
		expect(ctx.server.calls('GET', path()).map((r) => r.query.page_index)).toEqual(['1', '2', '3', '4']);
	});
});
