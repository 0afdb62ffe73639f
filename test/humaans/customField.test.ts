import { byId, humaansSuite } from './setup';

describe('Humaans › Custom Field', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'customField',
			operation: 'create',
			name: 'T-shirt size',
			section: 'personal',
			type: 'select',
			additionalFields: { config: '{ "choices": ["S", "M", "L"] }' },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/custom-fields');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ name: 'T-shirt size', section: 'personal', type: 'select', config: { choices: ['S', 'M', 'L'] } });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ name: 'T-shirt size', type: 'select', config: { choices: ['S', 'M', 'L'] } });

		const got = await run({ resource: 'customField', operation: 'get', customFieldId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/custom-fields/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([expect.objectContaining({ id, section: 'personal' })]);

		const updated = await run({
			resource: 'customField',
			operation: 'update',
			customFieldId: byId(id),
			updateFields: { name: 'Shirt size', config: '={{ { choices: ["M", "L", "XL"] } }}' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/custom-fields/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ name: 'Shirt size', config: { choices: ['M', 'L', 'XL'] } });
		expect(updated.json[0]).toMatchObject({ id, name: 'Shirt size', type: 'select', config: { choices: ['M', 'L', 'XL'] } });

		const listed = await run({ resource: 'customField', operation: 'getAll', returnAll: true });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/custom-fields' });
		expect(server.last().query).toEqual({ $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'customField', operation: 'delete', customFieldId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/custom-fields/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('filters sections and types with $in and $nin', async () => {
		const { server, run } = ctx;
		const rows = server.seed('/api/custom-fields', [
			{ name: 'Payroll code', section: 'employment', type: 'text', config: {} },
			{ name: 'Laptop colour', section: 'equipment', type: 'select', config: { choices: ['Grey'] } },
			{ name: 'Start kit', section: 'employment', type: 'multiSelect', config: {} },
			{ name: 'IBAN note', section: 'banking', type: 'text', config: {} },
			{ name: 'Mentor', section: 'employment', type: 'person', config: {} },
		]);
		const listed = await run({
			resource: 'customField',
			operation: 'getAll',
			returnAll: true,
			filters: { types: ['text', 'select', 'multiSelect'], excludeSections: ['banking', 'equipment'] },
		});
		expect(listed.error).toBeUndefined();
		expect(server.last().query).toEqual({
			type: { $in: ['text', 'select', 'multiSelect'] },
			section: { $nin: ['banking', 'equipment'] },
			$limit: '250',
			$skip: '0',
		});
		expect(listed.json.map((row) => row.name)).toEqual(['Payroll code', 'Start kit']);

		const others = await run({
			resource: 'customField',
			operation: 'getAll',
			returnAll: true,
			filters: { sections: ['employment'], excludeTypes: ['text'] },
		});
		// One section is plain equality; a single $nin value stays an operator.
		expect(server.last().query).toEqual({ section: 'employment', type: { $nin: 'text' }, $limit: '250', $skip: '0' });
		expect(others.json.map((row) => row.id)).toEqual([rows[2].id, rows[4].id]);
	});

	it('refuses a type outside the enum and invalid JSON before any request', async () => {
		const { server, run } = ctx;
		const badType = await run({ resource: 'customField', operation: 'create', name: 'X', section: 'employment', type: '={{ "Laptop" }}' });
		expect(badType.error?.name).toBe('NodeOperationError');
		expect(badType.error?.message).toBe(
			'Invalid "Type" in item 0: "Laptop" is not one of date, link, longText, multiSelect, person, select, text',
		);
		const badJson = await run({
			resource: 'customField',
			operation: 'create',
			name: 'X',
			section: 'employment',
			type: 'text',
			additionalFields: { config: '{ autocomplete: true' },
		});
		expect(badJson.error?.message).toBe('Invalid "Config" in item 0: the value is not valid JSON');
		expect(server.requests).toHaveLength(0);
	});

	it('passes on the API refusal of a date field in the diversity section', async () => {
		const { server, run } = ctx;
		const before = server.table('/api/custom-fields').size;
		const result = await run({ resource: 'customField', operation: 'create', name: 'Since', section: 'diversity', type: 'date' });
		expect(server.last().body).toEqual({ name: 'Since', section: 'diversity', type: 'date' });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Validation failed [code ValidationError]');
		expect((result.error as unknown as { description: string }).description).toBe(
			'type: must be one of text, select, multiSelect for section diversity',
		);
		expect(server.table('/api/custom-fields').size).toBe(before);
	});
});
