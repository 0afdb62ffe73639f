import { byId, humaansSuite } from './setup';

// The document's create example (humaans.txt 8599), without the version id the server assigns.
const VERSION = {
	bypassWorkingSchedule: false,
	bypassPublicHolidays: false,
	publicHolidayCalendarId: 'GB',
	visibleBalances: ['endOfYear'],
	rules: [
		{
			timeAwayTypeId: 'awM6sG5O2eSBAX2CeVap0MZa',
			limits: {
				yearlyAllowance: 30,
				maxCarryOver: 5,
				yearStart: '01-01',
				yearStartType: 'employmentStartDate',
				isUnlimited: false,
				isProrated: false,
				usage: 'upfront',
				usagePeriod: 12,
				roundingType: 'halfUp',
			},
		},
	],
};

describe('Humaans › Time Away Policy', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes a policy', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'timeAwayPolicy',
			operation: 'create',
			name: 'UK Policy',
			timeAwayPolicyVersion: JSON.stringify(VERSION, null, 2),
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/time-away-policies' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ name: 'UK Policy', timeAwayPolicyVersion: VERSION });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({
			id,
			companyId: server.me.companyId,
			name: 'UK Policy',
			timeAwayPolicyVersion: { ...VERSION, id: expect.any(String) },
		});

		const got = await run({ resource: 'timeAwayPolicy', operation: 'get', timeAwayPolicyId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/time-away-policies/${id}` });
		expect(got.json).toEqual([expect.objectContaining({ id, name: 'UK Policy' })]);

		// An object from an expression is sent as it is.
		const updated = await run(
			{
				resource: 'timeAwayPolicy',
				operation: 'update',
				timeAwayPolicyId: byId(id),
				updateFields: { name: 'UK Policy 2025', timeAwayPolicyVersion: '={{ $json.version }}' },
			},
			[{ json: { version: { bypassPublicHolidays: true } } }],
		);
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/time-away-policies/${id}` });
		expect(server.last().body).toEqual({ name: 'UK Policy 2025', timeAwayPolicyVersion: { bypassPublicHolidays: true } });
		expect(updated.json[0]).toMatchObject({ name: 'UK Policy 2025', timeAwayPolicyVersion: { bypassPublicHolidays: true, rules: VERSION.rules } });

		const listed = await run({ resource: 'timeAwayPolicy', operation: 'getAll', returnAll: false, limit: 10 });
		expect(server.last().query).toEqual({ $limit: '10', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timeAwayPolicy', operation: 'delete', timeAwayPolicyId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/time-away-policies/${id}` });
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('refuses a version that is not an object before any request', async () => {
		const { server, run } = ctx;
		for (const value of ['[]', '"rules"', '42']) {
			const result = await run({ resource: 'timeAwayPolicy', operation: 'create', name: 'X', timeAwayPolicyVersion: value });
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toBe('Invalid "Time Away Policy Version" in item 0: the value must be a JSON object');
		}
		const broken = await run({ resource: 'timeAwayPolicy', operation: 'create', name: 'X', timeAwayPolicyVersion: '{ rules: [' });
		expect(broken.error?.message).toBe('Invalid "Time Away Policy Version" in item 0: the value is not valid JSON');
		expect(server.requests).toHaveLength(0);
	});

	it('passes on the API validation issues of a version without its required rules', async () => {
		const { server, run } = ctx;
		const result = await run({
			resource: 'timeAwayPolicy',
			operation: 'create',
			name: 'X',
			timeAwayPolicyVersion: JSON.stringify({ visibleBalances: ['today'], rules: [{ timeAwayTypeId: 'pto', limits: { usage: 'weekly' } }] }),
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Validation failed [code ValidationError]');
		const description = String((result.error as unknown as { description: string }).description);
		expect(description).toContain('timeAwayPolicyVersion.rules[0].limits.yearlyAllowance: required');
		expect(description).toContain('timeAwayPolicyVersion.rules[0].limits.usage: must be one of upfront, accrued');
	});
});
