import { Humaans } from '../../nodes/Humaans/Humaans.node';
import { byId, humaansSuite } from './setup';

describe('Humaans › Emergency Contact', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const personId = String(person.id);

		const created = await run({
			resource: 'emergencyContact',
			operation: 'create',
			personId: byId(personId),
			additionalFields: {
				name: 'Sean Reese',
				email: 'sean@example.com',
				phoneNumber: '+4479460000',
				relationship: 'Partner',
				isPrimary: true,
			},
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/emergency-contacts');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId,
			name: 'Sean Reese',
			email: 'sean@example.com',
			phoneNumber: '+4479460000',
			relationship: 'Partner',
			isPrimary: true,
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, personId, isPrimary: true, formattedPhoneNumber: '+4479460000' });

		const got = await run({ resource: 'emergencyContact', operation: 'get', emergencyContactId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/emergency-contacts/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([expect.objectContaining({ id, name: 'Sean Reese' })]);

		const updated = await run({
			resource: 'emergencyContact',
			operation: 'update',
			emergencyContactId: byId(id),
			updateFields: { email: 'sean.reese@example.com', relationship: '' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/emergency-contacts/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ email: 'sean.reese@example.com', relationship: null });
		expect(updated.json[0]).toMatchObject({ id, email: 'sean.reese@example.com', relationship: null, isPrimary: true });

		const listed = await run({ resource: 'emergencyContact', operation: 'getAll', returnAll: true, filters: { personIds: [personId] } });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/emergency-contacts' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ personId, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'emergencyContact', operation: 'delete', emergencyContactId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/emergency-contacts/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('filters by isPrimary (including false) and several people', async () => {
		const { server, run } = ctx;
		const [a, b] = server.seed('/api/people', [
			{ firstName: 'A', lastName: 'One', status: 'active' },
			{ firstName: 'B', lastName: 'Two', status: 'active' },
		]);
		const rows = server.seed('/api/emergency-contacts', [
			{ personId: a.id, name: 'A primary', isPrimary: true },
			{ personId: a.id, name: 'A second', isPrimary: false },
			{ personId: b.id, name: 'B primary', isPrimary: true },
			{ personId: 'someone-else', name: 'Other', isPrimary: false },
		]);
		const secondary = await run({
			resource: 'emergencyContact',
			operation: 'getAll',
			returnAll: true,
			filters: { personIds: [String(a.id), String(b.id)], isPrimary: false },
		});
		expect(server.last().query).toEqual({
			personId: { $in: [String(a.id), String(b.id)] },
			isPrimary: 'false',
			$limit: '250',
			$skip: '0',
		});
		expect(secondary.json.map((row) => row.id)).toEqual([rows[1].id]);

		const primary = await run({ resource: 'emergencyContact', operation: 'getAll', returnAll: true, filters: { isPrimary: true } });
		expect(server.last().query).toEqual({ isPrimary: 'true', $limit: '250', $skip: '0' });
		expect(primary.json.map((row) => row.name)).toEqual(['A primary', 'B primary']);
	});

	it('refuses an invalid email before any request', async () => {
		const { server, run } = ctx;
		const result = await run({
			resource: 'emergencyContact',
			operation: 'create',
			personId: byId('p1'),
			additionalFields: { email: 'not-an-email' },
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Email" in item 0: "not-an-email" is not an email address');
		expect(server.requests).toHaveLength(0);
	});

	it('passes on the refusal of a third contact for one person', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'C', lastName: 'Three', status: 'active' }]);
		server.seed('/api/emergency-contacts', [
			{ personId: person.id, name: 'First', isPrimary: true },
			{ personId: person.id, name: 'Second', isPrimary: false },
		]);
		const result = await run({
			resource: 'emergencyContact',
			operation: 'create',
			personId: byId(String(person.id)),
			additionalFields: { name: 'Third' },
		});
		expect(server.last().body).toEqual({ personId: person.id, name: 'Third' });
		expect(result.error?.name).toBe('NodeApiError');
		expect((result.error as unknown as { description: string }).description).toBe(
			'personId: a person can have at most 2 emergency contacts',
		);
	});

	it('offers isPrimary on create but not on update, as documented', () => {
		const collection = (name: string, operation: string) =>
			new Humaans().description.properties.find(
				(p) => p.name === name && p.displayOptions?.show?.resource?.[0] === 'emergencyContact' && p.displayOptions?.show?.operation?.[0] === operation,
			);
		const names = (name: string, operation: string) =>
			((collection(name, operation)?.options ?? []) as Array<{ name: string }>).map((o) => o.name).sort();
		expect(names('additionalFields', 'create')).toEqual(['email', 'isPrimary', 'name', 'phoneNumber', 'relationship']);
		expect(names('updateFields', 'update')).toEqual(['email', 'name', 'phoneNumber', 'relationship']);
	});
});
