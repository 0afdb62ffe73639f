import { byId, humaansSuite } from './setup';

describe('Humaans › Time Away Period', () => {
	const ctx = humaansSuite();
	let ada: string;
	let rows: Array<Record<string, unknown>>;
	beforeAll(async () => {
		ada = String(ctx.server.seed('/api/people', [{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' }])[0].id);
		const period = { timeAwayTypeId: 'pto', isFinalPeriod: false, allowance: 25, accrued: 8, used: 2, pending: 0, balance: 6, endingBalance: 23 };
		rows = ctx.server.seed('/api/time-away-periods', [
			{ ...period, personId: ada, startDate: '2023-01-01', endDate: '2023-12-31', isCurrentPeriod: false },
			{ ...period, personId: ada, startDate: '2024-01-01', endDate: '2024-12-31', isCurrentPeriod: true },
			{ ...period, personId: 'someoneElse', startDate: '2024-01-01', endDate: '2024-12-31', isCurrentPeriod: true },
		]);
	});

	it('lists the current period of a person with balances as of a date', async () => {
		const { server, run } = ctx;
		const result = await run(
			{
				resource: 'timeAwayPeriod',
				operation: 'getAll',
				returnAll: true,
				filters: { personId: byId(ada), isCurrentPeriod: true, date: '={{ $json.asOf }}' },
			},
			[{ json: { asOf: '2024-06-30T23:00:00-04:00' } }],
		);
		expect(result.error).toBeUndefined();
		const call = server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/time-away-periods' });
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({ personId: ada, isCurrentPeriod: 'true', date: '2024-06-30', $limit: '250', $skip: '0' });
		// Simplify (on by default) keeps the summary keys.
		expect(result.json).toEqual([
			{
				id: rows[1].id,
				personId: ada,
				timeAwayTypeId: 'pto',
				startDate: '2024-01-01',
				endDate: '2024-12-31',
				isCurrentPeriod: true,
				allowance: 25,
				accrued: 8,
				used: 2,
				balance: 6,
			},
		]);
	});

	it('pages with Limit and returns raw records when Simplify is off', async () => {
		const { server, run } = ctx;
		const result = await run({
			resource: 'timeAwayPeriod',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { isFinalPeriod: false },
			simplify: false,
		});
		expect(server.last().query).toEqual({ isFinalPeriod: 'false', $limit: '2', $skip: '0' });
		expect(result.json.map((row) => row.id)).toEqual([rows[0].id, rows[1].id]);
		expect(result.json[0]).toMatchObject({ endingBalance: 23, pending: 0, createdAt: expect.any(String) });
	});
});
