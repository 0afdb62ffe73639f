import { HrOmniApi } from '../../credentials/HrOmniApi.credentials';
import { cookiesOf } from '../servers/hromni/core';
import { CSRF_COOKIE, SESSION_COOKIE } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { expectAuthenticated } from './assertions';
import { PASSWORD, byId, lastCall, startHrOmni } from './setup';

describe('HR Omni › session cookie and CSRF credential', () => {
	let ctx: HrOmniContext;
	beforeAll(async () => {
		ctx = await startHrOmni();
		ctx.server.seedEmployees(ctx.company, 3);
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.reset());

	it('gets the CSRF token from GET /, logs in with it and sends cookies and X-Csrf-Token', async () => {
		const { server, engine, runIn } = ctx;
		const result = await runIn({ resource: 'companyUser', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /',
			'POST /user/login',
			`GET /company/${ctx.companyId}/users`,
		]);
		const [home, login, list] = server.requests;
		expect(home.headers.cookie).toBeUndefined();
		const loginCookies = cookiesOf(login);
		expect(login.headers['x-csrf-token']).toBe(loginCookies[CSRF_COOKIE]);
		expect(login.body).toEqual({ email: ctx.admin.email, password: PASSWORD });
		expectAuthenticated(list, server);
		// n8n saved the session and token in the credential's hidden fields.
		const stored = engine.credentials.store.get('hrOmniApi');
		expect(stored?.sessionToken).toMatch(new RegExp(`^${SESSION_COOKIE}=eyJ[^;]+; isUserLoggedIn=true$`));
		expect(stored?.csrfToken).toBe(cookiesOf(list)[CSRF_COOKIE]);
		expect(engine.credentials.preAuthenticationRuns).toBe(1);

		// A second run reuses the session: no new login.
		server.reset();
		await runIn({ resource: 'companyUser', operation: 'getAll', returnAll: true });
		expect(server.requests.map((r) => r.path)).toEqual([`/company/${ctx.companyId}/users`]);
		expect(engine.credentials.preAuthenticationRuns).toBe(1);
	});

	it.each([
		['session expiry (401, code 4004)', 'expire'],
		['CSRF token rotation (400, code 4006)', 'rotate'],
		['session expiry and CSRF rotation at once', 'both'],
	] as const)('survives %s in the middle of a 500-item run with exactly one new login', async (_name, fault) => {
		const { server, engine, runIn } = ctx;
		const employee = [...ctx.company.users.values()].find((u) => u.employment) as { id: string };
		await runIn({ resource: 'user', operation: 'getMe' }); // logged in before the run
		const runsBefore = engine.credentials.preAuthenticationRuns;
		const loginsBefore = server.logins;
		let calls = 0;
		const original = server.before;
		server.before = (req) => {
			if (req.path.endsWith('/employment')) {
				calls++;
				if (calls === 250) {
					if (fault !== 'rotate') server.expireSessions();
					if (fault !== 'expire') server.rotateCsrf();
				}
			}
			return original?.(req);
		};
		try {
			const items = Array.from({ length: 500 }, (_, i) => ({ json: { i } }));
			server.reset();
			const result = await runIn(
				{ resource: 'employment', operation: 'get', userId: byId(employee.id) },
				items,
				{ continueOnFail: true },
			);
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(500);
			expect(result.items.filter((item) => item.json.error !== undefined)).toHaveLength(0);
			expect(engine.credentials.preAuthenticationRuns - runsBefore).toBe(1);
			expect(server.logins - loginsBefore).toBe(1);
			const failed = server.requests.filter((r) => r.path.endsWith('/employment')).length;
			expect(failed).toBe(501); // 500 items plus the one retried request
			expect(server.calls('POST', '/user/login')).toHaveLength(1);
		} finally {
			server.before = original;
		}
	});

	it('logs in again when the stored session is stale before the run starts (4005: token missing)', async () => {
		const { server, engine, runIn } = ctx;
		engine.setCredential('hrOmniApi', { ...ctx.credentials, sessionToken: `${SESSION_COOKIE}=expired; isUserLoggedIn=true`, csrfToken: '' });
		const runsBefore = engine.credentials.preAuthenticationRuns;
		const result = await runIn({ resource: 'company', operation: 'get' });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ id: ctx.companyId, name: 'Hippoland ltd.' });
		expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /company/${ctx.companyId}`,
			'GET /',
			'POST /user/login',
			`GET /company/${ctx.companyId}`,
		]);
		expect(server.requests[0].headers['x-csrf-token']).toBe('');
		expect(engine.credentials.preAuthenticationRuns - runsBefore).toBe(1);
	});

	it('does not retry a failure that comes right after a fresh login', async () => {
		const { server, runIn } = ctx;
		const original = server.before;
		server.before = (req) => (req.path === '/user/me' ? { status: 401, body: { status: 'error', code: 4004, message: 'Missing session cookie' } } : original?.(req));
		try {
			const result = await runIn({ resource: 'user', operation: 'getMe' });
			expect(result.error?.message).toBe('Missing session cookie [code 4004]');
			expect(server.calls('GET', '/user/me')).toHaveLength(1);
			expect(server.calls('POST', '/user/login')).toHaveLength(1);
		} finally {
			server.before = original;
		}
	});

	it('reports a refused login without the password, and never retries it', async () => {
		const { server, engine, runIn } = ctx;
		engine.setCredential('hrOmniApi', { ...ctx.credentials, password: 'wrong-password-value' });
		const result = await runIn({ resource: 'company', operation: 'get' });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('HR Omni login failed: Invalid email or password (HR Omni code 4002)');
		expect(server.calls('POST', '/user/login')).toHaveLength(1);
		const text = JSON.stringify(result.run);
		expect(text).not.toContain('wrong-password-value');
		expect(text).not.toContain(PASSWORD);
	});

	it('keeps the password, session cookie and CSRF token out of output and errors', async () => {
		const { server, engine, runIn } = ctx;
		const ok = await runIn({ resource: 'user', operation: 'getMe' });
		const bad = await runIn({ resource: 'companyUser', operation: 'get', userId: byId('usr_missing') });
		expect(bad.error?.message).toBe('Not found: User not found [code 4001]');
		const stored = engine.credentials.store.get('hrOmniApi') ?? {};
		const session = String(stored.sessionToken).split(';')[0].split('=')[1];
		for (const result of [ok, bad]) {
			const text = JSON.stringify(result.run);
			expect(text).not.toContain(PASSWORD);
			expect(text).not.toContain(session);
			expect(text).not.toContain(String(stored.csrfToken));
		}
		expect(lastCall(server).path).toBe(`/company/${ctx.companyId}/users/usr_missing`);
	});

	it('contract server: answers the documented error bodies for missing or wrong cookies, parameters and methods', async () => {
		const { server } = ctx;
		const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
			const response = await fetch(`${server.baseUrl}${path}`, { method, headers });
			return { status: response.status, body: (await response.json()) as unknown, setCookie: response.headers.getSetCookie() };
		};
		const home = await get('/');
		const token = /^token=([0-9a-f]+);/.exec(home.setCookie[0])?.[1] as string;
		expect(token).toBeTruthy();
		expect(await get('/user/me')).toMatchObject({ status: 400, body: { status: 'error', code: 4005, message: 'Token not set' } });
		expect(await get('/user/me', { Cookie: `token=${token}`, 'X-Csrf-Token': 'other' })).toMatchObject({ status: 400, body: { code: 4006, message: 'Invalid token provided' } });
		const csrf = { Cookie: `token=${token}`, 'X-Csrf-Token': token };
		expect(await get('/user/me', csrf)).toMatchObject({ status: 401, body: { code: 4004, message: 'Missing session cookie' } });
		expect(await get('/countries', csrf)).toMatchObject({ status: 200, body: { status: 'success' } });
		const jwt = server.startSession(ctx.admin.id);
		const auth = { ...csrf, Cookie: `${SESSION_COOKIE}=${jwt}; token=${token}` };
		expect(await get(`/company/${ctx.companyId}/users?limit=5`, auth)).toMatchObject({ status: 400, body: { code: 3001, message: 'Query parameter "limit" is not allowed' } });
		expect(await get(`/company/${ctx.companyId}/users?pageSize=101`, auth)).toMatchObject({ status: 400, body: { code: 3001, message: 'pageSize must be between 1 and 100' } });
		const second = await get(`/company/${ctx.companyId}/users?page=2&pageSize=2`, auth);
		expect(second).toMatchObject({ status: 200, body: { status: 'success', result: { totalRecords: ctx.company.users.size, totalPages: Math.ceil(ctx.company.users.size / 2), currentPage: 1, currentPageSize: 2 } } });
		expect(JSON.parse(JSON.stringify((second.body as { result: { result: unknown[] } }).result.result))).toHaveLength(2);
		expect(await get(`/company/${ctx.companyId}/billing/invoices/inv_x`, auth)).toMatchObject({ status: 405, body: { code: 4003 } });
		server.rotateCsrf();
		expect(await get('/user/me', auth)).toMatchObject({ status: 400, body: { code: 4006 } });
	});

	it('describes the credential the n8n way: hidden expirable session', () => {
		const credential = new HrOmniApi();
		const hidden = credential.properties.filter((p) => p.type === 'hidden');
		expect(hidden.map((p) => [p.name, p.typeOptions?.expirable === true])).toEqual([
			['sessionToken', true],
			['csrfToken', false],
		]);
		expect(credential.properties.find((p) => p.name === 'password')?.typeOptions?.password).toBe(true);
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.required).toBe(true);
	});
});
