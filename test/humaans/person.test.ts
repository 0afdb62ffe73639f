import { byId, humaansSuite } from './setup';

const PERSON_KEYS = [
	'id',
	'firstName',
	'lastName',
	'preferredName',
	'email',
	'status',
	'jobRole',
	'locationId',
	'employmentStartDate',
	'employmentEndDate',
];

describe('Humaans › Person', () => {
	const ctx = humaansSuite();

	it('creates, gets, offboards, lists and deletes', async () => {
		const { server, run } = ctx;
		const auth = `Bearer ${server.token}`;
		const [manager] = server.seed('/api/people', [{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' }]);

		const created = await run({
			resource: 'person',
			operation: 'create',
			firstName: 'Kelsey',
			lastName: 'Wicks',
			email: 'kelsey@acme.com',
			employmentStartDate: '2018-03-10',
			locationId: byId('FnAjNOIyLRsmZGRohZsHApiE'),
			jobRole_jobTitle: 'Software Engineer',
			additionalFields: {
				jobRole_department: 'Engineering',
				jobRole_reportingTo: byId(String(manager.id)),
				timeAwayAllocation_timeAwayPolicyId: byId('lQhHxduYbvq0TRIJq2IPN3hH'),
				// A luxon DateTime from an expression keeps its own calendar day.
				birthday: '={{ DateTime.fromISO("1989-07-28T23:30:00+02:00", { setZone: true }) }}',
				dietaryPreference: 'Pescetarian',
				workingDays: ['friday', 'monday', 'wednesday'],
				teams: ['Moonshot', 'Growth Pod'],
				nationalities: ['British', 'Irish'],
				foodAllergies: ['Peanuts'],
				isWorkEmailHidden: true,
				middleName: '',
				publicHolidayCalendarId: byId('GB-ENG'),
			},
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/people' });
		expect(createCall.headers.authorization).toBe(auth);
		expect(createCall.body).toEqual({
			firstName: 'Kelsey',
			lastName: 'Wicks',
			email: 'kelsey@acme.com',
			employmentStartDate: '2018-03-10',
			locationId: 'FnAjNOIyLRsmZGRohZsHApiE',
			jobRole: { jobTitle: 'Software Engineer', department: 'Engineering', reportingTo: manager.id },
			timeAwayAllocation: { timeAwayPolicyId: 'lQhHxduYbvq0TRIJq2IPN3hH' },
			birthday: '1989-07-28',
			dietaryPreference: 'Pescetarian',
			workingDays: [{ day: 'monday' }, { day: 'wednesday' }, { day: 'friday' }],
			teams: [{ name: 'Moonshot' }, { name: 'Growth Pod' }],
			nationalities: ['British', 'Irish'],
			foodAllergies: ['Peanuts'],
			isWorkEmailHidden: true,
			middleName: null,
			publicHolidayCalendarId: 'GB-ENG',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, status: 'active', firstWorkingDay: '2018-03-10', jobRole: { jobTitle: 'Software Engineer' } });
		// The person's first job role came with them.
		const roles = [...server.table('/api/job-roles').values()].filter((role) => role.personId === id);
		expect(roles).toEqual([expect.objectContaining({ jobTitle: 'Software Engineer', department: 'Engineering', effectiveDate: '2018-03-10' })]);

		const got = await run({ resource: 'person', operation: 'get', personId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/people/${id}` });
		expect(server.last().headers.authorization).toBe(auth);
		expect(Object.keys(got.json[0]).sort()).toEqual(PERSON_KEYS.filter((key) => key in server.table('/api/people').get(id)!).sort());
		expect(got.json[0]).toMatchObject({ id, email: 'kelsey@acme.com', status: 'active', locationId: 'FnAjNOIyLRsmZGRohZsHApiE' });
		expect(got.json[0].birthday).toBeUndefined();

		const raw = await run({ resource: 'person', operation: 'get', personId: byId(id), simplify: false });
		expect(raw.json[0]).toMatchObject({ birthday: '1989-07-28', teams: [{ name: 'Moonshot' }, { name: 'Growth Pod' }] });

		// Offboarding (humaans.txt 6049): an end date in the past turns the status to offboarded.
		const offboarded = await run({
			resource: 'person',
			operation: 'update',
			personId: byId(id),
			updateFields: {
				employmentEndDate: '2024-01-31',
				lastWorkingDay: '={{ $now.minus({ days: 400 }).toISO() }}',
				leavingReason: 'resigned',
				turnoverImpact: 'not applicable',
				leavingNote: 'Moved abroad',
			},
		});
		expect(offboarded.error).toBeUndefined();
		const updateCall = server.last();
		expect(updateCall).toMatchObject({ method: 'PATCH', path: `/api/people/${id}` });
		expect(updateCall.headers.authorization).toBe(auth);
		expect(updateCall.body).toEqual({
			employmentEndDate: '2024-01-31',
			lastWorkingDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			leavingReason: 'resigned',
			turnoverImpact: 'not applicable',
			leavingNote: 'Moved abroad',
		});
		expect(offboarded.json[0]).toMatchObject({ id, status: 'offboarded', employmentEndDate: '2024-01-31' });

		// By default Humaans lists active people only; the offboarded person needs the status filter.
		const active = await run({ resource: 'person', operation: 'getAll', returnAll: true });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/people' });
		expect(server.last().query).toEqual({ $limit: '250', $skip: '0' });
		expect(active.json.map((row) => row.id)).toEqual([manager.id]);

		const gone = await run({ resource: 'person', operation: 'getAll', returnAll: true, filters: { status: ['offboarded'] } });
		expect(server.last().query).toEqual({ status: 'offboarded', $limit: '250', $skip: '0' });
		expect(gone.json).toEqual([expect.objectContaining({ id, status: 'offboarded' })]);
		expect(Object.keys(gone.json[0]).every((key) => PERSON_KEYS.includes(key))).toBe(true);

		const deleted = await run({ resource: 'person', operation: 'delete', personId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/people/${id}` });
		expect(server.last().headers.authorization).toBe(auth);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
		expect(server.table('/api/people').has(id)).toBe(false);
	});

	describe('list filters', () => {
		let old: Record<string, unknown>;
		let recent: Record<string, unknown>;
		let hire: Record<string, unknown>;
		beforeAll(() => {
			[old, recent, hire] = ctx.server.seed('/api/people', [
				{ firstName: 'Old', lastName: 'Timer', email: 'old@acme.com', status: 'offboarded', createdAt: '2019-05-01T10:00:00.000Z', updatedAt: '2019-05-01T10:00:00.000Z' },
				{ firstName: 'New', lastName: 'Comer', email: 'new@acme.com', status: 'active', createdAt: '2024-02-01T10:00:00.000Z', updatedAt: '2024-03-01T10:00:00.000Z' },
				{ firstName: 'Soon', lastName: 'Here', personalEmail: 'soon@example.com', status: 'newHire', createdAt: '2024-02-10T10:00:00.000Z', updatedAt: '2024-02-10T10:00:00.000Z' },
			]);
		});

		it('sends several statuses as status[$in]', async () => {
			const result = await ctx.run({ resource: 'person', operation: 'getAll', returnAll: true, filters: { status: ['offboarded', 'newHire'] } });
			const call = ctx.server.last();
			expect(call.query).toEqual({ status: { $in: ['offboarded', 'newHire'] }, $limit: '250', $skip: '0' });
			expect(call.rawQuery).toContain('status%5B%24in%5D=offboarded&status%5B%24in%5D=newHire');
			expect(result.json.map((row) => row.id).sort()).toEqual([old.id, hire.id].sort());
		});

		it('sends status=all when every status is picked', async () => {
			const result = await ctx.run({
				resource: 'person',
				operation: 'getAll',
				returnAll: true,
				filters: { status: ['offboarded', 'active', 'newHire'] },
			});
			expect(ctx.server.last().query).toEqual({ status: 'all', $limit: '250', $skip: '0' });
			expect(result.json.map((row) => row.id)).toEqual(expect.arrayContaining([old.id, recent.id, hire.id]));
		});

		it('filters by work email', async () => {
			const result = await ctx.run({ resource: 'person', operation: 'getAll', returnAll: true, filters: { email: 'new@acme.com' } });
			expect(ctx.server.last().query).toEqual({ email: 'new@acme.com', $limit: '250', $skip: '0' });
			expect(result.json.map((row) => row.id)).toEqual([recent.id]);
		});

		it('sends created and updated ranges as UTC date-times', async () => {
			const result = await ctx.run({
				resource: 'person',
				operation: 'getAll',
				returnAll: true,
				filters: {
					status: ['active', 'newHire', 'offboarded'],
					createdAtFrom: '={{ DateTime.fromISO("2024-02-01T09:00:00+01:00", { setZone: true }) }}',
					createdAtTo: '2024-02-28T00:00:00Z',
					updatedAtFrom: '2024-02-15T00:00:00.000Z',
				},
			});
			const call = ctx.server.last();
			expect(call.query).toEqual({
				status: 'all',
				createdAt: { $gte: '2024-02-01T08:00:00.000Z', $lte: '2024-02-28T00:00:00.000Z' },
				updatedAt: { $gte: '2024-02-15T00:00:00.000Z' },
				$limit: '250',
				$skip: '0',
			});
			expect(call.rawQuery).toContain('createdAt%5B%24gte%5D=2024-02-01T08%3A00%3A00.000Z');
			expect(result.json.map((row) => row.id)).toEqual([recent.id]);
		});

		it('refuses an email filter that is not an email before any request', async () => {
			const result = await ctx.run({ resource: 'person', operation: 'getAll', returnAll: true, filters: { email: 'nobody' } });
			expect(result.error?.message).toBe('Invalid "Email" in item 0: "nobody" is not an email address');
			expect(ctx.server.requests).toHaveLength(0);
		});
	});

	it('creates a new hire with only a personal email, then activates them', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'person',
			operation: 'createNewHire',
			additionalFields: { personalEmail: 'jo@example.com', firstName: 'Jo', source: 'Greenhouse', sourceId: 'gh-42' },
		});
		expect(created.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'POST', path: '/api/people' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({
			personalEmail: 'jo@example.com',
			firstName: 'Jo',
			source: 'Greenhouse',
			sourceId: 'gh-42',
			status: 'newHire',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, status: 'newHire', source: 'Greenhouse' });

		// Activating needs the fields an active person must have (humaans.txt 5685).
		const early = await run({ resource: 'person', operation: 'update', personId: byId(id), updateFields: { status: 'active' } });
		expect(early.error?.name).toBe('NodeApiError');
		expect(early.error?.message).toBe('Validation failed [code ValidationError]');
		expect((early.error as unknown as { description: string }).description).toBe(
			'lastName: required to activate a new hire; email: required to activate a new hire; employmentStartDate: required to activate a new hire; locationId: required to activate a new hire',
		);
		expect(server.table('/api/people').get(id)?.status).toBe('newHire');

		const activated = await run({
			resource: 'person',
			operation: 'update',
			personId: byId(id),
			updateFields: {
				status: 'active',
				lastName: 'Bloggs',
				email: 'jo@acme.com',
				employmentStartDate: '2030-01-06',
				locationId: byId('remote'),
				remoteCity: 'Lisbon',
				remoteCountryCode: 'PT',
			},
		});
		expect(activated.error).toBeUndefined();
		expect(server.last().body).toEqual({
			status: 'active',
			lastName: 'Bloggs',
			email: 'jo@acme.com',
			employmentStartDate: '2030-01-06',
			locationId: 'remote',
			remoteCity: 'Lisbon',
			remoteCountryCode: 'PT',
		});
		expect(activated.json[0]).toMatchObject({ id, status: 'active', locationId: 'remote' });
	});

	it('refuses a new hire without any email before any request', async () => {
		const result = await ctx.run({ resource: 'person', operation: 'createNewHire', additionalFields: { firstName: 'Jo' } });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Email" in item 0: a new hire needs an Email or a Personal Email');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('refuses bad input to create before any request', async () => {
		const base = {
			resource: 'person',
			operation: 'create',
			firstName: 'Kelsey',
			lastName: 'Wicks',
			email: '={{ $json.email }}',
			employmentStartDate: '2018-03-10',
			locationId: byId('loc'),
			jobRole_jobTitle: 'Engineer',
		};
		const noEmail = await ctx.run(base, [{ json: { email: '' } }]);
		expect(noEmail.error?.message).toBe('Invalid "Email" in item 0: a value is required');

		const badReason = await ctx.run({ ...base, additionalFields: { leavingReason: '={{ "fired" }}' } }, [{ json: { email: 'k@acme.com' } }]);
		expect(badReason.error?.message).toBe(
			'Invalid "Leaving Reason" in item 0: "fired" is not one of contractEnded, dismissed, other, redundancy, resigned',
		);

		const tooManyTeams = await ctx.run(
			{ ...base, additionalFields: { teams: Array.from({ length: 13 }, (_, i) => `Team ${i}`) } },
			[{ json: { email: 'k@acme.com' } }],
		);
		expect(tooManyTeams.error?.message).toBe('Invalid "Teams" in item 0: at most 12 teams are allowed');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('clears nullable fields and renames days on update', async () => {
		const [someone] = ctx.server.seed('/api/people', [
			{ firstName: 'Sam', lastName: 'Lee', status: 'active', workingDays: [{ day: 'monday' }], nationalities: ['French'] },
		]);
		const result = await ctx.run({
			resource: 'person',
			operation: 'update',
			personId: byId(String(someone.id)),
			updateFields: {
				workingDays: ['sunday', 'saturday'],
				nationalities: [],
				seenDocumentsAt: '2024-05-01T12:00:00+02:00',
				employmentEndDate: '',
			},
		});
		expect(result.error).toBeUndefined();
		expect(ctx.server.last().body).toEqual({
			workingDays: [{ day: 'saturday' }, { day: 'sunday' }],
			nationalities: null,
			seenDocumentsAt: '2024-05-01T10:00:00.000Z',
			employmentEndDate: null,
		});
		expect(result.json[0]).toMatchObject({ id: someone.id, status: 'active', nationalities: null });
	});
});
