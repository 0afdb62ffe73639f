import { humaansSuite } from './setup';

describe('Humaans › Me', () => {
	const ctx = humaansSuite();

	it('gets the token owner from /api/me, simplified to the person keys', async () => {
		ctx.server.me = { ...ctx.server.me, status: 'active', bio: 'All about that filter coffee.', locationId: 'remote' };
		const result = await ctx.run({ resource: 'me', operation: 'get' });
		expect(result.error).toBeUndefined();
		const call = ctx.server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/me', query: {} });
		expect(call.headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		// companyId and bio are not among the simplified keys.
		expect(result.json).toEqual([
			{ id: ctx.server.me.id, firstName: 'Kelsey', lastName: 'Wicks', email: 'kelsey@acme.com', status: 'active', locationId: 'remote' },
		]);
	});

	it('returns the whole person object when Simplify is off', async () => {
		const result = await ctx.run({ resource: 'me', operation: 'get', simplify: false });
		expect(result.json).toEqual([ctx.server.me]);
		expect(result.json[0].companyId).toBe('T7uqPFK7am4lFTZm39AmNuay');
	});
});
