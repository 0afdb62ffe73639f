import { byId, humaansSuite } from './setup';

describe('Humaans › Custom Value', () => {
	const ctx = humaansSuite();
	let personId: string;
	let textField: string;
	let multiField: string;
	let dateField: string;
	beforeAll(async () => {
		const [person] = ctx.server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		personId = String(person.id);
		const fields = ctx.server.seed('/api/custom-fields', [
			{ name: 'Payroll code', section: 'employment', type: 'text', config: {} },
			{ name: 'Kit', section: 'employment', type: 'multiSelect', config: { choices: ['Red', 'Green', 'Blue'] } },
			{ name: 'Vested', section: 'employment', type: 'date', config: {} },
		]);
		[textField, multiField, dateField] = fields.map((field) => String(field.id));
	});

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'customValue',
			operation: 'create',
			personId: byId(personId),
			customFieldId: byId(textField),
			value: 'C8899754',
			additionalFields: { resourceId: 'X2O5IvAMDl3a88p7rbOiKImc' },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/custom-values');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId,
			customFieldId: textField,
			value: 'C8899754',
			resourceId: 'X2O5IvAMDl3a88p7rbOiKImc',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, value: 'C8899754', customFieldId: textField });

		const got = await run({ resource: 'customValue', operation: 'get', customValueId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/custom-values/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([expect.objectContaining({ id, value: 'C8899754', personId })]);

		const updated = await run({ resource: 'customValue', operation: 'update', customValueId: byId(id), updateFields: { value: 'C7864654' } });
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/custom-values/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ value: 'C7864654' });
		expect(updated.json[0]).toMatchObject({ id, value: 'C7864654' });

		// An emptied value clears it (the document allows null).
		const cleared = await run({ resource: 'customValue', operation: 'update', customValueId: byId(id), updateFields: { value: '' } });
		expect(server.last().body).toEqual({ value: null });
		expect(cleared.json[0]).toMatchObject({ id, value: null });

		const listed = await run({ resource: 'customValue', operation: 'getAll', returnAll: true, filters: { personId: byId(personId) } });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/custom-values' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ personId, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toContain(id);

		const deleted = await run({ resource: 'customValue', operation: 'delete', customValueId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/custom-values/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('sends a multi select value as an array, from JSON text or an expression', async () => {
		const { server, run } = ctx;
		const fromText = await run({
			resource: 'customValue',
			operation: 'create',
			personId: byId(personId),
			customFieldId: byId(multiField),
			value: '["Red", "Blue"]',
		});
		expect(fromText.error).toBeUndefined();
		expect(server.last().body).toEqual({ personId, customFieldId: multiField, value: ['Red', 'Blue'] });
		expect(fromText.json[0]).toMatchObject({ value: ['Red', 'Blue'] });

		const id = String(fromText.json[0].id);
		const fromExpression = await run(
			{ resource: 'customValue', operation: 'update', customValueId: byId(id), updateFields: { value: '={{ $json.colours }}' } },
			[{ json: { colours: ['Green', 'Red'] } }],
		);
		expect(fromExpression.error).toBeUndefined();
		expect(server.last().body).toEqual({ value: ['Green', 'Red'] });
		expect(fromExpression.json[0]).toMatchObject({ id, value: ['Green', 'Red'] });
	});

	it('sends a date from an expression as YYYY-MM-DD and keeps bracketed text as text', async () => {
		const { server, run } = ctx;
		const dated = await run({
			resource: 'customValue',
			operation: 'create',
			personId: byId(personId),
			customFieldId: byId(dateField),
			value: '={{ DateTime.fromObject({ year: 2024, month: 3, day: 1, hour: 17 }) }}',
		});
		expect(dated.error).toBeUndefined();
		expect(server.last().body).toMatchObject({ value: '2024-03-01' });

		const bracketed = await run({
			resource: 'customValue',
			operation: 'create',
			personId: byId(personId),
			customFieldId: byId(textField),
			value: '[draft] code',
		});
		expect(bracketed.error).toBeUndefined();
		expect(server.last().body).toMatchObject({ value: '[draft] code' });
	});

	it('refuses a list holding objects before any request', async () => {
		const { server, run } = ctx;
		const result = await run({
			resource: 'customValue',
			operation: 'create',
			personId: byId(personId),
			customFieldId: byId(multiField),
			value: '[{"a": 1}]',
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Value" in item 0: a list value must contain only text');
		expect(server.requests).toHaveLength(0);
	});

	it('filters custom fields and resources with $in / $nin and timestamps with ranges', async () => {
		const { server, run } = ctx;
		const rows = server.seed('/api/custom-values', [
			{ personId, customFieldId: textField, resourceId: 'bank1', value: 'A', createdAt: '2024-01-10T10:00:00.000Z' },
			{ personId, customFieldId: textField, resourceId: 'bank2', value: 'B', createdAt: '2024-02-10T10:00:00.000Z' },
			{ personId, customFieldId: dateField, resourceId: 'bank1', value: '2024-01-01', createdAt: '2024-02-11T10:00:00.000Z' },
			{ personId, customFieldId: multiField, resourceId: 'bank1', value: ['Red'], createdAt: '2024-02-12T10:00:00.000Z' },
		]);
		const listed = await run({
			resource: 'customValue',
			operation: 'getAll',
			returnAll: true,
			filters: {
				customFieldIds: [textField, dateField],
				excludeResourceIds: ['bank2'],
				createdAtFrom: '2024-02-01T00:00:00.000Z',
				createdAtTo: '={{ DateTime.fromISO("2024-03-01T00:00:00.000Z", { zone: "utc" }) }}',
			},
		});
		expect(listed.error).toBeUndefined();
		expect(server.last().query).toEqual({
			customFieldId: { $in: [textField, dateField] },
			resourceId: { $nin: 'bank2' },
			createdAt: { $gte: '2024-02-01T00:00:00.000Z', $lte: '2024-03-01T00:00:00.000Z' },
			$limit: '250',
			$skip: '0',
		});
		expect(listed.json.map((row) => row.id)).toEqual([rows[2].id]);

		const excluded = await run({
			resource: 'customValue',
			operation: 'getAll',
			returnAll: true,
			filters: { excludeCustomFieldIds: [textField, multiField], resourceIds: ['bank1', 'bank2'], updatedAtFrom: '2000-01-01T00:00:00Z' },
		});
		expect(server.last().query).toEqual({
			customFieldId: { $nin: [textField, multiField] },
			resourceId: { $in: ['bank1', 'bank2'] },
			updatedAt: { $gte: '2000-01-01T00:00:00.000Z' },
			$limit: '250',
			$skip: '0',
		});
		expect(excluded.json.map((row) => row.id)).toEqual([rows[2].id]);
	});
});
