import { byId, humaansSuite } from './setup';

describe('Humaans › Time Away Adjustment', () => {
	const ctx = humaansSuite();
	let ada: string;
	let pto: string;
	beforeAll(async () => {
		ada = String(ctx.server.seed('/api/people', [{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' }])[0].id);
		pto = String(ctx.server.seed('/api/time-away-types', [{ name: 'Paid time off', emoji: '🏝', category: 'timeOff' }])[0].id);
	});

	it('creates, gets, updates, lists and deletes an adjustment', async () => {
		const { server, run } = ctx;
		const created = await run(
			{
				resource: 'timeAwayAdjustment',
				operation: 'create',
				personId: byId(ada),
				timeAwayTypeId: byId(pto),
				date: '2024-03-01',
				reason: 'For working over the weekend.',
				additionalFields: { deltaAmount: '={{ $json.days }}', unit: 'days', validUntil: '={{ $json.expires }}' },
			},
			[{ json: { days: -1.5, expires: '2029-03-01T23:30:00+09:00' } }],
		);
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/time-away-adjustments' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId: ada,
			timeAwayTypeId: pto,
			date: '2024-03-01',
			reason: 'For working over the weekend.',
			deltaAmount: -1.5,
			unit: 'days',
			validUntil: '2029-03-01',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, deltaAmount: -1.5, validUntil: '2029-03-01' });

		const got = await run({ resource: 'timeAwayAdjustment', operation: 'get', timeAwayAdjustmentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/time-away-adjustments/${id}` });
		expect(got.json).toEqual([expect.objectContaining({ id, personId: ada, reason: 'For working over the weekend.' })]);

		const updated = await run({
			resource: 'timeAwayAdjustment',
			operation: 'update',
			timeAwayAdjustmentId: byId(id),
			updateFields: { deltaAmount: 2, validUntil: '', reason: 'Corrected' },
		});
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/time-away-adjustments/${id}` });
		expect(server.last().body).toEqual({ deltaAmount: 2, validUntil: null, reason: 'Corrected' });
		expect(updated.json[0]).toMatchObject({ id, deltaAmount: 2, validUntil: null, reason: 'Corrected' });

		const listed = await run({ resource: 'timeAwayAdjustment', operation: 'getAll', returnAll: true, filters: { personIds: [ada] } });
		expect(server.last().query).toEqual({ personId: ada, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timeAwayAdjustment', operation: 'delete', timeAwayAdjustmentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/time-away-adjustments/${id}` });
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('filters by people and date range and sorts by date', async () => {
		const { server, run } = ctx;
		const rows = server.seed('/api/time-away-adjustments', [
			{ personId: ada, timeAwayTypeId: pto, date: '2024-05-01', deltaAmount: 1, reason: 'b' },
			{ personId: ada, timeAwayTypeId: pto, date: '2024-02-01', deltaAmount: 1, reason: 'a' },
			{ personId: ada, timeAwayTypeId: pto, date: '2025-01-01', deltaAmount: 1, reason: 'late' },
			{ personId: 'someoneElse', timeAwayTypeId: pto, date: '2024-03-01', deltaAmount: 1, reason: 'other' },
		]);
		const result = await run({
			resource: 'timeAwayAdjustment',
			operation: 'getAll',
			returnAll: true,
			filters: {
				personIds: [ada, 'nobody'],
				dateFrom: '={{ DateTime.fromISO("2024-01-01") }}',
				dateTo: '2024-12-31',
				sortByDate: 1,
			},
		});
		expect(result.error).toBeUndefined();
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({
			personId: { $in: [ada, 'nobody'] },
			date: { $gte: '2024-01-01', $lte: '2024-12-31' },
			$sort: { date: '1' },
			$limit: '250',
			$skip: '0',
		});
		expect(result.json.map((row) => row.reason)).toEqual(['a', 'b']);
		expect(result.json.map((row) => row.id)).toEqual([rows[1].id, rows[0].id]);
	});

	it('refuses a non-numeric delta before any request', async () => {
		const result = await ctx.run({
			resource: 'timeAwayAdjustment',
			operation: 'update',
			timeAwayAdjustmentId: byId('abc'),
			updateFields: { deltaAmount: '={{ "two" }}' },
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Delta Amount" in item 0: "two" is not a number');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
