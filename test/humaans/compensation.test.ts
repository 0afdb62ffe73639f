import { byId, humaansSuite } from './setup';

describe('Humaans › Compensation', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const [salary] = server.seed('/api/compensation-types', [{ name: 'Salary', baseType: 'salary' }]);
		const personId = String(person.id);
		const typeId = String(salary.id);

		const created = await run({
			resource: 'compensation',
			operation: 'create',
			personId: byId(personId),
			compensationTypeId: byId(typeId),
			amount: '70000',
			period: 'annual',
			// A luxon DateTime from an expression is sent as the calendar date the user sees.
			effectiveDate: '={{ DateTime.fromObject({ year: 2024, month: 2, day: 15, hour: 9, minute: 30 }) }}',
			additionalFields: { currency: 'EUR', note: 'Promotion', endDate: '2025-01-31T00:00:00.000Z' },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/compensations');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId,
			compensationTypeId: typeId,
			amount: '70000',
			period: 'annual',
			effectiveDate: '2024-02-15',
			currency: 'EUR',
			note: 'Promotion',
			endDate: '2025-01-31',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ personId, amount: '70000', effectiveDate: '2024-02-15', endReason: null });

		// Get: simplified by default, raw on request.
		const got = await run({ resource: 'compensation', operation: 'get', compensationId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/compensations/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([
			{
				id,
				personId,
				compensationTypeId: typeId,
				amount: '70000',
				currency: 'EUR',
				period: 'annual',
				effectiveDate: '2024-02-15',
				endDate: '2025-01-31',
			},
		]);
		const raw = await run({ resource: 'compensation', operation: 'get', compensationId: byId(id), simplify: false });
		expect(raw.json[0]).toMatchObject({ id, note: 'Promotion', endReason: null, createdAt: expect.any(String) });

		const updated = await run({
			resource: 'compensation',
			operation: 'update',
			compensationId: byId(id),
			updateFields: { amount: '75000', period: 'monthly', note: '', endReason: 'Restructure' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/compensations/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ amount: '75000', period: 'monthly', note: null, endReason: 'Restructure' });
		expect(updated.json[0]).toMatchObject({ id, amount: '75000', period: 'monthly', note: null, endReason: 'Restructure' });

		const listed = await run({ resource: 'compensation', operation: 'getAll', returnAll: true, simplify: false });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/compensations' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(listed.json).toEqual([expect.objectContaining({ id, amount: '75000', createdAt: expect.any(String) })]);

		const deleted = await run({ resource: 'compensation', operation: 'delete', compensationId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/compensations/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
		expect(server.table('/api/compensations').has(id)).toBe(false);
	});

	it('filters by people ($in), compensation type and $asOf date', async () => {
		const { server, run } = ctx;
		const [a, b, c] = server.seed('/api/people', [
			{ firstName: 'A', lastName: 'One', status: 'active' },
			{ firstName: 'B', lastName: 'Two', status: 'active' },
			{ firstName: 'C', lastName: 'Three', status: 'active' },
		]);
		const [salary, bonus] = server.seed('/api/compensation-types', [
			{ name: 'Salary', baseType: 'salary' },
			{ name: 'Bonus', baseType: 'bonus' },
		]);
		const rows = server.seed('/api/compensations', [
			{ personId: a.id, compensationTypeId: salary.id, amount: '1', period: 'annual', effectiveDate: '2024-01-01' },
			{ personId: b.id, compensationTypeId: salary.id, amount: '2', period: 'annual', effectiveDate: '2024-01-01' },
			{ personId: b.id, compensationTypeId: bonus.id, amount: '3', period: 'fixed', effectiveDate: '2024-01-01' },
			{ personId: c.id, compensationTypeId: salary.id, amount: '4', period: 'annual', effectiveDate: '2024-01-01' },
		]);

		const listed = await run({
			resource: 'compensation',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			filters: {
				personIds: [String(a.id), String(b.id)],
				compensationTypeId: byId(String(salary.id)),
				asOf: '2024-06-30T15:00:00',
			},
		});
		expect(listed.error).toBeUndefined();
		const call = server.last();
		expect(call.path).toBe('/api/compensations');
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({
			personId: { $in: [String(a.id), String(b.id)] },
			compensationTypeId: String(salary.id),
			$asOf: '2024-06-30',
			$limit: '10',
			$skip: '0',
		});
		expect(call.rawQuery).toContain(`personId%5B%24in%5D=${String(a.id)}&personId%5B%24in%5D=${String(b.id)}`);
		expect(listed.json.map((row) => row.id).sort()).toEqual([rows[0].id, rows[1].id].sort());
		// Simplify keeps the chosen keys that the record has (these seeds have no currency/endDate).
		expect(Object.keys(listed.json[0]).sort()).toEqual(['amount', 'compensationTypeId', 'effectiveDate', 'id', 'period', 'personId']);
	});

	it('refuses a period outside the documented enum and a bad date before any request', async () => {
		const { server, run } = ctx;
		const base = {
			resource: 'compensation',
			operation: 'create',
			personId: byId('p1'),
			compensationTypeId: byId('t1'),
			amount: '10',
			effectiveDate: '2024-01-01',
		};
		const badPeriod = await run({ ...base, period: '={{ "yearly" }}' });
		expect(badPeriod.error?.name).toBe('NodeOperationError');
		expect(badPeriod.error?.message).toBe(
			'Invalid "Period" in item 0: "yearly" is not one of annual, biannual, biweekly, daily, fixed, hourly, monthly, quarterly, sale, weekly',
		);
		const badDate = await run({ ...base, period: 'annual', effectiveDate: 'next tuesday' });
		expect(badDate.error?.message).toBe('Invalid "Effective Date" in item 0: "next tuesday" is not a valid date');
		expect(server.requests).toHaveLength(0);
	});

	it('the contract server refuses an undocumented field', async () => {
		// "personId" is not among the update parameters (humaans.txt 1130–1162); the node never
		// sends it, but the server must still refuse it as the API does.
		const { server } = ctx;
		const [row] = server.seed('/api/compensations', [{ personId: 'p', compensationTypeId: 't', amount: '1', period: 'annual', effectiveDate: '2024-01-01' }]);
		const response = await fetch(`${server.baseUrl}/api/compensations/${String(row.id)}`, {
			method: 'PATCH',
			headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
			body: JSON.stringify({ personId: 'other' }),
		});
		expect(response.status).toBe(422);
	});
});
