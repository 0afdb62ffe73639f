import { byId, humaansSuite } from './setup';

describe('Humaans › Equipment', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const personId = String(person.id);
		const [receipt] = server.seed('/api/files', [{ type: 'equipment', filename: 'receipt.pdf', url: `${server.baseUrl}/download/file/r1` }]);
		const fileId = String(receipt.id);

		const created = await run({
			resource: 'equipment',
			operation: 'create',
			personId: byId(personId),
			type: 'Laptop',
			name: 'MacBook Pro (13-inch, 2017)',
			issueDate: '={{ DateTime.fromObject({ year: 2020, month: 1, day: 28, hour: 23, minute: 45 }) }}',
			additionalFields: { serialNumber: 'C012345678', cost: '1299', currency: 'EUR', fileId, receiptDate: '2020-01-29' },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/equipment');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId,
			type: 'Laptop',
			name: 'MacBook Pro (13-inch, 2017)',
			issueDate: '2020-01-28',
			serialNumber: 'C012345678',
			cost: '1299',
			currency: 'EUR',
			fileId,
			receiptDate: '2020-01-29',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({
			id,
			fileId,
			file: { id: fileId, filename: 'receipt.pdf', url: `${server.baseUrl}/download/file/r1` },
			collectionDate: null,
		});

		// Get is simplified by default: the ten chosen keys only.
		const got = await run({ resource: 'equipment', operation: 'get', equipmentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/equipment/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([
			{
				id,
				personId,
				type: 'Laptop',
				name: 'MacBook Pro (13-inch, 2017)',
				serialNumber: 'C012345678',
				cost: '1299',
				currency: 'EUR',
				issueDate: '2020-01-28',
				receiptDate: '2020-01-29',
				collectionDate: null,
			},
		]);

		const updated = await run({
			resource: 'equipment',
			operation: 'update',
			equipmentId: byId(id),
			updateFields: { name: 'MacBook Pro (13-inch, 2020)', collectionDate: '2024-12-31T18:00:00.000Z', fileId: '', note: 'Returned' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/equipment/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({
			name: 'MacBook Pro (13-inch, 2020)',
			collectionDate: '2024-12-31',
			fileId: null,
			note: 'Returned',
		});
		expect(updated.json[0]).toMatchObject({ id, collectionDate: '2024-12-31', fileId: null, file: null, note: 'Returned' });

		const listed = await run({
			resource: 'equipment',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			filters: { personId: byId(personId) },
		});
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/equipment' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ personId, $limit: '250', $skip: '0' });
		expect(listed.json).toEqual([expect.objectContaining({ id, note: 'Returned', collectedBy: null, createdAt: expect.any(String) })]);

		const deleted = await run({ resource: 'equipment', operation: 'delete', equipmentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/equipment/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('lists only the chosen person, simplified', async () => {
		const { server, run } = ctx;
		const rows = server.seed('/api/equipment', [
			{ personId: 'p-1', type: 'Laptop', name: 'ThinkPad', issueDate: '2023-01-01', note: 'Hidden when simplified' },
			{ personId: 'p-2', type: 'Screen', name: 'Dell', issueDate: '2023-02-01' },
		]);
		const listed = await run({ resource: 'equipment', operation: 'getAll', returnAll: false, limit: 5, filters: { personId: byId('p-1') } });
		expect(server.last().query).toEqual({ personId: 'p-1', $limit: '5', $skip: '0' });
		expect(listed.json).toEqual([{ id: rows[0].id, personId: 'p-1', type: 'Laptop', name: 'ThinkPad', issueDate: '2023-01-01' }]);
	});

	it('refuses a missing issue date and a bad date before any request', async () => {
		const { server, run } = ctx;
		const base = { resource: 'equipment', operation: 'create', personId: byId('p1'), type: 'Laptop', name: 'X' };
		// An expression that resolves to nothing passes n8n's own required check.
		const missing = await run({ ...base, issueDate: '={{ $json.issued }}' }, [{ json: { issued: '' } }]);
		expect(missing.error?.message).toBe('Invalid "Issue Date" in item 0: a value is required');
		const bad = await run({ ...base, issueDate: '2024-01-01', additionalFields: { receiptDate: '31.01.2024' } });
		expect(bad.error?.message).toBe('Invalid "Receipt Date" in item 0: "31.01.2024" is not a valid date');
		expect(server.requests).toHaveLength(0);
	});
});
