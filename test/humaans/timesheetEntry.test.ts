import { byId, humaansSuite } from './setup';

describe('Humaans › Timesheet Entry', () => {
	const ctx = humaansSuite();
	beforeEach(() => {
		ctx.server.table('/api/timesheet-entries').clear();
	});

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const personId = String(person.id);

		const created = await run(
			{
				resource: 'timesheetEntry',
				operation: 'create',
				personId: byId(personId),
				// An ISO date-time from an expression is sent as its calendar date.
				date: '={{ $json.day }}',
				startTime: '09:00:00',
			},
			[{ json: { day: '2020-04-01T08:15:00.000+01:00' } }],
		);
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/timesheet-entries' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ personId, date: '2020-04-01', startTime: '09:00:00' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, personId, date: '2020-04-01', endTime: null, duration: null });

		const got = await run({ resource: 'timesheetEntry', operation: 'get', timesheetEntryId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/timesheet-entries/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([expect.objectContaining({ id, startTime: '09:00:00', endTime: null })]);

		const updated = await run({
			resource: 'timesheetEntry',
			operation: 'update',
			timesheetEntryId: byId(id),
			updateFields: { endTime: '12:30:00', date: '={{ DateTime.fromObject({ year: 2020, month: 4, day: 2, hour: 23 }) }}' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/timesheet-entries/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ endTime: '12:30:00', date: '2020-04-02' });
		expect(updated.json[0]).toMatchObject({ id, date: '2020-04-02', endTime: '12:30:00', duration: { hours: 3, minutes: 30 } });

		server.seed('/api/timesheet-entries', [{ personId: 'someoneElse', date: '2020-04-02', startTime: '08:00:00', endTime: null }]);
		const listed = await run({
			resource: 'timesheetEntry',
			operation: 'getAll',
			returnAll: true,
			filters: { personId: byId(personId), dateFrom: '2020-04-01', dateTo: '2020-04-30T23:00:00' },
		});
		expect(listed.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/timesheet-entries' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({
			personId,
			date: { $gte: '2020-04-01', $lte: '2020-04-30' },
			$limit: '250',
			$skip: '0',
		});
		expect(server.last().rawQuery).toContain('date%5B%24gte%5D=2020-04-01');
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timesheetEntry', operation: 'delete', timesheetEntryId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/timesheet-entries/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('filters by exact date, end time, open entries and IDs', async () => {
		const { server, run } = ctx;
		const [open, closed, other] = server.seed('/api/timesheet-entries', [
			{ personId: 'p1', date: '2024-03-01', startTime: '09:00:00', endTime: null },
			{ personId: 'p1', date: '2024-03-01', startTime: '13:00:00', endTime: '17:30:00' },
			{ personId: 'p2', date: '2024-03-02', startTime: '09:00:00', endTime: '17:30:00' },
		]);

		const onDay = await run({ resource: 'timesheetEntry', operation: 'getAll', returnAll: true, filters: { date: '2024-03-01' } });
		expect(server.last().query).toEqual({ date: '2024-03-01', $limit: '250', $skip: '0' });
		expect(onDay.json.map((row) => row.id)).toEqual([open.id, closed.id]);

		const ending = await run({ resource: 'timesheetEntry', operation: 'getAll', returnAll: true, filters: { endTime: '17:30:00' } });
		expect(server.last().query).toEqual({ endTime: '17:30:00', $limit: '250', $skip: '0' });
		expect(ending.json.map((row) => row.id)).toEqual([closed.id, other.id]);

		// humaans.txt 9088: `endTime string | empty`, the empty value selects entries without an end.
		const running = await run({ resource: 'timesheetEntry', operation: 'getAll', returnAll: true, filters: { withoutEndTime: true } });
		expect(server.last().query).toEqual({ endTime: '', $limit: '250', $skip: '0' });
		expect(running.json.map((row) => row.id)).toEqual([open.id]);

		// humaans.txt 9092–9098: `id` only takes `$in`, also for a single ID.
		const one = await run({ resource: 'timesheetEntry', operation: 'getAll', returnAll: true, filters: { ids: [String(other.id)] } });
		expect(one.error).toBeUndefined();
		expect(server.last().query).toEqual({ id: { $in: String(other.id) }, $limit: '250', $skip: '0' });
		expect(one.json.map((row) => row.id)).toEqual([other.id]);

		const two = await run({
			resource: 'timesheetEntry',
			operation: 'getAll',
			returnAll: true,
			filters: { ids: `${String(open.id)}, ${String(other.id)}` },
		});
		expect(server.last().query).toEqual({ id: { $in: [String(open.id), String(other.id)] }, $limit: '250', $skip: '0' });
		expect(two.json.map((row) => row.id)).toEqual([open.id, other.id]);
	});

	it('refuses filters that contradict each other before any request', async () => {
		const { server, run } = ctx;
		const open = await run({
			resource: 'timesheetEntry',
			operation: 'getAll',
			returnAll: true,
			filters: { endTime: '17:00:00', withoutEndTime: true },
		});
		expect(open.error?.name).toBe('NodeOperationError');
		expect(open.error?.message).toBe('Invalid "Without End Time Only" in item 0: cannot be combined with "End Time"');

		const dates = await run({
			resource: 'timesheetEntry',
			operation: 'getAll',
			returnAll: true,
			filters: { date: '2024-03-01', dateTo: '2024-03-31' },
		});
		expect(dates.error?.name).toBe('NodeOperationError');
		expect(dates.error?.message).toBe('Invalid "Date" in item 0: cannot be combined with "Date From" or "Date To"');
		expect(server.requests).toHaveLength(0);
	});
});
