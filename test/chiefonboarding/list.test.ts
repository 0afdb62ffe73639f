import type { ChiefOnboardingContext } from './setup';
import { startChiefOnboarding } from './setup';

describe('ChiefOnboarding › Employee and Sequence › Get Many', () => {
	let ctx: ChiefOnboardingContext;
	beforeAll(async () => {
		ctx = await startChiefOnboarding();
		const { server } = ctx;
		server.addUser({ first_name: 'James', last_name: 'Weller', email: 'james@example.com', role: 0 });
		server.addUser({ first_name: 'Maria', last_name: 'Jameson', email: 'Maria@Example.com', role: 2 });
		for (let i = 0; i < 120; i++) server.addUser({ first_name: `Person${i}`, last_name: 'Other', email: `p${i}@example.com` });
		server.addSequence('Engineering onboarding');
		server.addSequence('Sales onboarding');
		server.addSequence('Leavers', 'offboarding');
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const expectOneListRequest = (path: string) => {
		const calls = ctx.server.requests;
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'GET', path, rawQuery: '' });
		expect(calls[0].headers.authorization).toBe(`Token ${ctx.server.token}`);
		expect(calls[0].rawBody.length).toBe(0);
	};

	it('Return All lists every user, ordered by ID, in one request', async () => {
		const result = await ctx.run({ resource: 'employee', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expectOneListRequest('/api/employees/');
		expect(result.json).toHaveLength(123);
		expect(result.json[0]).toEqual({ id: 1, first_name: 'Ada', last_name: 'Admin', email: 'ada@example.com' });
		expect(result.json[1]).toEqual({ id: 2, first_name: 'James', last_name: 'Weller', email: 'james@example.com' });
		expect(result.json.map((row) => row.id)).toEqual(Array.from({ length: 123 }, (_, i) => i + 1));
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('Limit is applied locally after the one request', async () => {
		const result = await ctx.run({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 5 });
		expectOneListRequest('/api/employees/');
		expect(result.json.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
		ctx.server.reset();
		const defaultLimit = await ctx.run({ resource: 'employee', operation: 'getAll' });
		expectOneListRequest('/api/employees/');
		expect(defaultLimit.json).toHaveLength(50);
	});

	it('filters by email (case-insensitive) without sending it', async () => {
		const result = await ctx.run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: { email: 'MARIA@example.com' },
		});
		expectOneListRequest('/api/employees/');
		expect(result.json).toEqual([{ id: 3, first_name: 'Maria', last_name: 'Jameson', email: 'maria@example.com' }]);
	});

	it('filters by name contains across first and last name, then limits', async () => {
		const result = await ctx.run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: { nameContains: 'jAmEs' },
		});
		expectOneListRequest('/api/employees/');
		expect(result.json.map((row) => row.first_name)).toEqual(['James', 'Maria']);
		const full = await ctx.run({ resource: 'employee', operation: 'getAll', returnAll: true, filters: { nameContains: 'james weller' } });
		expect(full.json.map((row) => row.id)).toEqual([2]);
		const limited = await ctx.run({ resource: 'employee', operation: 'getAll', limit: 3, filters: { nameContains: 'other' } });
		expect(limited.json.map((row) => row.first_name)).toEqual(['Person0', 'Person1', 'Person2']);
		const both = await ctx.run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: { nameContains: 'james', email: 'james@example.com' },
		});
		expect(both.json.map((row) => row.id)).toEqual([2]);
	});

	it('refuses a malformed email filter before any request', async () => {
		const result = await ctx.run(
			{ resource: 'employee', operation: 'getAll', returnAll: true, filters: { email: '={{ $json.email }}' } },
			[{ json: { email: 'not-an-email' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Email" in item 0: "not-an-email" is not an email address');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('one list per input item', async () => {
		const result = await ctx.run(
			{ resource: 'employee', operation: 'getAll', returnAll: true, filters: { email: '={{ $json.email }}' } },
			[{ json: { email: 'james@example.com' } }, { json: { email: 'ada@example.com' } }],
		);
		expect(ctx.server.calls('GET', '/api/employees/')).toHaveLength(2);
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[2, { item: 0 }],
			[1, { item: 1 }],
		]);
	});

	it('lists sequences (onboarding and offboarding) with a name filter', async () => {
		const all = await ctx.run({ resource: 'sequence', operation: 'getAll', returnAll: true });
		expectOneListRequest('/api/sequences/');
		expect(all.json).toEqual([
			{ id: 1, name: 'Engineering onboarding' },
			{ id: 2, name: 'Sales onboarding' },
			{ id: 3, name: 'Leavers' },
		]);
		ctx.server.reset();
		const filtered = await ctx.run({ resource: 'sequence', operation: 'getAll', returnAll: false, limit: 1, filters: { nameContains: 'ONBOARDING' } });
		expectOneListRequest('/api/sequences/');
		expect(filtered.json).toEqual([{ id: 1, name: 'Engineering onboarding' }]);
	});
});
