import { byId, humaansSuite } from './setup';

describe('Humaans › Timesheet Submission', () => {
	const ctx = humaansSuite();
	beforeEach(() => {
		ctx.server.table('/api/timesheet-submissions').clear();
	});

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const personId = String(person.id);
		server.seed('/api/timesheet-entries', [
			{ personId, date: '2020-04-01', startTime: '09:00:00', endTime: '12:30:00', duration: { hours: 3, minutes: 30 } },
			{ personId, date: '2020-04-02', startTime: '09:00:00', endTime: '17:00:00', duration: { hours: 8, minutes: 0 } },
		]);

		const created = await run({
			resource: 'timesheetSubmission',
			operation: 'create',
			personId: byId(personId),
			startDate: '={{ DateTime.fromObject({ year: 2020, month: 4, day: 1, hour: 23, minute: 59 }) }}',
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/timesheet-submissions' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ personId, startDate: '2020-04-01' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({
			id,
			status: 'pending',
			endDate: '2020-04-30',
			durationAsTime: { hours: 11, minutes: 30 },
			durationAsDays: 2,
		});

		const got = await run({ resource: 'timesheetSubmission', operation: 'get', timesheetSubmissionId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/timesheet-submissions/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		// Simplified: no durationAsTime, createdAt or updatedAt.
		expect(got.json).toEqual([
			{
				id,
				personId,
				startDate: '2020-04-01',
				endDate: '2020-04-30',
				status: 'pending',
				submittedAt: created.json[0].submittedAt,
				reviewedBy: null,
				reviewedAt: null,
				changesRequested: null,
				durationAsDays: 2,
			},
		]);

		const updated = await run({
			resource: 'timesheetSubmission',
			operation: 'update',
			timesheetSubmissionId: byId(id),
			status: 'rejected',
			updateFields: { changesRequested: 'Missing hours from weekend shift.' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/timesheet-submissions/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ status: 'rejected', changesRequested: 'Missing hours from weekend shift.' });
		expect(updated.json[0]).toMatchObject({ id, status: 'rejected', reviewedBy: server.me.id });

		// humaans.txt 9492: status alone is a complete update.
		const approved = await run({ resource: 'timesheetSubmission', operation: 'update', timesheetSubmissionId: byId(id), status: 'approved' });
		expect(server.last().body).toEqual({ status: 'approved' });
		expect(approved.json[0]).toMatchObject({ status: 'approved' });

		server.seed('/api/timesheet-submissions', [{ personId: 'someoneElse', startDate: '2020-04-01', status: 'pending' }]);
		const listed = await run({
			resource: 'timesheetSubmission',
			operation: 'getAll',
			returnAll: true,
			filters: { personId: byId(personId), startDate: '2020-04-01' },
		});
		expect(listed.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/timesheet-submissions' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ personId, startDate: '2020-04-01', $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timesheetSubmission', operation: 'delete', timesheetSubmissionId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/timesheet-submissions/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('lists by a start date range', async () => {
		const { server, run } = ctx;
		const [, april, may] = server.seed('/api/timesheet-submissions', [
			{ personId: 'p1', startDate: '2024-03-01', status: 'approved' },
			{ personId: 'p1', startDate: '2024-04-01', status: 'pending' },
			{ personId: 'p1', startDate: '2024-05-01', status: 'pending' },
		]);
		const listed = await run({
			resource: 'timesheetSubmission',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			filters: { startDateFrom: '2024-04-01', startDateTo: '2024-05-01' },
		});
		expect(server.last().query).toEqual({ startDate: { $gte: '2024-04-01', $lte: '2024-05-01' }, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([april.id, may.id]);
	});

	it('refuses a status outside the documented ones before any request', async () => {
		const result = await ctx.run(
			{ resource: 'timesheetSubmission', operation: 'update', timesheetSubmissionId: byId('abc'), status: '={{ $json.status }}' },
			[{ json: { status: 'done' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Status" in item 0: "done" is not one of approved, pending, rejected');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
