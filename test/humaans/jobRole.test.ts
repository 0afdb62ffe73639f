import { byId, humaansSuite } from './setup';

describe('Humaans › Job Role', () => {
	const ctx = humaansSuite();
	let personId: string;
	let managerId: string;
	beforeAll(async () => {
		const [person, manager] = ctx.server.seed('/api/people', [
			{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' },
			{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' },
		]);
		personId = String(person.id);
		managerId = String(manager.id);
	});

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const auth = `Bearer ${server.token}`;

		const first = await run(
			{
				resource: 'jobRole',
				operation: 'create',
				personId: byId(personId),
				jobTitle: 'Software Engineer',
				// An ISO date-time from the input item: sent as the calendar day it names.
				effectiveDate: '={{ $json.start }}',
				additionalFields: { department: 'Engineering', reportingTo: byId(managerId), note: 'Joined' },
			},
			[{ json: { start: '2020-02-15T23:30:00+01:00' } }],
		);
		expect(first.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/job-roles' });
		expect(createCall.headers.authorization).toBe(auth);
		expect(createCall.body).toEqual({
			personId,
			jobTitle: 'Software Engineer',
			effectiveDate: '2020-02-15',
			department: 'Engineering',
			reportingTo: managerId,
			note: 'Joined',
		});
		const firstId = String(first.json[0].id);
		expect(first.json[0]).toEqual({
			id: firstId,
			personId,
			jobTitle: 'Software Engineer',
			department: 'Engineering',
			effectiveDate: '2020-02-15',
			endDate: null,
			reportingTo: managerId,
			note: 'Joined',
			isFirst: true,
			createdAt: expect.any(String),
			updatedAt: expect.any(String),
		});

		const second = await run({
			resource: 'jobRole',
			operation: 'create',
			personId: byId(personId),
			jobTitle: 'Senior Engineer',
			effectiveDate: '2022-01-01',
		});
		expect(server.last().body).toEqual({ personId, jobTitle: 'Senior Engineer', effectiveDate: '2022-01-01' });
		const secondId = String(second.json[0].id);
		expect(second.json[0]).toMatchObject({ isFirst: false, department: null });

		const got = await run({ resource: 'jobRole', operation: 'get', jobRoleId: byId(secondId) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/job-roles/${secondId}` });
		expect(server.last().headers.authorization).toBe(auth);
		// Simplified: isFirst and the timestamps are left out.
		expect(got.json).toEqual([
			{ id: secondId, personId, jobTitle: 'Senior Engineer', department: null, effectiveDate: '2022-01-01', endDate: null, reportingTo: null, note: null },
		]);

		const updated = await run({
			resource: 'jobRole',
			operation: 'update',
			jobRoleId: byId(secondId),
			updateFields: { department: 'Platform', reportingTo: byId(''), effectiveDate: '2022-02-01' },
		});
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/job-roles/${secondId}` });
		expect(server.last().body).toEqual({ department: 'Platform', reportingTo: null, effectiveDate: '2022-02-01' });
		expect(updated.json[0]).toMatchObject({ id: secondId, department: 'Platform', effectiveDate: '2022-02-01' });

		const listed = await run({
			resource: 'jobRole',
			operation: 'getAll',
			returnAll: true,
			filters: { personId: byId(personId), asOf: '={{ DateTime.fromISO("2022-06-01") }}' },
		});
		const listCall = server.last();
		expect(listCall).toMatchObject({ method: 'GET', path: '/api/job-roles' });
		expect(listCall.headers.authorization).toBe(auth);
		expect(listCall.query).toEqual({ personId, $asOf: '2022-06-01', $limit: '250', $skip: '0' });
		expect(listCall.rawQuery).toContain('%24asOf=2022-06-01');
		expect(listed.json.map((row) => row.id).sort()).toEqual([firstId, secondId].sort());

		const deleted = await run({ resource: 'jobRole', operation: 'delete', jobRoleId: byId(firstId) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/job-roles/${firstId}` });
		expect(server.last().headers.authorization).toBe(auth);
		expect(deleted.json).toEqual([{ id: firstId, deleted: true }]);

		// The document: deleting a person's last job role returns an error.
		const last = await run({ resource: 'jobRole', operation: 'delete', jobRoleId: byId(secondId) });
		expect(last.error?.name).toBe('NodeApiError');
		expect(last.error?.message).toBe('A person must have at least one job role [code ValidationError]');
		expect(server.table('/api/job-roles').has(secondId)).toBe(true);
	});

	it('lists only the picked person', async () => {
		ctx.server.seed('/api/job-roles', [
			{ personId: managerId, jobTitle: 'CTO', effectiveDate: '2019-01-01' },
			{ personId: 'someoneElse', jobTitle: 'Designer', effectiveDate: '2019-01-01' },
		]);
		const listed = await ctx.run({ resource: 'jobRole', operation: 'getAll', returnAll: true, filters: { personId: byId(managerId) } });
		expect(ctx.server.last().query).toEqual({ personId: managerId, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.jobTitle)).toEqual(['CTO']);
	});

	it('requires person, job title and effective date before any request', async () => {
		const result = await ctx.run(
			{
				resource: 'jobRole',
				operation: 'create',
				personId: byId(personId),
				jobTitle: 'Engineer',
				effectiveDate: '={{ $json.start }}',
			},
			[{ json: { start: '' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Effective Date" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
