import type { Fault } from '../servers/base';
import { byId as humaansId, startHumaans } from '../humaans/setup';
import { byId as hrOmniId, startHrOmni } from '../hromni/setup';
import { startChiefOnboarding } from '../chiefonboarding/setup';
import { SYSTEMS, apiCalls, systemSuite, visibleText } from './systems';

describe.each(SYSTEMS)('%s › answers that are not the API', (_name, start) => {
	const sut = systemSuite(start);

	it('a 200 web page instead of a list is an error that points at the Base URL', async () => {
		sut.server.inject({ type: 'html' }, { path: sut.list.path });
		const result = await sut.run(sut.list.parameters);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`The server answered with a web page instead of the ${sut.name} API`);
		expect(result.error?.description).toContain('Check the Base URL');
		expect(result.json).toEqual([]);
	});

	it('a 200 web page instead of a created record is an error', async () => {
		if (!sut.create) return; // Employment Hero documents no write operation.
		sut.server.inject({ type: 'html' }, { method: 'POST', path: sut.create.path });
		const result = await sut.run(sut.create.parameters);
		expect(result.error?.message).toBe(`The server answered with a web page instead of the ${sut.name} API`);
	});

	it('a web page from a wrong Base URL is reported the same way', async () => {
		sut.useBaseUrl(`${sut.server.baseUrl}/not-the-api`);
		sut.server.inject({ type: 'html' }, { match: (req) => req.path.startsWith('/not-the-api') });
		const result = await sut.run(sut.list.parameters);
		// HR Omni logs in first, and its login page check says the same.
		expect(result.error?.message).toBe(
			sut.name === 'HR Omni'
				? 'HR Omni login failed: GET / did not set the CSRF token cookie; check that the Base URL is the address of the HR Omni API'
				: `The server answered with a web page instead of the ${sut.name} API`,
		);
	});

	const echoes: Array<[string, Fault]> = [
		['a 400 JSON error', { type: 'echo', status: 400, as: 'json' }],
		['a 401 JSON error', { type: 'echo', status: 401, as: 'json' }],
		['a 500 HTML page', { type: 'echo', status: 500, as: 'html' }],
		['a 502 text answer', { type: 'echo', status: 502, as: 'text' }],
	];
	it.each(echoes)('no credential value survives %s that echoes the request', async (_case, fault) => {
		const call = sut.create ?? sut.list;
		const before = sut.secrets();
		sut.server.inject(fault, { method: call.method, path: call.path });
		const result = await sut.run(call.parameters);
		expect(result.error?.name).toBe('NodeApiError');
		const secrets = [...before, ...sut.secrets()];
		expect(secrets.length).toBeGreaterThan(0);
		// The echo did carry them: the contract server saw the credential.
		const echoed = JSON.stringify(apiCalls(sut, call.method, call.path).map((r) => r.headers));
		expect(secrets.some((secret) => echoed.includes(secret))).toBe(true);
		const text = visibleText(result);
		for (const secret of secrets) expect(text).not.toContain(secret);
		expect(text).toContain('[hidden]');
	}, 30_000);

	it('refuses a required text of only spaces before any request', async () => {
		if (!sut.blank) return; // Employment Hero has no required free-text parameter.
		const result = await sut.run(sut.blank);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(/^Invalid "[^"]+" in item 0: a value is required \(it holds only spaces\)$/);
		expect(apiCalls(sut)).toHaveLength(0);
	});
});

describe('ChiefOnboarding › a generic error body', () => {
	it('shows {"message": …} as the message, not as a field error', async () => {
		const ctx = await startChiefOnboarding();
		try {
			ctx.server.inject({ type: 'status', status: 400, body: { message: 'Request was throttled' } }, { method: 'POST', path: '/api/users/', times: 1 });
			const result = await ctx.run({ resource: 'user', operation: 'create', firstName: 'A', lastName: 'B', email: 'ab@example.com', role: 0 });
			expect(result.error?.message).toBe('Request was throttled');
			ctx.server.inject({ type: 'status', status: 400, body: { email: ['Enter a valid email address.'] } }, { method: 'POST', path: '/api/users/' });
			const fieldError = await ctx.run({ resource: 'user', operation: 'create', firstName: 'A', lastName: 'B', email: 'ab@example.com', role: 0 });
			expect(fieldError.error?.message).toBe('email: Enter a valid email address.');
		} finally {
			await ctx.server.stop();
		}
	});
});

describe('a 200 web page instead of a single record or a delete (Humaans)', () => {
	it.each(['get', 'delete'])('%s', async (operation) => {
		const ctx = await startHumaans();
		try {
			ctx.server.inject({ type: 'html' });
			const result = await ctx.run({ resource: 'bankAccount', operation, bankAccountId: humaansId('abc') });
			expect(result.error?.message).toBe('The server answered with a web page instead of the Humaans API');
			expect(result.json).toEqual([]);
		} finally {
			await ctx.server.stop();
		}
	});
});

describe('credentials are read once per run', () => {
	it('HR Omni: one read by the node, whatever the number of requests', async () => {
		const ctx = await startHrOmni();
		try {
			await ctx.runIn({ resource: 'user', operation: 'getMe' }); // logged in before the run
			const employee = [...ctx.company.users.values()][0] as { id: string };
			const reads = jest.spyOn(ctx.engine.credentials, 'getDecrypted');
			ctx.server.reset();
			const items = Array.from({ length: 40 }, (_, i) => ({ json: { i } }));
			const result = await ctx.runIn({ resource: 'companyUser', operation: 'get', userId: hrOmniId(employee.id) }, items);
			expect(result.error).toBeUndefined();
			expect(ctx.server.requests).toHaveLength(40);
			// n8n reads the credential for each request it signs; the node adds one read, not 40.
			expect(reads.mock.calls.length).toBeLessThanOrEqual(40 + 2);
			reads.mockRestore();
		} finally {
			await ctx.server.stop();
		}
	});
});
