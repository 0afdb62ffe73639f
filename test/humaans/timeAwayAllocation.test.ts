import { byId, humaansSuite } from './setup';

const CUSTOM_POLICY = {
	name: 'Ada only',
	timeAwayPolicyVersion: { rules: [{ timeAwayTypeId: 'pto', limits: null }] },
};

describe('Humaans › Time Away Allocation', () => {
	const ctx = humaansSuite();
	let ada: string;
	let grace: string;
	let policy: string;
	beforeAll(async () => {
		const people = ctx.server.seed('/api/people', [
			{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' },
			{ firstName: 'Grace', lastName: 'Hopper', status: 'active' },
		]);
		ada = String(people[0].id);
		grace = String(people[1].id);
		policy = String(ctx.server.seed('/api/time-away-policies', [{ name: 'UK Policy', timeAwayPolicyVersion: { rules: [] } }])[0].id);
	});

	it('creates a specific allocation, gets, updates, lists and deletes it', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'timeAwayAllocation',
			operation: 'create',
			personId: byId(ada),
			type: 'specific',
			effectiveDate: '={{ $now.minus({ days: 1 }) }}',
			additionalFields: { timeAwayPolicyId: byId(policy), removeAllocations: true },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/time-away-allocations' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId: ada,
			type: 'specific',
			effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			timeAwayPolicyId: policy,
			removeAllocations: true,
		});
		const id = String(created.json[0].id);
		// The allocation carries the policy it applies.
		expect(created.json[0]).toMatchObject({ id, timeAwayPolicyId: policy, timeAwayPolicy: { id: policy, name: 'UK Policy' } });

		const got = await run({ resource: 'timeAwayAllocation', operation: 'get', timeAwayAllocationId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/time-away-allocations/${id}` });
		expect(got.json).toEqual([expect.objectContaining({ id, personId: ada, type: 'specific' })]);

		const updated = await run({
			resource: 'timeAwayAllocation',
			operation: 'update',
			timeAwayAllocationId: byId(id),
			updateFields: { type: 'custom', timeAwayPolicy: JSON.stringify(CUSTOM_POLICY), effectiveDate: '2020-04-30' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/time-away-allocations/${id}` });
		expect(server.last().body).toEqual({ type: 'custom', timeAwayPolicy: CUSTOM_POLICY, effectiveDate: '2020-04-30' });
		expect(updated.json[0]).toMatchObject({ id, type: 'custom', timeAwayPolicy: CUSTOM_POLICY });

		const listed = await run({ resource: 'timeAwayAllocation', operation: 'getAll', returnAll: true, filters: { personId: byId(ada) } });
		expect(server.last().query).toEqual({ personId: ada, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timeAwayAllocation', operation: 'delete', timeAwayAllocationId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/time-away-allocations/${id}` });
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('lists only current allocations', async () => {
		const { server, run } = ctx;
		const rows = server.seed('/api/time-away-allocations', [
			{ personId: grace, type: 'placeOfWork', effectiveDate: '2019-01-01' },
			{ personId: grace, type: 'placeOfWork', effectiveDate: '2021-01-01' },
			{ personId: grace, type: 'placeOfWork', effectiveDate: '2999-01-01' },
		]);
		const result = await run({
			resource: 'timeAwayAllocation',
			operation: 'getAll',
			returnAll: true,
			filters: { personId: byId(grace), isCurrent: true },
		});
		expect(server.last().query).toEqual({ personId: grace, isCurrent: 'true', $limit: '250', $skip: '0' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(result.json.map((row) => row.id)).toEqual([rows[1].id]);
	});

	it('refuses a custom allocation without an object policy before any request', async () => {
		const { server, run } = ctx;
		const base = { resource: 'timeAwayAllocation', operation: 'create', personId: byId(ada), effectiveDate: '2024-01-01' };
		const missing = await run({ ...base, type: 'custom' });
		expect(missing.error?.name).toBe('NodeOperationError');
		expect(missing.error?.message).toBe('Invalid "Custom Policy" in item 0: a policy object is required when the type is Custom');
		const list = await run({ ...base, type: 'custom', additionalFields: { timeAwayPolicy: '[1, 2]' } });
		expect(list.error?.message).toBe('Invalid "Custom Policy" in item 0: the value must be a JSON object');
		const specific = await run({ ...base, type: 'specific' });
		expect(specific.error?.message).toBe('Invalid "Time Away Policy" in item 0: a policy is required when the type is Specific');
		expect(server.requests).toHaveLength(0);
	});

	it('creates a place-of-work allocation with just the person, type and date', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'timeAwayAllocation',
			operation: 'create',
			personId: byId(grace),
			type: 'placeOfWork',
			effectiveDate: '2024-09-01',
		});
		expect(server.last().body).toEqual({ personId: grace, type: 'placeOfWork', effectiveDate: '2024-09-01' });
		expect(created.json[0]).toMatchObject({ type: 'placeOfWork', effectiveDate: '2024-09-01', timeAwayPolicyId: null });
	});
});
