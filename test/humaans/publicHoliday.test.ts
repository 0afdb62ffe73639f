import { humaansSuite } from './setup';

describe('Humaans › Public Holiday', () => {
	const ctx = humaansSuite();
	let berlin: string;
	let france: string;
	let holidays: Array<Record<string, unknown>>;
	beforeAll(async () => {
		[berlin, france] = ctx.server
			.seed('/api/public-holiday-calendars', [{ name: 'Germany - Berlin' }, { name: 'France' }])
			.map((row) => String(row.id));
		holidays = ctx.server.seed('/api/public-holidays', [
			{ publicHolidayCalendarId: berlin, date: '2019-12-25', name: 'Christmas Day' },
			{ publicHolidayCalendarId: berlin, date: '2020-01-01', name: 'New year' },
			{ publicHolidayCalendarId: berlin, date: '2020-03-08', name: "Women's Day" },
			{ publicHolidayCalendarId: france, date: '2020-05-01', name: 'Fête du Travail' },
			{ publicHolidayCalendarId: france, date: '2020-12-25', name: 'Noël' },
		]);
	});

	it('lists the holidays of one calendar from a date, as in the document', async () => {
		const { server, run } = ctx;
		const result = await run({
			resource: 'publicHoliday',
			operation: 'getAll',
			returnAll: true,
			publicHolidayCalendarIds: [berlin],
			dateFrom: '2020-01-01',
		});
		expect(result.error).toBeUndefined();
		const call = server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/public-holidays' });
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({ publicHolidayCalendarId: berlin, date: { $gte: '2020-01-01' }, $limit: '250', $skip: '0' });
		expect(result.json.map((row) => row.name)).toEqual(['New year', "Women's Day"]);
		expect(result.json[0]).toEqual(expect.objectContaining({ id: holidays[1].id, date: '2020-01-01', publicHolidayCalendarId: berlin }));
	});

	it('lists several calendars in a date range given as date-times', async () => {
		const { server, run } = ctx;
		const result = await run(
			{
				resource: 'publicHoliday',
				operation: 'getAll',
				returnAll: false,
				limit: 10,
				publicHolidayCalendarIds: '={{ $json.calendars }}',
				dateFrom: '={{ DateTime.fromISO("2020-01-01T00:15:00", { zone: "Asia/Tokyo" }) }}',
				dateTo: '={{ $json.to }}',
			},
			[{ json: { calendars: [berlin, france], to: '2020-06-30T21:00:00-06:00' } }],
		);
		expect(result.error).toBeUndefined();
		expect(server.last().query).toEqual({
			publicHolidayCalendarId: { $in: [berlin, france] },
			date: { $gte: '2020-01-01', $lte: '2020-06-30' },
			$limit: '10',
			$skip: '0',
		});
		expect(result.json.map((row) => row.name)).toEqual(['New year', "Women's Day", 'Fête du Travail']);
	});

	it('requires a calendar and a start date before any request', async () => {
		const { server, run } = ctx;
		// Left empty in the editor, n8n itself refuses to run; expressions that come out empty reach the node.
		const noCalendar = await run({ resource: 'publicHoliday', operation: 'getAll', returnAll: true, publicHolidayCalendarIds: '={{ $json.none }}', dateFrom: '2020-01-01' });
		expect(noCalendar.error?.name).toBe('NodeOperationError');
		expect(noCalendar.error?.message).toBe('Invalid "Public Holiday Calendar Names or IDs" in item 0: a value is required');
		const noDate = await run({ resource: 'publicHoliday', operation: 'getAll', returnAll: true, publicHolidayCalendarIds: [berlin], dateFrom: '={{ "" }}' });
		expect(noDate.error?.message).toBe('Invalid "Date From" in item 0: a value is required');
		const badTo = await run({ resource: 'publicHoliday', operation: 'getAll', returnAll: true, publicHolidayCalendarIds: [berlin], dateFrom: '2020-01-01', dateTo: 'soon' });
		expect(badTo.error?.message).toBe('Invalid "Date To" in item 0: "soon" is not a valid date');
		expect(server.requests).toHaveLength(0);
	});

	it('the contract server answers 422 when a required filter is missing', async () => {
		const { server } = ctx;
		const get = async (query: string) => {
			const response = await fetch(`${server.baseUrl}/api/public-holidays${query}`, { headers: { authorization: `Bearer ${server.token}` } });
			return { status: response.status, body: (await response.json()) as Record<string, unknown> };
		};
		const noDate = await get(`?publicHolidayCalendarId=${berlin}`);
		expect(noDate.status).toBe(422);
		expect(noDate.body).toMatchObject({ code: 422, issues: [{ name: 'date', reason: 'required' }] });
		const noCalendar = await get('?date[$gte]=2020-01-01');
		expect(noCalendar.status).toBe(422);
		expect(noCalendar.body).toMatchObject({ issues: [{ name: 'publicHolidayCalendarId', reason: 'required' }] });
		expect((await get(`?publicHolidayCalendarId=${berlin}&date[$gte]=2020-01-01`)).status).toBe(200);
	});
});
