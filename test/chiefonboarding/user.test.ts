import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { ChiefOnboardingContext } from './setup';
import { byId, fromList, startChiefOnboarding } from './setup';
import { serverToday } from '../servers/chiefonboarding/server';

describe('ChiefOnboarding › User (New Hire) › Create', () => {
	let ctx: ChiefOnboardingContext;
	let buddyId: number;
	let managerId: number;
	let sequenceIds: number[];
	beforeAll(async () => {
		ctx = await startChiefOnboarding();
		buddyId = ctx.server.addUser({ first_name: 'Bea', last_name: 'Buddy', email: 'bea@example.com', role: 3 }).id;
		managerId = ctx.server.addUser({ first_name: 'Max', last_name: 'Manager', email: 'max@example.com', role: 2 }).id;
		sequenceIds = [ctx.server.addSequence('Engineering').id, ctx.server.addSequence('Everyone').id];
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.server.createResponseIncludesId = true;
	});

	const base = { resource: 'user', operation: 'create', firstName: 'James', lastName: 'Weller', role: 0 };

	it('creates a new hire with every field, and the new hire appears in the employee list', async () => {
		const { server, run } = ctx;
		const result = await run({
			...base,
			email: 'james@chiefonboarding.com',
			additionalFields: {
				phone: '1233444',
				position: 'Technical lead',
				language: 'nl',
				message: 'This is our new hire....',
				startDay: '2030-12-04T00:00:00',
				buddy: fromList(buddyId),
				manager: byId(String(managerId)),
				timezone: 'Europe/Amsterdam',
				sequences: sequenceIds.map(String).reverse(),
				linkedin: 'jamesweller',
				facebook: 'james.weller',
				twitter: '@jw',
			},
		});
		expect(result.error).toBeUndefined();
		const call = server.last();
		expect(call.method).toBe('POST');
		expect(call.path).toBe('/api/users/');
		expect(call.rawQuery).toBe('');
		expect(call.headers.authorization).toBe(`Token ${server.token}`);
		expect(call.headers['content-type']).toContain('application/json');
		expect(call.body).toEqual({
			first_name: 'James',
			last_name: 'Weller',
			email: 'james@chiefonboarding.com',
			role: 0,
			phone: '1233444',
			position: 'Technical lead',
			language: 'nl',
			message: 'This is our new hire....',
			start_day: '2030-12-04',
			buddy: buddyId,
			manager: managerId,
			timezone: 'Europe/Amsterdam',
			sequences: [...sequenceIds].reverse(),
			linkedin: 'jamesweller',
			facebook: 'james.weller',
			twitter: '@jw',
		});
		expect(server.requests).toHaveLength(1);
		const created = result.json[0];
		expect(created).toMatchObject({
			first_name: 'James',
			email: 'james@chiefonboarding.com',
			start_day: '2030-12-04',
			role: 0,
			buddy: buddyId,
			manager: managerId,
			timezone: 'Europe/Amsterdam',
		});
		expect(typeof created.id).toBe('number');
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(server.users.get(created.id as number)?.sequences).toEqual([...sequenceIds].reverse());

		const employees = await run({ resource: 'employee', operation: 'getAll', returnAll: true, filters: { email: 'james@chiefonboarding.com' } });
		expect(employees.json).toEqual([{ id: created.id, first_name: 'James', last_name: 'Weller', email: 'james@chiefonboarding.com' }]);
	});

	it('sends only the required fields when nothing else is set; the server fills the defaults', async () => {
		const result = await ctx.run({ ...base, email: 'minimal@example.com', additionalFields: {} });
		expect(ctx.server.last().body).toEqual({ first_name: 'James', last_name: 'Weller', email: 'minimal@example.com', role: 0 });
		expect(result.json[0]).toMatchObject({ start_day: serverToday(), timezone: 'UTC', language: 'en', buddy: null });
	});

	it('sends the role picked from the named list', async () => {
		for (const [role, email] of [
			[1, 'admin2@example.com'],
			[2, 'manager2@example.com'],
			[3, 'other2@example.com'],
		] as const) {
			const result = await ctx.run({ ...base, role, email });
			expect(result.error).toBeUndefined();
			expect(ctx.server.last().body).toMatchObject({ role, email });
			expect(result.json[0].role).toBe(role);
		}
	});

	it('accepts luxon and JS dates from expressions for the start day', async () => {
		await ctx.run({
			...base,
			email: 'luxon@example.com',
			additionalFields: { startDay: "={{ DateTime.fromISO('2031-02-03T10:00:00') }}" },
		});
		expect(ctx.server.last().body).toMatchObject({ start_day: '2031-02-03' });
		await ctx.run({
			...base,
			email: 'jsdate@example.com',
			additionalFields: { startDay: "={{ new Date('2031-03-04T12:00:00Z') }}" },
		});
		expect(ctx.server.last().body).toMatchObject({ start_day: '2031-03-04' });
		await ctx.run({ ...base, email: 'plus@example.com', additionalFields: { startDay: '={{ $now.plus({ days: 400 }) }}' } });
		expect(String((ctx.server.last().body as { start_day: string }).start_day)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('takes IDs and sequence lists from expressions', async () => {
		await ctx.run(
			{
				...base,
				email: '={{ $json.email }}',
				additionalFields: { buddy: byId('={{ $json.buddy }}'), sequences: '={{ $json.sequences }}' },
			},
			[{ json: { email: 'expr@example.com', buddy: buddyId, sequences: sequenceIds } }],
		);
		expect(ctx.server.last().body).toMatchObject({ buddy: buddyId, sequences: sequenceIds });
	});

	it('looks the ID up by email when the instance answers without one', async () => {
		ctx.server.createResponseIncludesId = false;
		const result = await ctx.run({ ...base, email: 'No.Id@Example.com' });
		expect(result.error).toBeUndefined();
		expect(ctx.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/users/', 'GET /api/employees/']);
		const stored = [...ctx.server.users.values()].find((u) => u.email === 'no.id@example.com');
		expect(result.json[0]).toMatchObject({ id: stored?.id, email: 'no.id@example.com', first_name: 'James' });
	});

	it('refuses bad input before any request, naming the field and item', async () => {
		const cases: Array<[INodeParameters, IDataObject, string]> = [
			[{ email: '={{ $json.v }}' }, { v: 'james(at)example.com' }, 'Invalid "Email" in item 0: "james(at)example.com" is not an email address'],
			[{ firstName: '={{ $json.v }}' }, { v: '' }, 'Invalid "First Name" in item 0: a value is required'],
			[{ role: '={{ $json.v }}' }, { v: 7 }, 'Invalid "Role" in item 0: "7" is not one of 1, 2, 0, 3'],
			[{ additionalFields: { startDay: '={{ $json.v }}' } }, { v: 'next monday' }, 'Invalid "Start Day" in item 0: "next monday" is not a valid date'],
			[{ additionalFields: { timezone: '={{ $json.v }}' } }, { v: 'Mars/Olympus' }, 'Invalid "Timezone" in item 0: "Mars/Olympus" is not an IANA time zone such as Europe/Amsterdam'],
			[{ additionalFields: { buddy: byId('={{ $json.v }}') } }, { v: '../12' }, 'Invalid "Buddy" in item 0: "../12" is not a ChiefOnboarding ID (a whole number such as 12)'],
			[{ additionalFields: { manager: byId('={{ $json.v }}') } }, { v: '3/4' }, 'Invalid "Manager" in item 0: "3/4" is not a ChiefOnboarding ID (a whole number such as 12)'],
			[{ additionalFields: { sequences: '={{ $json.v }}' } }, { v: [1, 'two'] }, 'Invalid "Sequence Names or IDs" in item 0: "two" is not a ChiefOnboarding ID (a whole number such as 12)'],
		];
		for (const [parameters, json, message] of cases) {
			const result = await ctx.run({ ...base, email: 'valid@example.com', ...parameters }, [{ json }]);
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toBe(message);
		}
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('validates every item before the first request', async () => {
		const result = await ctx.run({ ...base, email: '={{ $json.email }}' }, [
			{ json: { email: 'first-valid@example.com' } },
			{ json: { email: 'broken' } },
		]);
		expect(result.error?.message).toBe('Invalid "Email" in item 1: "broken" is not an email address');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('turns field errors of a 400 into a NodeApiError with the server message', async () => {
		await ctx.run({ ...base, email: 'dup@example.com' });
		const duplicate = await ctx.run({ ...base, email: 'dup@example.com' });
		expect(duplicate.error?.name).toBe('NodeApiError');
		expect(duplicate.error?.message).toBe('email: user with this Email already exists.');
		expect((duplicate.error as unknown as { httpCode: string }).httpCode).toBe('400');

		const unknownBuddy = await ctx.run({ ...base, email: 'nobuddy@example.com', additionalFields: { buddy: byId('9999') } });
		expect(unknownBuddy.error?.message).toBe('buddy: Invalid pk "9999" - object does not exist.');
		const unknownSequence = await ctx.run({ ...base, email: 'noseq@example.com', additionalFields: { sequences: ['424242'] } });
		expect(unknownSequence.error?.message).toBe('sequences: Not all sequence ids are valid.');
		const tooLong = await ctx.run({ ...base, email: 'long@example.com', firstName: 'x'.repeat(201) });
		expect(tooLong.error?.message).toBe('first_name: Ensure this field has no more than 200 characters.');
		expect(ctx.server.calls('POST', '/api/users/')).toHaveLength(5);
	});
});
