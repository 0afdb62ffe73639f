import { ChiefOnboardingServer, serverToday } from '../servers/chiefonboarding/server';

/** The contract server itself answers as ChiefOnboarding does (what the node tests rely on). */
describe('ChiefOnboarding contract server', () => {
	const server = new ChiefOnboardingServer();
	let base = '';
	beforeAll(async () => {
		base = await server.start();
	});
	afterAll(async () => await server.stop());

	const call = async (path: string, init: RequestInit = {}, token: string | null = server.token) => {
		const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
		if (token !== null) headers.authorization = `Token ${token}`;
		const response = await fetch(`${base}${path}`, { ...init, headers });
		const text = await response.text();
		let body: unknown = text;
		try {
			body = JSON.parse(text);
		} catch {
			// HTML pages stay text
		}
		return { status: response.status, body, headers: response.headers };
	};
	const post = async (path: string, body: unknown) =>
		await call(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

	it('authenticates like DRF TokenAuthentication with AdminPermission', async () => {
		const none = await call('/api/employees/', {}, null);
		expect(none).toMatchObject({ status: 401, body: { detail: 'Authentication credentials were not provided.' } });
		expect(none.headers.get('www-authenticate')).toBe('Token');
		expect(await call('/api/employees/', {}, 'nope')).toMatchObject({ status: 401, body: { detail: 'Invalid token.' } });
		const bearer = await fetch(`${base}/api/employees/`, { headers: { authorization: `Bearer ${server.token}` } });
		expect(bearer.status).toBe(401);
		const other = server.addUser({ first_name: 'O', last_name: 'T', email: 'o@example.com' });
		expect(await call('/api/employees/', {}, server.issueToken(other.id))).toMatchObject({
			status: 403,
			body: { detail: 'You do not have permission to perform this action.' },
		});
	});

	it('routes only the four paths with their trailing slash, methods and no query', async () => {
		expect((await call('/api/employees')).status).toBe(404);
		expect((await call('/api/people/')).status).toBe(404);
		expect(await call('/api/users/')).toMatchObject({ status: 405, body: { detail: 'Method "GET" not allowed.' } });
		expect((await call('/api/employees/?page=2')).status).toBe(400);
		const form = await call('/api/users/', { method: 'POST', body: 'a=b', headers: { 'content-type': 'text/plain' } });
		expect(form.status).toBe(415);
		server.apiAccess = false;
		const off = await call('/api/employees/');
		expect(off.status).toBe(404);
		expect(String(off.body)).toContain('<h1>Not Found</h1>');
		server.apiAccess = true;
		server.offboardingRoute = false;
		expect((await post('/api/offboarding/', {})).status).toBe(404);
		server.offboardingRoute = true;
	});

	it('validates new hires with DRF field errors and keeps them', async () => {
		expect(await post('/api/users/', {})).toMatchObject({
			status: 400,
			body: {
				first_name: ['This field is required.'],
				last_name: ['This field is required.'],
				email: ['This field is required.'],
				role: ['This field is required.'],
			},
		});
		const bad = await post('/api/users/', {
			first_name: 'J',
			last_name: 'W',
			email: 'x',
			role: 5,
			start_day: '04-12-2020',
			timezone: 'falsetimezone',
			language: 'xx',
			sequences: ['a'],
			buddy: 999,
			department: 1,
		});
		expect(bad).toMatchObject({
			status: 400,
			body: {
				email: ['Enter a valid email address.'],
				role: ['"5" is not a valid choice.'],
				start_day: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'],
				timezone: ['"falsetimezone" is not a valid choice.'],
				language: ['"xx" is not a valid choice.'],
				sequences: { 0: ['A valid integer is required.'] },
				buddy: ['Invalid pk "999" - object does not exist.'],
				department: [expect.stringContaining('Unknown field')],
			},
		});
		const created = await post('/api/users/', { first_name: 'J', last_name: 'W', email: 'J@Example.com', role: 0 });
		expect(created).toMatchObject({ status: 201, body: { email: 'j@example.com', start_day: serverToday() } });
		const employees = await call('/api/employees/');
		expect(employees.body).toContainEqual({ id: (created.body as { id: number }).id, first_name: 'J', last_name: 'W', email: 'j@example.com' });
	});

	it('offboards non-administrators from today on, with offboarding sequences only', async () => {
		const user = server.addUser({ first_name: 'L', last_name: 'V', email: 'l@example.com', role: 0 });
		const leavers = server.addSequence('Leavers', 'offboarding');
		expect(await post('/api/offboarding/', { user: user.id, termination_date: '2020-01-01' })).toMatchObject({
			status: 400,
			body: { termination_date: ['You cannot set an offboarding date in the past.'] },
		});
		expect(await post('/api/offboarding/', { user: server.admin.id, termination_date: serverToday() })).toMatchObject({
			status: 400,
			body: { user: [`Invalid pk "${server.admin.id}" - object does not exist.`] },
		});
		const ok = await post('/api/offboarding/', { user: user.id, termination_date: serverToday(), sequences: [leavers.id] });
		expect(ok).toMatchObject({ status: 200, body: '' });
		expect(server.users.get(user.id)).toMatchObject({ termination_date: serverToday(), sequences: [leavers.id] });
	});
});
