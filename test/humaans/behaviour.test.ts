import { byId, humaansSuite } from './setup';

/** Behaviour every Humaans operation shares: paging, errors, bad input, secrets. */
describe('Humaans › shared behaviour', () => {
	const ctx = humaansSuite();
	let personId: string;
	beforeAll(async () => {
		const [person] = ctx.server.seed('/api/people', [{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' }]);
		personId = String(person.id);
		ctx.server.seed(
			'/api/bank-accounts',
			Array.from({ length: 620 }, (_, i) => ({ personId: i % 2 ? personId : 'other', bankName: `Bank ${i}` })),
		);
	});

	it('Return All pages with $limit=250 and $skip until total', async () => {
		const result = await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: true });
		expect(result.json).toHaveLength(620);
		expect(new Set(result.json.map((r) => r.id)).size).toBe(620);
		const pages = ctx.server.calls('GET', '/api/bank-accounts').map((r) => r.query);
		expect(pages).toEqual([
			{ $limit: '250', $skip: '0' },
			{ $limit: '250', $skip: '250' },
			{ $limit: '250', $skip: '500' },
		]);
	});

	it('Limit asks only for what is needed, across pages', async () => {
		const small = await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: false, limit: 7 });
		expect(small.json).toHaveLength(7);
		expect(ctx.server.calls('GET', '/api/bank-accounts').map((r) => r.query)).toEqual([{ $limit: '7', $skip: '0' }]);
		ctx.server.reset();
		const large = await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: false, limit: 300 });
		expect(large.json).toHaveLength(300);
		expect(ctx.server.calls('GET', '/api/bank-accounts').map((r) => r.query)).toEqual([
			{ $limit: '250', $skip: '0' },
			{ $limit: '50', $skip: '250' },
		]);
	});

	it('stops at total when the last page is full', async () => {
		ctx.server.seed('/api/people', Array.from({ length: 249 }, (_, i) => ({ firstName: `P${i}`, lastName: 'X', status: 'active' })));
		// 250 people in all: one full page, then total says there is nothing more.
		const result = await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: true, filters: { personIds: [personId] } });
		expect(result.json).toHaveLength(310);
		expect(ctx.server.calls('GET', '/api/bank-accounts')).toHaveLength(2);
	});

	it('turns a 404 into a NodeApiError with Humaans message and code', async () => {
		const result = await ctx.run({ resource: 'bankAccount', operation: 'get', bankAccountId: byId('doesNotExist') });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe("No record found for id 'doesNotExist' [code NotFound]");
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('404');
	});

	it('carries the validation issues of a 422', async () => {
		const result = await ctx.run(
			{ resource: 'bankAccount', operation: 'create', personId: byId('={{ $json.person }}') },
			[{ json: { person: '' } }],
		);
		// The empty person is caught before any request.
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Person" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('encodes IDs in paths and refuses dot segments before any request', async () => {
		await ctx.run({ resource: 'bankAccount', operation: 'get', bankAccountId: byId('../people/x') });
		expect(ctx.server.last().path).toBe('/api/bank-accounts/..%2Fpeople%2Fx');
		ctx.server.reset();
		const dots = await ctx.run({ resource: 'bankAccount', operation: 'delete', bankAccountId: byId('..') });
		expect(dots.error?.name).toBe('NodeOperationError');
		expect(dots.error?.message).toContain('Invalid "Bank Account" in item 0');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('refuses an update without fields before any request', async () => {
		const result = await ctx.run({ resource: 'bankAccount', operation: 'update', bankAccountId: byId('abc'), updateFields: {} });
		expect(result.error?.message).toBe('Invalid "Update Fields" in item 0: add at least one field to update');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('Continue On Fail gives an error item per failed item and goes on', async () => {
		const existing = ctx.server.seed('/api/bank-accounts', [{ personId, bankName: 'Kept' }])[0];
		const result = await ctx.run(
			{ resource: 'bankAccount', operation: 'get', bankAccountId: byId('={{ $json.id }}') },
			[{ json: { id: 'missing' } }, { json: { id: String(existing.id) } }],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.error).toBeDefined();
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json).toMatchObject({ id: existing.id, bankName: 'Kept' });
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});

	it('never puts the access token into an error', async () => {
		const token = ctx.server.token;
		ctx.engine.setCredential('humaansApi', { accessToken: 'wrong-token-value', baseUrl: ctx.server.baseUrl });
		const unauthorised = await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: false, limit: 1 });
		expect(unauthorised.error?.message).toBe('Missing or invalid access token [code NotAuthenticated]');
		expect(JSON.stringify(unauthorised.run)).not.toContain('wrong-token-value');
		// A server that cannot be reached must not leak it either.
		ctx.engine.setCredential('humaansApi', { accessToken: token, baseUrl: 'http://127.0.0.1:1' });
		const offline = await ctx.run({ resource: 'bankAccount', operation: 'getAll', returnAll: false, limit: 1 });
		expect(offline.error).toBeDefined();
		expect(JSON.stringify(offline.run)).not.toContain(token);
		ctx.engine.setCredential('humaansApi', { accessToken: token, baseUrl: ctx.server.baseUrl });
	});
});
