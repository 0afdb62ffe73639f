import { humaansResources } from '../../nodes/Humaans/resources';
import { humaansSuite } from './setup';

describe('Humaans › Equipment Name', () => {
	const ctx = humaansSuite();

	it('lists equipment names filtered by equipment type', async () => {
		const { server, run } = ctx;
		// The name object documents no `type`; the contract server filters seeded rows by one.
		const rows = server.seed('/api/equipment-names', [
			{ companyId: 'c', value: 'MacBook Pro', isDefault: true, isUsed: true, type: 'Laptop' },
			{ companyId: 'c', value: 'Dell U2720Q', isDefault: false, isUsed: true, type: 'Screen' },
		]);
		const listed = await run({ resource: 'equipmentName', operation: 'getAll', returnAll: true, filters: { type: 'Laptop' } });
		expect(listed.error).toBeUndefined();
		const call = server.last();
		expect(call.method).toBe('GET');
		expect(call.path).toBe('/api/equipment-names');
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({ type: 'Laptop', $limit: '250', $skip: '0' });
		expect(listed.json).toEqual([expect.objectContaining({ id: rows[0].id, value: 'MacBook Pro', isDefault: true })]);

		const all = await run({ resource: 'equipmentName', operation: 'getAll', returnAll: false, limit: 1 });
		expect(server.last().query).toEqual({ $limit: '1', $skip: '0' });
		expect(all.json).toHaveLength(1);
	});

	it('offers only the documented list operation', () => {
		const resource = humaansResources.find((r) => r.value === 'equipmentName');
		expect(resource?.operations.map((op) => `${op.method} ${op.path}`)).toEqual(['GET /api/equipment-names']);
	});
});
