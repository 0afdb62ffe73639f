import type { ChiefOnboardingContext } from './setup';
import { byId, daysFromToday, fromList, startChiefOnboarding } from './setup';

describe('ChiefOnboarding › Offboarding › Create', () => {
	let ctx: ChiefOnboardingContext;
	let leaverId: number;
	let offboardingSequence: number;
	let onboardingSequence: number;
	beforeAll(async () => {
		ctx = await startChiefOnboarding();
		leaverId = ctx.server.addUser({ first_name: 'Lee', last_name: 'Leaver', email: 'lee@example.com', role: 0 }).id;
		onboardingSequence = ctx.server.addSequence('Welcome').id;
		offboardingSequence = ctx.server.addSequence('Leavers', 'offboarding').id;
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.server.offboardingRoute = true;
	});

	it('offboards a user with a termination date and offboarding sequences', async () => {
		const { server, run } = ctx;
		const result = await run({
			resource: 'offboarding',
			operation: 'create',
			user: fromList(leaverId),
			terminationDate: '2030-04-04T00:00:00',
			additionalFields: { sequences: [String(offboardingSequence)] },
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const call = server.last();
		expect(call).toMatchObject({ method: 'POST', path: '/api/offboarding/', rawQuery: '' });
		expect(call.headers.authorization).toBe(`Token ${server.token}`);
		expect(call.body).toEqual({ user: leaverId, termination_date: '2030-04-04', sequences: [offboardingSequence] });
		expect(result.json).toEqual([
			{ success: true, user: leaverId, termination_date: '2030-04-04', sequences: [offboardingSequence] },
		]);
		expect(server.users.get(leaverId)).toMatchObject({ termination_date: '2030-04-04', sequences: [offboardingSequence] });
	});

	it('accepts today (UTC), like the server, and no sequences', async () => {
		const today = daysFromToday(0);
		const result = await ctx.run({ resource: 'offboarding', operation: 'create', user: byId(String(leaverId)), terminationDate: today });
		expect(result.error).toBeUndefined();
		expect(ctx.server.last().body).toEqual({ user: leaverId, termination_date: today });
		expect(result.json[0]).toEqual({ success: true, user: leaverId, termination_date: today });
	});

	it('takes a luxon date from an expression', async () => {
		await ctx.run({
			resource: 'offboarding',
			operation: 'create',
			user: byId(String(leaverId)),
			terminationDate: '={{ $now.plus({ days: 30 }) }}',
		});
		expect(ctx.server.last().body).toMatchObject({ termination_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
	});

	it('refuses a termination date in the past before any request', async () => {
		const yesterday = daysFromToday(-1);
		const result = await ctx.run(
			{ resource: 'offboarding', operation: 'create', user: byId(String(leaverId)), terminationDate: '={{ $json.date }}' },
			[{ json: { date: '2030-01-01' } }, { json: { date: yesterday } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			`Invalid "Termination Date" in item 1: ${yesterday} is in the past; ChiefOnboarding only accepts today (${daysFromToday(0)}, UTC) or a later date`,
		);
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('refuses a user that is not an ID before any request', async () => {
		for (const bad of ['..', 'a/b', '12abc', '0']) {
			const result = await ctx.run(
				{ resource: 'offboarding', operation: 'create', user: byId('={{ $json.user }}'), terminationDate: '2030-01-01' },
				[{ json: { user: bad } }],
			);
			expect(result.error?.message).toBe(`Invalid "User" in item 0: "${bad}" is not a ChiefOnboarding ID (a whole number such as 12)`);
		}
		const empty = await ctx.run(
			{ resource: 'offboarding', operation: 'create', user: byId('={{ $json.user }}'), terminationDate: '2030-01-01' },
			[{ json: { user: '' } }],
		);
		expect(empty.error?.message).toBe('Invalid "User" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('reports the server refusing an administrator or an onboarding sequence', async () => {
		const admin = await ctx.run({
			resource: 'offboarding',
			operation: 'create',
			user: byId(String(ctx.server.admin.id)),
			terminationDate: '2030-01-01',
		});
		expect(admin.error?.name).toBe('NodeApiError');
		expect(admin.error?.message).toBe(`user: Invalid pk "${ctx.server.admin.id}" - object does not exist.`);
		const wrongSequence = await ctx.run({
			resource: 'offboarding',
			operation: 'create',
			user: byId(String(leaverId)),
			terminationDate: '2030-01-01',
			additionalFields: { sequences: [String(onboardingSequence)] },
		});
		expect(wrongSequence.error?.message).toBe('sequences: Not all sequence ids are valid.');
	});

	it('explains a 404 from an instance without the offboarding route', async () => {
		ctx.server.offboardingRoute = false;
		const result = await ctx.run({ resource: 'offboarding', operation: 'create', user: byId(String(leaverId)), terminationDate: '2030-01-01' });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			'ChiefOnboarding answered 404 Not Found for /api/offboarding/: API access may be disabled on this instance (API_ACCESS=True), or this ChiefOnboarding version has no offboarding endpoint',
		);
		expect((result.error as unknown as { description: string }).description).toContain('update ChiefOnboarding');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('404');
	});
});
