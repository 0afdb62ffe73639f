import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { RATE_LIMIT_RETRY, backoffDelayMs } from '../../nodes/shared/request';
import { readEmploymentHeroError } from '../../nodes/EmploymentHero/transport';
import type { EmploymentHeroContext } from './setup';
import { CREDENTIAL_TYPE, byId, fromList, startEmploymentHero } from './setup';

/** Behaviour every Employment Hero operation shares: paging, rate limits, errors, bad input, secrets. */
describe('Employment Hero › shared behaviour', () => {
	let ctx: EmploymentHeroContext;
	let orgId: string;
	let employeeIds: string[];
	beforeAll(async () => {
		ctx = await startEmploymentHero();
		orgId = String(ctx.server.seedOrganisation({ name: 'Acme' }).id);
		employeeIds = ctx.server.seedEmployees(orgId, 250).map((e) => String(e.id));
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.server.bareEnvelope = false;
	});

	const employeesPath = () => `/api/v1/organisations/${orgId}/employees`;
	const listEmployees = async (extra: IDataObject = {}) =>
		await ctx.run({ resource: 'employee', operation: 'getAll', organisationId: fromList(orgId), ...extra });
	const pages = () => ctx.server.calls('GET', employeesPath()).map((r) => r.query);

	it('Return All walks page_index with the largest page (100) and stops at total_pages', async () => {
		const result = await listEmployees({ returnAll: true });
		expect(result.json).toHaveLength(250);
		expect(new Set(result.json.map((e) => e.id)).size).toBe(250);
		expect(result.json.map((e) => e.id)).toEqual(employeeIds);
		expect(pages()).toEqual([
			{ page_index: '1', item_per_page: '100' },
			{ page_index: '2', item_per_page: '100' },
			{ page_index: '3', item_per_page: '100' },
		]);
	});

	it('stops at the total when the last page is full (no request for a page that cannot exist)', async () => {
		const other = String(ctx.server.seedOrganisation({ name: 'Exactly 200' }).id);
		ctx.server.seedEmployees(other, 200);
		const result = await ctx.run({ resource: 'employee', operation: 'getAll', organisationId: fromList(other), returnAll: true });
		expect(result.json).toHaveLength(200);
		expect(ctx.server.calls('GET', `/api/v1/organisations/${other}/employees`)).toHaveLength(2);
	});

	it('without paging fields in the envelope, stops at the first short page', async () => {
		ctx.server.bareEnvelope = true;
		const result = await listEmployees({ returnAll: true });
		expect(result.json).toHaveLength(250);
		expect(pages().map((q) => q.page_index)).toEqual(['1', '2', '3']);
	});

	it('Limit asks for exactly what is needed, then pages of 100', async () => {
		const small = await listEmployees({ returnAll: false, limit: 7 });
		expect(small.json).toHaveLength(7);
		expect(pages()).toEqual([{ page_index: '1', item_per_page: '7' }]);
		ctx.server.reset();
		const large = await listEmployees({ returnAll: false, limit: 150 });
		expect(large.json.map((e) => e.id)).toEqual(employeeIds.slice(0, 150));
		expect(pages()).toEqual([
			{ page_index: '1', item_per_page: '100' },
			{ page_index: '2', item_per_page: '100' },
		]);
	});

	it('waits out a 429 honouring Retry-After, then succeeds', async () => {
		ctx.server.failNext({ status: 429, retryAfter: '1', times: 2 });
		const result = await listEmployees({ returnAll: false, limit: 3 });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(3);
		expect(pages()).toHaveLength(3);
		const [first, second, third] = ctx.server.arrivals;
		// Retry-After (1 s) wins over the first backoff step (0.5 s); the second step is 1 s too.
		expect(second - first).toBeGreaterThanOrEqual(950);
		expect(third - second).toBeGreaterThanOrEqual(950);
	});

	it('retries 502 and 503 with exponential backoff when no Retry-After is sent', async () => {
		ctx.server.failNext({ status: 503, times: 1 });
		const result = await listEmployees({ returnAll: false, limit: 1 });
		expect(result.error).toBeUndefined();
		const [first, second] = ctx.server.arrivals;
		expect(second - first).toBeGreaterThanOrEqual(450);
		ctx.server.reset();
		ctx.server.failNext({ status: 502, times: 1 });
		expect((await listEmployees({ returnAll: false, limit: 1 })).error).toBeUndefined();
		expect(pages()).toHaveLength(2);
	});

	it('keeps each wait bounded, however long Retry-After is', () => {
		expect(backoffDelayMs(RATE_LIMIT_RETRY, 0, 3_600_000)).toBe(RATE_LIMIT_RETRY.maxDelayMs);
		expect(backoffDelayMs(RATE_LIMIT_RETRY, 10)).toBe(RATE_LIMIT_RETRY.maxDelayMs);
		expect(RATE_LIMIT_RETRY.maxRetries).toBe(4);
	});

	it('gives up after the last retry with a clear NodeApiError', async () => {
		ctx.server.failNext({ status: 429, retryAfter: '0', times: 100 });
		const result = await listEmployees({ returnAll: false, limit: 1 });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('You have exceeded the rate limit. Please try again later. [code 429]');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('429');
		expect(result.error?.description).toContain('after 4 retries');
		expect(pages()).toHaveLength(1 + RATE_LIMIT_RETRY.maxRetries);
		ctx.server.failNext({ status: 429, times: 0 });
	}, 20_000);

	it("turns Employment Hero's error body into a NodeApiError with its message and code", async () => {
		const result = await ctx.run({ resource: 'employee', operation: 'get', organisationId: fromList(orgId), employeeId: byId('missing') });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Record not found [code 404]');
		expect(result.error?.description).toBe('Not Found');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('404');
		expect(
			readEmploymentHeroError(
				{ code: '400', error: { message: 'Bad Request' }, errors: [{ message: 'Invalid argument' }, { message: 'start_date is invalid' }] },
				400,
			),
		).toEqual({ message: 'Invalid argument; start_date is invalid', code: '400', description: 'Bad Request' });
		expect(readEmploymentHeroError({ code: 403, error: 'Forbidden' }, 403)).toEqual({ message: 'Forbidden', code: 403, description: undefined });
		expect(readEmploymentHeroError('<html>', 500)).toBeUndefined();
	});

	it('refuses bad input naming the field and item before any request', async () => {
		const result = await ctx.run(
			{ resource: 'employee', operation: 'get', organisationId: byId('={{ $json.org }}'), employeeId: byId('={{ $json.employee }}') },
			[{ json: { org: orgId, employee: employeeIds[0] } }, { json: { org: '', employee: employeeIds[1] } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Organisation" in item 1: a value is required');
		expect(ctx.server.requests).toHaveLength(0);

		const badDate = await ctx.run(
			{
				resource: 'timesheetEntry',
				operation: 'getAll',
				organisationId: fromList(orgId),
				employeeId: fromList('-'),
				returnAll: true,
				filters: { start_date: '={{ $json.from }}' },
			},
			[{ json: { from: 'next tuesday' } }],
		);
		expect(badDate.error?.name).toBe('NodeOperationError');
		expect(badDate.error?.message).toBe('Invalid "Start Date" in item 0: "next tuesday" is not a valid date');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('encodes IDs in paths and refuses dot segments before any request', async () => {
		const slash = await ctx.run({ resource: 'employee', operation: 'get', organisationId: fromList(orgId), employeeId: byId('../../x') });
		expect(ctx.server.last().path).toBe(`${employeesPath()}/..%2F..%2Fx`);
		expect(slash.error?.message).toBe('Record not found [code 404]');
		ctx.server.reset();
		const dots = await ctx.run({ resource: 'bankAccount', operation: 'getAll', organisationId: byId('..'), employeeId: byId('x'), returnAll: true });
		expect(dots.error?.name).toBe('NodeOperationError');
		expect(dots.error?.message).toBe('Invalid "Organisation" in item 0: ".." is not a valid ID');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('Continue On Fail gives an error item per failed item and goes on', async () => {
		const result = await ctx.run(
			{ resource: 'employee', operation: 'get', organisationId: fromList(orgId), employeeId: byId('={{ $json.id }}'), simplify: false },
			[{ json: { id: 'missing' } }, { json: { id: employeeIds[3] } }, { json: { id: '' } }],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0]).toMatchObject({ json: { error: 'Record not found [code 404]' }, pairedItem: { item: 0 } });
		expect(result.items[1]).toMatchObject({ json: { id: employeeIds[3] }, pairedItem: { item: 1 } });
		expect(result.items[2]).toMatchObject({ json: { error: 'Invalid "Employee" in item 2: a value is required' }, pairedItem: { item: 2 } });
		expect(ctx.server.requests).toHaveLength(2);
	});

	it('never puts tokens or the client secret into a run', async () => {
		const data = ctx.engine.credentials.store.get(CREDENTIAL_TYPE) as ICredentialDataDecryptedObject;
		const tokens = data.oauthTokenData as unknown as IDataObject;
		const secrets = [String(tokens.access_token), String(tokens.refresh_token), ctx.server.clientSecret];
		const notFound = await ctx.run({ resource: 'employee', operation: 'get', organisationId: fromList(orgId), employeeId: byId('nope') });
		expect(notFound.error).toBeDefined();
		for (const secret of secrets) expect(JSON.stringify(notFound.run)).not.toContain(secret);
		ctx.engine.setCredential(CREDENTIAL_TYPE, { ...data, baseUrl: 'http://127.0.0.1:1' });
		try {
			const offline = await listEmployees({ returnAll: false, limit: 1 });
			expect(offline.error?.name).toBe('NodeApiError');
			for (const secret of secrets) expect(JSON.stringify(offline.run)).not.toContain(secret);
		} finally {
			ctx.engine.setCredential(CREDENTIAL_TYPE, data);
		}
	});
});
