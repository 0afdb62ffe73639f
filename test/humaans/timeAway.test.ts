import { byId, humaansSuite } from './setup';

describe('Humaans › Time Away', () => {
	const ctx = humaansSuite();
	let ada: string;
	let grace: string;
	let pto: string;
	let office: string;
	beforeAll(async () => {
		const [a, g] = ctx.server.seed('/api/people', [
			{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' },
			{ firstName: 'Grace', lastName: 'Hopper', status: 'offboarded' },
		]);
		ada = String(a.id);
		grace = String(g.id);
		pto = String(ctx.server.seed('/api/time-away-types', [{ name: 'Paid time off', emoji: '🏝', category: 'timeOff' }])[0].id);
		office = String(ctx.server.seed('/api/locations', [{ label: 'London', city: 'London', countryCode: 'GB' }])[0].id);
	});

	it('creates, gets, updates, lists and deletes an entry', async () => {
		const { server, run } = ctx;
		const created = await run(
			{
				resource: 'timeAway',
				operation: 'create',
				personId: byId(ada),
				timeAwayTypeId: byId(pto),
				// Half past midnight in Berlin (still the 3rd in UTC) stays on the day the user gave.
				startDate: '={{ DateTime.fromISO("2024-03-04T00:30:00", { zone: "Europe/Berlin" }) }}',
				endDate: '={{ $json.until }}',
				additionalFields: {
					startPeriod: 'pm',
					endPeriod: 'am',
					note: 'Trip',
					workingFromLocationId: byId(office),
					requestStatus: 'pending',
				},
			},
			[{ json: { until: '2024-03-08T10:00:00.000Z' } }],
		);
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/time-away' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId: ada,
			timeAwayTypeId: pto,
			startDate: '2024-03-04',
			endDate: '2024-03-08',
			startPeriod: 'pm',
			endPeriod: 'am',
			note: 'Trip',
			workingFromLocationId: office,
			requestStatus: 'pending',
		});
		const id = String(created.json[0].id);
		// Create returns the full object: the type's name and time-off flag come from the type.
		expect(created.json[0]).toMatchObject({ id, name: 'Paid time off', isTimeOff: true, requestStatus: 'pending', reviewNote: null });

		const got = await run({ resource: 'timeAway', operation: 'get', timeAwayId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/time-away/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		// Simplify is on by default and keeps the documented summary keys only.
		expect(got.json).toEqual([
			{
				id,
				personId: ada,
				timeAwayTypeId: pto,
				name: 'Paid time off',
				startDate: '2024-03-04',
				startPeriod: 'pm',
				endDate: '2024-03-08',
				endPeriod: 'am',
				requestStatus: 'pending',
			},
		]);
		const raw = await run({ resource: 'timeAway', operation: 'get', timeAwayId: byId(id), simplify: false });
		expect(raw.json[0]).toMatchObject({ id, note: 'Trip', workingFromLocationId: office, createdAt: expect.any(String) });

		const updated = await run({
			resource: 'timeAway',
			operation: 'update',
			timeAwayId: byId(id),
			updateFields: { endDate: '2024-03-09', note: '', workingFromLocationId: byId(''), requestStatus: 'approved', reviewNote: 'Enjoy' },
		});
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/time-away/${id}` });
		// Emptied nullable fields are sent as null, which clears them.
		expect(server.last().body).toEqual({ endDate: '2024-03-09', note: null, workingFromLocationId: null, requestStatus: 'approved', reviewNote: 'Enjoy' });
		expect(updated.json[0]).toMatchObject({ id, endDate: '2024-03-09', note: null, workingFromLocationId: null, requestStatus: 'approved' });

		const listed = await run({ resource: 'timeAway', operation: 'getAll', returnAll: true, filters: { personIds: [ada] }, simplify: false });
		expect(server.last().query).toEqual({ personId: ada, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timeAway', operation: 'delete', timeAwayId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/time-away/${id}` });
		expect(deleted.json).toEqual([{ id, deleted: true }]);
		const gone = await run({ resource: 'timeAway', operation: 'get', timeAwayId: byId(id) });
		expect(gone.error?.message).toContain('[code NotFound]');
	});

	it('sends every list filter in the documented query syntax', async () => {
		const { server, run } = ctx;
		const rows = server.seed('/api/time-away', [
			{ personId: ada, timeAwayTypeId: pto, startDate: '2024-04-01', endDate: '2024-04-02', requestStatus: 'approved' },
			{ personId: ada, timeAwayTypeId: pto, startDate: '2024-06-10', endDate: '2024-06-12', requestStatus: 'pending' },
			{ personId: ada, timeAwayTypeId: pto, startDate: '2024-05-01', endDate: '2024-05-01', requestStatus: 'declined' },
			{ personId: ada, timeAwayTypeId: pto, startDate: '2023-12-01', endDate: '2023-12-02', requestStatus: 'approved' },
			{ personId: ada, timeAwayTypeId: 'other', startDate: '2024-07-01', endDate: '2024-07-01', requestStatus: 'approved' },
			{ personId: grace, timeAwayTypeId: pto, startDate: '2024-04-05', endDate: '2024-04-05', requestStatus: 'approved' },
		]);
		const result = await run(
			{
				resource: 'timeAway',
				operation: 'getAll',
				returnAll: true,
				filters: {
					personIds: [ada, grace],
					personStatuses: ['active'],
					startDateFrom: '2024-01-01',
					startDateTo: '={{ $json.to }}',
					endDateTo: '2024-12-31T23:59:59',
					timeAwayTypeId: byId(pto),
					requestStatuses: ['approved', 'pending'],
					sortByStartDate: -1,
				},
			},
			[{ json: { to: '2024-06-30T22:00:00-05:00' } }],
		);
		expect(result.error).toBeUndefined();
		const call = server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/time-away' });
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({
			personId: { $in: [ada, grace] },
			personStatus: 'active',
			startDate: { $gte: '2024-01-01', $lte: '2024-06-30' },
			endDate: { $lte: '2024-12-31' },
			timeAwayTypeId: pto,
			requestStatus: { $in: ['approved', 'pending'] },
			$sort: { startDate: '-1' },
			$limit: '250',
			$skip: '0',
		});
		expect(call.rawQuery).toContain('personId%5B%24in%5D=');
		// Only Ada's (active) approved or pending PTO in the first half of 2024, latest first.
		expect(result.json.map((row) => row.id)).toEqual([rows[1].id, rows[0].id]);
		expect(Object.keys(result.json[0]).sort()).toEqual(
			['id', 'personId', 'timeAwayTypeId', 'startDate', 'endDate', 'requestStatus'].sort(),
		);

		server.reset();
		const byCreated = await run({
			resource: 'timeAway',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { sortByCreatedAt: 1, sortByEndDate: -1 },
		});
		expect(server.last().query).toEqual({ $sort: { createdAt: '1', endDate: '-1' }, $limit: '2', $skip: '0' });
		expect(byCreated.json).toHaveLength(2);
	});

	it('refuses an undocumented period or a bad date before any request', async () => {
		const { server, run } = ctx;
		const badPeriod = await run({
			resource: 'timeAway',
			operation: 'update',
			timeAwayId: byId('x'),
			// "pm" is documented for the start period only.
			updateFields: { endPeriod: '={{ "pm" }}' },
		});
		expect(badPeriod.error?.name).toBe('NodeOperationError');
		expect(badPeriod.error?.message).toBe('Invalid "End Period" in item 0: "pm" is not one of full, am');
		const badDate = await run({
			resource: 'timeAway',
			operation: 'create',
			personId: byId(ada),
			timeAwayTypeId: byId(pto),
			startDate: 'next tuesday',
			endDate: '2024-03-08',
		});
		expect(badDate.error?.message).toBe('Invalid "Start Date" in item 0: "next tuesday" is not a valid date');
		expect(server.requests).toHaveLength(0);
	});

	it('the contract server accepts only the documented sort fields and operators', async () => {
		const { server } = ctx;
		const status = async (query: string) =>
			(await fetch(`${server.baseUrl}/api/time-away?${query}`, { headers: { authorization: `Bearer ${server.token}` } })).status;
		expect(await status('$sort[startDate]=-1')).toBe(200);
		expect(await status('$sort[name]=1')).toBe(422);
		expect(await status('$sort[startDate]=up')).toBe(422);
		expect(await status('requestStatus[$nin]=declined')).toBe(422);
		expect(await status('note=Trip')).toBe(422);
	});
});
