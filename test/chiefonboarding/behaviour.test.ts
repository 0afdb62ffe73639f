import { ChiefOnboarding } from '../../nodes/ChiefOnboarding/ChiefOnboarding.node';
import type { ChiefOnboardingContext } from './setup';
import { byId, startChiefOnboarding } from './setup';

/** Behaviour every ChiefOnboarding operation shares: auth, API access, errors, secrets. */
describe('ChiefOnboarding › shared behaviour', () => {
	let ctx: ChiefOnboardingContext;
	let userId: number;
	beforeAll(async () => {
		ctx = await startChiefOnboarding();
		userId = ctx.server.addUser({ first_name: 'Nia', last_name: 'Newhire', email: 'nia@example.com', role: 0 }).id;
		ctx.server.addSequence('Welcome');
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.server.apiAccess = true;
		ctx.useCredential();
	});

	const operations = [
		{ path: '/api/employees/', parameters: { resource: 'employee', operation: 'getAll', returnAll: true } },
		{ path: '/api/sequences/', parameters: { resource: 'sequence', operation: 'getAll', returnAll: true } },
		{
			path: '/api/users/',
			parameters: { resource: 'user', operation: 'create', firstName: 'A', lastName: 'B', email: 'ab@example.com', role: 0 },
		},
		{
			path: '/api/offboarding/',
			parameters: { resource: 'offboarding', operation: 'create', user: { __rl: true, mode: 'id', value: '2' }, terminationDate: '2030-01-01' },
		},
	];

	it('tells the user API access may be disabled when /api/ answers 404', async () => {
		ctx.server.apiAccess = false;
		for (const { path, parameters } of operations) {
			const result = await ctx.run(parameters);
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.error?.message).toContain(`ChiefOnboarding answered 404 Not Found for ${path}: API access may be disabled on this instance`);
			expect(result.error?.message).toContain('API_ACCESS=True');
			expect((result.error as unknown as { httpCode: string }).httpCode).toBe('404');
		}
		expect(ctx.server.requests.map((r) => r.path)).toEqual(operations.map((o) => o.path));
	});

	it('shows DRF detail messages for a wrong or non-admin token, with a hint', async () => {
		ctx.useCredential({ apiToken: 'wrong-token-value' });
		const wrong = await ctx.run(operations[0].parameters);
		expect(wrong.error?.name).toBe('NodeApiError');
		expect(wrong.error?.message).toBe('Invalid token.');
		expect((wrong.error as unknown as { httpCode: string }).httpCode).toBe('401');
		expect((wrong.error as unknown as { description: string }).description).toContain('drf_create_token');
		expect(JSON.stringify(wrong.run)).not.toContain('wrong-token-value');

		const newHireToken = ctx.server.issueToken(userId);
		ctx.useCredential({ apiToken: newHireToken });
		const forbidden = await ctx.run(operations[2].parameters);
		expect(forbidden.error?.message).toBe('You do not have permission to perform this action.');
		expect((forbidden.error as unknown as { httpCode: string }).httpCode).toBe('403');
		expect((forbidden.error as unknown as { description: string }).description).toContain('administrator');
		expect(JSON.stringify(forbidden.run)).not.toContain(newHireToken);
		expect(ctx.server.last().headers.authorization).toBe(`Token ${newHireToken}`);
	});

	it('never puts the token into output or errors, also when the instance cannot be reached', async () => {
		const token = ctx.server.token;
		const ok = await ctx.run(operations[0].parameters);
		expect(JSON.stringify(ok.run)).not.toContain(token);
		const failed = await ctx.run({ ...operations[2].parameters, email: 'nia@example.com' });
		expect(failed.error?.message).toBe('email: user with this Email already exists.');
		expect(JSON.stringify(failed.run)).not.toContain(token);
		ctx.useCredential({ baseUrl: 'http://127.0.0.1:1' });
		const offline = await ctx.run(operations[0].parameters);
		expect(offline.error?.name).toBe('NodeApiError');
		expect(JSON.stringify(offline.run)).not.toContain(token);
	});

	it('accepts a Base URL with a trailing slash or /api', async () => {
		for (const baseUrl of [`${ctx.server.baseUrl}/`, `${ctx.server.baseUrl}/api/`, ` ${ctx.server.baseUrl}/api `]) {
			ctx.useCredential({ baseUrl });
			const result = await ctx.run(operations[0].parameters);
			expect(result.error).toBeUndefined();
		}
		expect(ctx.server.requests.map((r) => r.path)).toEqual(['/api/employees/', '/api/employees/', '/api/employees/']);
	});

	it('Continue On Fail gives an error item per failed item and goes on', async () => {
		const result = await ctx.run(
			{ resource: 'user', operation: 'create', firstName: 'C', lastName: 'D', email: '={{ $json.email }}', role: 0 },
			[{ json: { email: 'nia@example.com' } }, { json: { email: 'broken' } }, { json: { email: 'fresh@example.com' } }],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.error).toBe('email: user with this Email already exists.');
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json.error).toBe('Invalid "Email" in item 1: "broken" is not an email address');
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[2].json).toMatchObject({ email: 'fresh@example.com', first_name: 'C' });
		expect(result.items[2].pairedItem).toEqual({ item: 2 });
		expect(ctx.server.calls('POST', '/api/users/')).toHaveLength(2);
	});

	it('list search and load options come from the instance, filtered locally', async () => {
		const employees = (await ctx.loadOptions('listSearch', 'searchEmployee', 'NIA')) as { results: unknown[] };
		expect(employees.results).toEqual([{ name: 'Nia Newhire (nia@example.com)', value: String(userId) }]);
		const byExactId = (await ctx.loadOptions('listSearch', 'searchEmployee', '1')) as { results: Array<{ value: string }> };
		expect(byExactId.results.map((r) => r.value)).toContain('1');
		const allEmployees = (await ctx.loadOptions('loadOptions', 'loadEmployeeOptions')) as Array<{ name: string }>;
		expect(allEmployees.map((e) => e.name)).toEqual([...allEmployees.map((e) => e.name)].sort((a, b) => a.localeCompare(b)));
		const sequences = await ctx.loadOptions('loadOptions', 'loadSequenceOptions');
		expect(sequences).toEqual([{ name: 'Welcome', value: '1' }]);
		const searchSequences = await ctx.loadOptions('listSearch', 'searchSequence', 'wel');
		expect(searchSequences).toEqual({ results: [{ name: 'Welcome', value: '1' }] });
		for (const r of ctx.server.requests) expect(r.headers.authorization).toBe(`Token ${ctx.server.token}`);
		expect(ctx.server.requests.map((r) => r.path)).toEqual([
			'/api/employees/',
			'/api/employees/',
			'/api/employees/',
			'/api/sequences/',
			'/api/sequences/',
		]);
	});

	it('load options surface API errors instead of an empty list', async () => {
		ctx.server.apiAccess = false;
		await expect(ctx.loadOptions('loadOptions', 'loadSequenceOptions')).rejects.toThrow('API_ACCESS=True');
	});

	it('describes every operation for the editor and as an AI tool', () => {
		const { description } = new ChiefOnboarding();
		expect(description.usableAsTool).toBe(true);
		const resources = description.properties.find((p) => p.name === 'resource');
		expect(resources?.options?.map((o) => (o as { name: string }).name)).toEqual(['Employee', 'Offboarding', 'Sequence', 'User (New Hire)']);
		const role = description.properties.find((p) => p.name === 'role');
		expect(role?.options?.map((o) => (o as { name: string; value: number }).value)).toEqual([1, 2, 0, 3]);
		const buddy = description.properties
			.find((p) => p.name === 'additionalFields' && p.displayOptions?.show?.resource?.[0] === 'user')
			?.options?.find((o) => (o as { name: string }).name === 'buddy') as { type: string } | undefined;
		expect(buddy?.type).toBe('resourceLocator');
		expect(byId('1').mode).toBe('id');
	});
});
