import { humaansSuite } from './setup';

describe('Humaans › Token Info', () => {
	const ctx = humaansSuite();

	it('gets the scopes of the token in use from /api/token-info', async () => {
		const result = await ctx.run({ resource: 'tokenInfo', operation: 'get' });
		expect(result.error).toBeUndefined();
		const call = ctx.server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/token-info', rawQuery: '' });
		expect(call.headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		expect(result.json).toEqual([{ scopes: ['public:read', 'private:read', 'private:write', 'webhooks:manage'] }]);
	});

	it('reports a rejected token from /api/token-info as the Humaans error', async () => {
		const token = ctx.server.token;
		ctx.engine.setCredential('humaansApi', { accessToken: 'not-the-token', baseUrl: ctx.server.baseUrl });
		try {
			const result = await ctx.run({ resource: 'tokenInfo', operation: 'get' });
			expect(ctx.server.last().headers.authorization).toBe('Bearer not-the-token');
			expect(result.error?.message).toBe('Missing or invalid access token [code NotAuthenticated]');
		} finally {
			ctx.engine.setCredential('humaansApi', { accessToken: token, baseUrl: ctx.server.baseUrl });
		}
	});
});
