import { humaansSuite } from './setup';

describe('Humaans › Identity Document Type', () => {
	const ctx = humaansSuite();

	it('lists identity document types, with Limit', async () => {
		const { server, run } = ctx;
		const seeded = server.seed('/api/identity-document-types', [
			{ companyId: 'T7uqPFK7am4lFTZm39AmNuay', value: 'Passport' },
			{ companyId: 'T7uqPFK7am4lFTZm39AmNuay', value: 'Visa' },
		]);
		const all = await run({ resource: 'identityDocumentType', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/identity-document-types' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ $limit: '250', $skip: '0' });
		expect(all.json.map((row) => row.value)).toEqual(['Passport', 'Visa']);
		expect(all.json[0]).toMatchObject({ id: seeded[0].id, companyId: 'T7uqPFK7am4lFTZm39AmNuay' });

		const one = await run({ resource: 'identityDocumentType', operation: 'getAll', returnAll: false, limit: 1 });
		expect(server.last().query).toEqual({ $limit: '1', $skip: '0' });
		expect(one.json).toEqual([expect.objectContaining({ value: 'Passport' })]);
	});
});
