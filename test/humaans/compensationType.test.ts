import { humaansResources } from '../../nodes/Humaans/resources';
import { byId, humaansSuite } from './setup';

describe('Humaans › Compensation Type', () => {
	const ctx = humaansSuite();

	it('lists with a company filter and $sort, and gets one by ID', async () => {
		const { server, run } = ctx;
		const companyId = 'T7uqPFK7am4lFTZm39AmNuay';
		const [salary, bonus, commission] = server.seed('/api/compensation-types', [
			{ companyId, name: 'Salary', baseType: 'salary' },
			{ companyId, name: 'Bonus', baseType: 'bonus' },
			{ companyId, name: 'Commission', baseType: 'commission' },
		]);
		server.seed('/api/compensation-types', [{ companyId: 'otherCompany', name: 'Equity', baseType: 'equity' }]);

		const listed = await run({
			resource: 'compensationType',
			operation: 'getAll',
			returnAll: true,
			filters: { companyId: byId(companyId), sortByName: -1 },
		});
		expect(listed.error).toBeUndefined();
		const call = server.last();
		expect(call.method).toBe('GET');
		expect(call.path).toBe('/api/compensation-types');
		expect(call.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(call.query).toEqual({ companyId, $sort: { name: '-1' }, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.name)).toEqual(['Salary', 'Commission', 'Bonus']);

		const ascending = await run({ resource: 'compensationType', operation: 'getAll', returnAll: true, filters: { sortByName: 1 } });
		expect(server.last().query).toEqual({ $sort: { name: '1' }, $limit: '250', $skip: '0' });
		expect(ascending.json.map((row) => row.name)).toEqual(['Bonus', 'Commission', 'Equity', 'Salary']);

		const got = await run({ resource: 'compensationType', operation: 'get', compensationTypeId: byId(String(commission.id)) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/compensation-types/${String(commission.id)}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([expect.objectContaining({ id: commission.id, name: 'Commission', baseType: 'commission' })]);
		expect([salary.id, bonus.id]).not.toContain(got.json[0].id);
	});

	it('offers only the documented operations', () => {
		const resource = humaansResources.find((r) => r.value === 'compensationType');
		expect(resource?.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
			'GET /api/compensation-types',
			'GET /api/compensation-types/{id}',
		]);
	});
});
