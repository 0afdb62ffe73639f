import { humaansSuite } from './setup';

describe('Humaans › Public Holiday Calendar', () => {
	const ctx = humaansSuite();
	let calendars: Array<Record<string, unknown>>;
	beforeAll(async () => {
		calendars = ctx.server.seed('/api/public-holiday-calendars', [
			{ name: 'France', countryCode: 'FR', country: 'France', regionCode: null, region: null, dayCount: 11, companyId: 'c' },
			{ name: 'Germany - Berlin', countryCode: 'DE', country: 'Germany', regionCode: 'BE', region: 'Berlin', dayCount: 10, companyId: 'c' },
			{ name: 'United Kingdom', countryCode: 'GB', country: 'United Kingdom', regionCode: null, region: null, dayCount: 8, companyId: 'c' },
		]);
	});

	it('lists calendars, simplified by default', async () => {
		const { server, run } = ctx;
		const result = await run({ resource: 'publicHolidayCalendar', operation: 'getAll', returnAll: true });
		const call = server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/public-holiday-calendars' });
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({ $limit: '250', $skip: '0' });
		expect(result.json).toHaveLength(3);
		expect(result.json[1]).toEqual({
			id: calendars[1].id,
			name: 'Germany - Berlin',
			country: 'Germany',
			countryCode: 'DE',
			region: 'Berlin',
			regionCode: 'BE',
			dayCount: 10,
		});
	});

	it('includes ($in) and excludes ($nin) calendars by ID', async () => {
		const { server, run } = ctx;
		const [fr, de, gb] = calendars.map((c) => String(c.id));
		const result = await run({
			resource: 'publicHolidayCalendar',
			operation: 'getAll',
			returnAll: true,
			filters: { ids: [fr, de, gb], excludedIds: [de, gb] },
			simplify: false,
		});
		expect(server.last().query).toEqual({ id: { $in: [fr, de, gb], $nin: [de, gb] }, $limit: '250', $skip: '0' });
		expect(result.json.map((row) => row.id)).toEqual([fr]);
		expect(result.json[0]).toMatchObject({ companyId: 'c', createdAt: expect.any(String) });

		const excluded = await run({ resource: 'publicHolidayCalendar', operation: 'getAll', returnAll: true, filters: { excludedIds: [fr] } });
		expect(server.last().query).toEqual({ id: { $nin: fr }, $limit: '250', $skip: '0' });
		expect(server.last().rawQuery).toContain('id%5B%24nin%5D=');
		expect(excluded.json.map((row) => row.id)).toEqual([de, gb]);
	});
});
