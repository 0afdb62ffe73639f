import { humaansResources } from '../../nodes/Humaans/resources';
import { humaansSuite } from './setup';

describe('Humaans › Equipment Type', () => {
	const ctx = humaansSuite();

	it('lists equipment types, paging with $limit and $skip', async () => {
		const { server, run } = ctx;
		server.seed(
			'/api/equipment-types',
			Array.from({ length: 260 }, (_, i) => ({ companyId: 'c', value: `Type ${i}`, isDefault: i < 5, isUsed: i % 2 === 0 })),
		);
		const listed = await run({ resource: 'equipmentType', operation: 'getAll', returnAll: true });
		expect(listed.error).toBeUndefined();
		const calls = server.calls('GET', '/api/equipment-types');
		expect(calls.map((c) => c.query)).toEqual([
			{ $limit: '250', $skip: '0' },
			{ $limit: '250', $skip: '250' },
		]);
		expect(calls[0].headers.authorization).toBe(`Bearer ${server.token}`);
		expect(listed.json).toHaveLength(260);
		expect(listed.json[0]).toMatchObject({ value: 'Type 0', isDefault: true, isUsed: true });
	});

	it('offers only the documented list operation', () => {
		const resource = humaansResources.find((r) => r.value === 'equipmentType');
		expect(resource?.operations.map((op) => `${op.method} ${op.path}`)).toEqual(['GET /api/equipment-types']);
	});
});
