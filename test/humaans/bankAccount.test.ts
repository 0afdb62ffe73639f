import { byId, humaansSuite } from './setup';

describe('Humaans › Bank Account', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);

		const created = await run({
			resource: 'bankAccount',
			operation: 'create',
			personId: byId(String(person.id)),
			additionalFields: { bankName: 'Mondo', sortCode: '00-00-00' },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/bank-accounts');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ personId: person.id, bankName: 'Mondo', sortCode: '00-00-00' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ personId: person.id, bankName: 'Mondo' });

		const got = await run({ resource: 'bankAccount', operation: 'get', bankAccountId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/bank-accounts/${id}` });
		expect(got.json).toEqual([expect.objectContaining({ id, bankName: 'Mondo' })]);

		const updated = await run({
			resource: 'bankAccount',
			operation: 'update',
			bankAccountId: byId(id),
			updateFields: { bankName: 'N1', swiftCode: '' },
		});
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/bank-accounts/${id}` });
		expect(server.last().body).toEqual({ bankName: 'N1', swiftCode: null });
		expect(updated.json[0]).toMatchObject({ id, bankName: 'N1', swiftCode: null });

		const listed = await run({
			resource: 'bankAccount',
			operation: 'getAll',
			returnAll: true,
			filters: { personIds: [String(person.id)] },
		});
		const listCall = server.last();
		expect(listCall.path).toBe('/api/bank-accounts');
		expect(listCall.query).toEqual({ personId: String(person.id), $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'bankAccount', operation: 'delete', bankAccountId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/bank-accounts/${id}` });
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});
});
