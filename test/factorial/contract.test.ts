import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FactorialServer } from '../servers/factorial/server';
import { API_PREFIX, CHALLENGE_HEADER, FAILURES_BEFORE_DISABLE, startFactorialServer } from '../servers/factorial/server';

/**
 * The Factorial contract server refuses what the API refuses and answers what it answers.
 * These tests speak HTTP to it directly, so they check the server, not the nodes.
 */
describe('Factorial contract server', () => {
	let server: FactorialServer;
	beforeAll(async () => {
		server = await startFactorialServer();
	});
	afterAll(async () => await server.stop());
	beforeEach(() => server.reset());

	const call = async (
		method: string,
		path: string,
		options: { body?: unknown; headers?: Record<string, string>; auth?: boolean; raw?: string; base?: string } = {},
	) => {
		const headers: Record<string, string> = { ...(options.auth === false ? {} : { 'x-api-key': server.apiKey }), ...options.headers };
		let payload: string | undefined = options.raw;
		if (options.body !== undefined) {
			payload = JSON.stringify(options.body);
			headers['content-type'] ??= 'application/json';
		}
		const response = await fetch(`${options.base ?? server.baseUrl}${path.startsWith('/api/') || path.startsWith('/oauth') ? path : API_PREFIX + path}`, {
			method,
			headers,
			body: payload,
			redirect: 'manual',
		});
		const text = await response.text();
		let json: unknown = text;
		try {
			json = JSON.parse(text);
		} catch {
			// not JSON
		}
		return { status: response.status, body: json as Record<string, unknown>, headers: response.headers };
	};

	it('serves every path and method of the OpenAPI document', async () => {
		expect(server.spec.operations).toHaveLength(550);
		// On a server of its own: the sweep deletes and changes seeded records.
		const sweep = await startFactorialServer({ apiKey: server.apiKey });
		expect(server.spec.events).toHaveLength(128);
		const broken: string[] = [];
		for (const op of server.spec.operations) {
			const path = op.path.replace('{id}', '1');
			const response = await call(op.method, path, { ...(op.body?.contentType === 'application/json' ? { body: {} } : {}), base: sweep.baseUrl });
			const unrouted = JSON.stringify(response.body) === JSON.stringify({ errors: ['Route not found'] });
			if (response.status === 500 || unrouted) broken.push(`${op.method} ${op.path}: ${response.status}`);
		}
		await sweep.stop();
		expect(broken).toEqual([]);
	});

	describe('auth', () => {
		it('refuses a request without credentials', async () => {
			const response = await call('GET', '/teams/teams', { auth: false });
			expect(response.status).toBe(401);
			expect(response.body).toMatchObject({ message: expect.any(String) });
		});

		it('refuses a wrong API key, and a key sent as a Bearer token', async () => {
			expect((await call('GET', '/teams/teams', { auth: false, headers: { 'x-api-key': 'nope' } })).status).toBe(401);
			expect((await call('GET', '/teams/teams', { auth: false, headers: { authorization: `Bearer ${server.apiKey}` } })).status).toBe(401);
		});

		it('accepts an OAuth2 Bearer token and needs the write scope for writes', async () => {
			const readOnly = server.issueToken(['read']);
			const headers = { authorization: `Bearer ${readOnly.accessToken}` };
			expect((await call('GET', '/teams/teams', { auth: false, headers })).status).toBe(200);
			const write = await call('POST', '/locations/locations', { auth: false, headers, body: {} });
			expect(write.status).toBe(403);
			const full = server.issueToken();
			const created = await call('GET', '/teams/teams', { auth: false, headers: { authorization: `Bearer ${full.accessToken}` } });
			expect(created.status).toBe(200);
		});

		it('refuses an expired access token', async () => {
			const token = server.issueToken();
			token.expiresAt = Date.now() - 1;
			const response = await call('GET', '/teams/teams', { auth: false, headers: { authorization: `Bearer ${token.accessToken}` } });
			expect(response.status).toBe(401);
		});

		it('runs the authorization-code flow and refreshes with the client credentials in the body', async () => {
			const redirect = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';
			const authorize = await call(
				'GET',
				`/oauth/authorize?client_id=${server.oauthClient.clientId}&redirect_uri=${encodeURIComponent(redirect)}&response_type=code&scope=read%20write&state=xyz`,
				{ auth: false },
			);
			expect(authorize.status).toBe(302);
			const location = new URL(String(authorize.headers.get('location')));
			expect(location.searchParams.get('state')).toBe('xyz');
			const form = (fields: Record<string, string>) => ({
				raw: new URLSearchParams(fields).toString(),
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				auth: false,
			});
			const client = { client_id: server.oauthClient.clientId, client_secret: server.oauthClient.clientSecret };
			const token = await call(
				'POST',
				'/oauth/token',
				form({ ...client, grant_type: 'authorization_code', code: String(location.searchParams.get('code')), redirect_uri: redirect }),
			);
			expect(token.status).toBe(200);
			expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 7200, scope: 'read write' });
			const refreshed = await call('POST', '/oauth/token', form({ ...client, grant_type: 'refresh_token', refresh_token: String(token.body.refresh_token) }));
			expect(refreshed.status).toBe(200);
			expect(refreshed.body.access_token).not.toBe(token.body.access_token);
			const stale = await call('GET', '/teams/teams', { auth: false, headers: { authorization: `Bearer ${String(token.body.access_token)}` } });
			expect(stale.status).toBe(401);
			const wrongSecret = await call('POST', '/oauth/token', form({ ...client, client_secret: 'x', grant_type: 'refresh_token', refresh_token: 'y' }));
			expect(wrongSecret.status).toBe(401);
		});
	});

	it('answers 404 for another API version and for unknown paths', async () => {
		const otherVersion = await call('GET', '/api/2025-10-01/resources/teams/teams');
		expect(otherVersion.status).toBe(404);
		expect(otherVersion.body).toEqual({ errors: ['API version not found: 2025-10-01'] });
		expect((await call('GET', '/teams/nothing')).status).toBe(404);
		expect((await call('PATCH', '/teams/teams/1', { body: {} })).status).toBe(404);
	});

	describe('query parameters', () => {
		it('accepts array filters only in their documented name[] form, repeated', async () => {
			const ok = await call('GET', '/teams/teams?ids[]=1&ids[]=3');
			expect(ok.status).toBe(200);
			expect((ok.body.data as Array<{ id: string }>).map((row) => row.id)).toEqual(['1', '3']);
			const plain = await call('GET', '/teams/teams?ids=1');
			expect(plain.status).toBe(422);
			expect(plain.body).toEqual({ errors: { ids: ['is not a permitted parameter (this array parameter is sent as ids[])'] } });
			const indexed = await call('GET', `/teams/teams?${encodeURIComponent('ids[0]')}=1`);
			expect(indexed.status).toBe(422);
		});

		it('refuses unknown parameters, wrong types and values outside an enum', async () => {
			expect((await call('GET', '/teams/teams?colour=red')).body).toEqual({ errors: { colour: ['is not a permitted parameter'] } });
			const boolean = await call('GET', '/api_public/webhook_subscriptions?enabled=yes');
			expect(boolean.status).toBe(422);
			expect(boolean.body).toEqual({ errors: { enabled: ['must be true or false'] } });
			const twice = await call('GET', '/api_public/webhook_subscriptions?type=a&type=b');
			expect(twice.status).toBe(422);
			const enumOp = server.spec.operations.find((op) => op.response === 'paged' && op.query.some((q) => q.schema.enum));
			const param = enumOp?.query.find((q) => q.schema.enum);
			expect(param).toBeDefined();
			const relative = String(enumOp?.path).slice(API_PREFIX.length);
			const bad = await call('GET', `${relative}?${param?.name}=not-a-value`);
			expect(bad.status).toBe(422);
			expect(JSON.stringify(bad.body)).toContain('must be one of');
		});

		it('refuses a query parameter on an endpoint that takes none', async () => {
			expect((await call('GET', '/teams/teams/1?limit=5')).status).toBe(422);
		});

		it('requires the scoping filters the document marks required, not the booleans', async () => {
			const missing = await call('GET', '/attendance/estimated_times');
			expect(missing.status).toBe(422);
			expect(Object.keys(missing.body.errors as object).sort()).toEqual(['employee_ids[]', 'end_on', 'start_on']);
			const given = await call('GET', '/attendance/estimated_times?start_on=2024-01-01&end_on=2024-01-31&employee_ids[]=1');
			expect(given.status).toBe(200);
			// employees/employees marks only_active and only_managers required; lists work without them.
			expect((await call('GET', '/employees/employees')).status).toBe(200);
		});

		it('checks dates by the format of the documented example', async () => {
			const bad = await call('GET', '/attendance/shifts?start_on=01/02/2024&end_on=2024-01-31');
			expect(bad.body).toEqual({ errors: { start_on: ['must be a date (YYYY-MM-DD)'] } });
			expect((await call('GET', '/attendance/shifts?start_on=2024-01-02')).status).toBe(200);
		});

		it('takes deepObject filters as name[property]', async () => {
			const ok = await call('GET', '/performance/review_process_targets?managed_by_filter[manager_employee_id]=1&managed_by_filter[only_direct_reports]=true');
			expect(ok.status).toBe(200);
			const bad = await call('GET', '/performance/review_process_targets?managed_by_filter[only_direct_reports]=maybe');
			expect(bad.status).toBe(422);
			expect((await call('GET', '/performance/review_process_targets?managed_by_filter[colour]=1')).status).toBe(422);
		});
	});

	describe('bodies', () => {
		it('refuses unknown fields, missing required fields and wrong types with Rails-style errors', async () => {
			const unknown = await call('POST', '/api_public/webhook_subscriptions', {
				body: { subscription_type: 'timeoff/leave/create', target_url: 'https://example.com/hook', company_id: server.companyId, colour: 'red' },
			});
			expect(unknown.status).toBe(422);
			expect(unknown.body).toEqual({ errors: { colour: ['is not a permitted parameter'] } });
			const missing = await call('POST', '/api_public/webhook_subscriptions', { body: { subscription_type: 'timeoff/leave/create' } });
			expect(missing.body).toEqual({ errors: { target_url: ["can't be blank"], company_id: ["can't be blank"] } });
			const numericId = await call('POST', '/api_public/webhook_subscriptions', {
				body: { subscription_type: 'timeoff/leave/create', target_url: 'https://example.com/hook', company_id: 1 },
			});
			expect(numericId.body).toEqual({ errors: { company_id: ['must be a string (identifiers are strings from 2026-07-01)'] } });
			const badEnum = await call('POST', '/api_public/webhook_subscriptions', {
				body: { subscription_type: 'timeoff/leave/create', target_url: 'https://example.com/hook', company_id: server.companyId, api_version: 'v1' },
			});
			expect(JSON.stringify(badEnum.body)).toContain('api_version');
			const boolean = await call('PUT', '/api_public/webhook_subscriptions/1', { body: { id: '1', enabled: 'true' } });
			expect(boolean.body).toEqual({ errors: { enabled: ['must be a boolean'] } });
			const nulls = await call('PUT', '/teams/teams/1', { body: { id: '1', name: null } });
			expect(nulls.body).toEqual({ errors: { name: ['must not be null'] } });
		});

		it('refuses a body that is not JSON, and a PUT whose body id differs from the path', async () => {
			const text = await call('POST', '/locations/locations', { raw: 'name=HQ', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
			expect(text.status).toBe(422);
			const mismatch = await call('PUT', '/teams/teams/1', { body: { id: '2' } });
			expect(mismatch.body).toEqual({ errors: { id: ['does not match the id in the path (1)'] } });
		});

		it('checks multipart uploads: files where the document says binary, text elsewhere', async () => {
			const form = new FormData();
			form.append('task_id', '1');
			form.append('file', new Blob([Buffer.from('hello')], { type: 'text/plain' }), 'hello.txt');
			const ok = await fetch(`${server.baseUrl}${API_PREFIX}/tasks/task_files`, { method: 'POST', headers: { 'x-api-key': server.apiKey }, body: form });
			expect(ok.status).toBe(201);
			const asText = new FormData();
			asText.append('task_id', '1');
			asText.append('file', 'not a file');
			const refused = await fetch(`${server.baseUrl}${API_PREFIX}/tasks/task_files`, { method: 'POST', headers: { 'x-api-key': server.apiKey }, body: asText });
			expect(refused.status).toBe(422);
			expect(await refused.json()).toEqual({ errors: { file: ['must be a file', "can't be blank"] } });
			const json = await call('POST', '/tasks/task_files', { body: { task_id: '1' } });
			expect(json.status).toBe(422);
		});
	});

	it('round-trips create → get → update → list → delete', async () => {
		const created = await call('POST', '/locations/locations', {
			body: { name: 'Barcelona HQ', company_id: server.companyId, country: 'es', timezone: 'Europe/Madrid' },
		});
		expect(created.status).toBe(201);
		const id = String(created.body.id);
		expect(created.body).toMatchObject({ id, name: 'Barcelona HQ', company_id: server.companyId });
		expect((await call('GET', `/locations/locations/${id}`)).body).toMatchObject({ name: 'Barcelona HQ' });
		const updated = await call('PUT', `/locations/locations/${id}`, { body: { id, name: 'Madrid HQ' } });
		expect(updated.status).toBe(200);
		expect(updated.body).toMatchObject({ id, name: 'Madrid HQ', country: 'es' });
		const list = await call('GET', `/locations/locations?ids[]=${id}`);
		expect(list.body.data).toEqual([expect.objectContaining({ id, name: 'Madrid HQ' })]);
		const deleted = await call('DELETE', `/locations/locations/${id}`);
		expect(deleted.status).toBe(200);
		expect(deleted.body).toMatchObject({ id });
		expect((await call('GET', `/locations/locations/${id}`)).status).toBe(404);
		expect((await call('DELETE', `/locations/locations/${id}`)).body).toEqual({ errors: ['Record not found'] });
		expect(server.calls('POST', `${API_PREFIX}/locations/locations`)[0].body).toMatchObject({ name: 'Barcelona HQ' });
	});

	describe('actions and identifiers', () => {
		it('answers an action with the record its body names, 404 for an unknown one', async () => {
			const approved = await call('POST', '/timeoff/leaves/approve', { body: { id: '2' } });
			expect(approved.status).toBe(200);
			expect(approved.body).toMatchObject({ id: '2', employee_id: expect.any(String) });
			expect((await call('POST', '/timeoff/leaves/approve', { body: { id: '999' } })).body).toEqual({ errors: ['Record not found'] });
			expect((await call('POST', '/timeoff/leaves/approve', { body: {} })).body).toEqual({ errors: { id: ["can't be blank"] } });
		});

		it('answers bulk actions with an array and removes what a bulk delete names', async () => {
			const deleted = await call('POST', '/tasks/tasks/bulk_delete', { body: { ids: ['1', '2'] } });
			expect(deleted.status).toBe(200);
			expect((deleted.body as unknown as Array<{ id: string }>).map((row) => row.id)).toEqual(['1', '2']);
			expect(server.rows('/tasks/tasks').map((row) => row.id)).toEqual(['3']);
			expect((await call('POST', '/tasks/tasks/bulk_delete', { body: { ids: [1] } })).status).toBe(422);
		});

		it('checks body dates by the documented example, and finds no record behind an encoded slash', async () => {
			const leave = await call('POST', '/timeoff/leaves', { body: { employee_id: '1', start_on: '05/09/2028' } });
			expect(leave.body).toEqual({ errors: { start_on: ['must be a date (YYYY-MM-DD)'] } });
			expect((await call('POST', '/timeoff/leaves', { body: { employee_id: '1', start_on: '2028-09-05' } })).status).toBe(201);
			const encoded = await call('GET', `/teams/teams/${encodeURIComponent('1/../2')}`);
			expect(encoded.status).toBe(404);
			expect(server.last().path).toBe(`${API_PREFIX}/teams/teams/1%2F..%2F2`);
		});

		it('takes repeated name[] parts in multipart uploads', async () => {
			const form = new FormData();
			for (const [name, value] of Object.entries({ public: 'true', space: 'company_internal', is_pending_assignment: 'false', author_id: '1', company_id: server.companyId, request_esignature: 'false' })) {
				form.append(name, value);
			}
			form.append('signee_ids[]', '1');
			form.append('signee_ids[]', '2');
			form.append('file', new Blob([Buffer.from('%PDF-1.4')], { type: 'application/pdf' }), 'contract.pdf');
			const created = await fetch(`${server.baseUrl}${API_PREFIX}/documents/documents`, { method: 'POST', headers: { 'x-api-key': server.apiKey }, body: form });
			expect(created.status).toBe(201);
			expect(server.last().headers['content-type']).toMatch(/^multipart\/form-data/);
			const document = (await created.json()) as { id: string };
			const urls = await call('POST', '/documents/download_urls/bulk_create', { body: { ids: [document.id] } });
			expect(urls.body).toEqual([{ id: document.id, url: expect.stringMatching(new RegExp(`^${server.baseUrl}/temporal-files/`)) }]);
			const url = (urls.body as unknown as Array<{ url: string }>)[0].url;
			const file = await fetch(url);
			expect(file.status).toBe(200);
			expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.4');
			expect((await fetch(url, { headers: { 'x-api-key': server.apiKey } })).status).toBe(400);
			expect((await call('POST', '/documents/download_urls/bulk_create', { body: { ids: ['999'] } })).status).toBe(404);
			const bad = new FormData();
			bad.append('public', 'yes');
			const refused = await fetch(`${server.baseUrl}${API_PREFIX}/documents/documents`, { method: 'POST', headers: { 'x-api-key': server.apiKey }, body: bad });
			expect(((await refused.json()) as { errors: Record<string, string[]> }).errors.public).toEqual(['must be true or false']);
		});
	});

	describe('paging', () => {
		it('pages by limit and after_id = the previous end_cursor, at most 100 a page', async () => {
			server.seedMany('/employees/employees', 247);
			const seen: string[] = [];
			let cursor: string | undefined;
			let pages = 0;
			for (;;) {
				const page = await call('GET', `/employees/employees?limit=100${cursor ? `&after_id=${encodeURIComponent(cursor)}` : ''}`);
				expect(page.status).toBe(200);
				pages++;
				const meta = page.body.meta as Record<string, unknown>;
				seen.push(...(page.body.data as Array<{ id: string }>).map((row) => row.id));
				expect(meta).toMatchObject({ total: 250, limit: 100, has_previous_page: pages > 1 });
				if (!meta.has_next_page) break;
				cursor = String(meta.end_cursor);
			}
			expect(pages).toBe(3);
			expect(seen).toHaveLength(250);
			expect(new Set(seen).size).toBe(250);
			const big = await call('GET', '/employees/employees?limit=500');
			expect((big.body.data as unknown[]).length).toBe(100);
			expect((await call('GET', '/employees/employees')).body.meta).toMatchObject({ limit: 100, has_next_page: true });
			expect((await call('GET', '/employees/employees?limit=0')).status).toBe(422);
			expect((await call('GET', '/employees/employees?after_id=%%%')).status).toBe(422);
			const offset = await call('GET', '/employees/employees?limit=10&page=2');
			expect((offset.body.data as Array<{ id: string }>)[0].id).toBe(seen[10]);
			server.nullMetaLimit = true;
			expect(((await call('GET', '/employees/employees')).body.meta as Record<string, unknown>).limit).toBeNull();
			server.nullMetaLimit = false;
		});

		it('seeds every list deterministically', async () => {
			const first = await call('GET', '/timeoff/policies');
			expect((first.body.data as unknown[]).length).toBe(3);
			expect(first.body.data).toEqual((await call('GET', '/timeoff/policies')).body.data);
			expect(server.rows('/timeoff/policies').map((row) => row.id)).toEqual(['1', '2', '3']);
		});
	});

	it('records every request: method, path, query, body and headers', async () => {
		await call('PUT', '/teams/teams/2?', { body: { id: '2', name: 'Ops' } });
		const recorded = server.last();
		expect(recorded).toMatchObject({ method: 'PUT', path: `${API_PREFIX}/teams/teams/2`, body: { id: '2', name: 'Ops' } });
		expect(recorded.headers['x-api-key']).toBe(server.apiKey);
	});

	it('injects failures and rate limits POSTs with Retry-After', async () => {
		server.failNext({ status: 503, body: { message: 'down' } });
		expect((await call('GET', '/teams/teams')).status).toBe(503);
		expect((await call('GET', '/teams/teams')).status).toBe(200);
		server.postsPerMinute = 1;
		await call('POST', '/locations/locations', { body: { name: 'A', company_id: server.companyId } });
		const limited = await call('POST', '/locations/locations', { body: { name: 'B', company_id: server.companyId } });
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		server.postsPerMinute = undefined;
	});

	describe('webhook subscriptions and deliveries', () => {
		let receiver: http.Server;
		let receiverUrl: string;
		const received: Array<{ url: string; headers: http.IncomingHttpHeaders; body: string }> = [];
		let answer = 200;
		beforeAll(async () => {
			receiver = http.createServer((req, res) => {
				let body = '';
				req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
				req.on('end', () => {
					received.push({ url: req.url ?? '', headers: req.headers, body });
					res.writeHead(answer).end();
				});
			});
			await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
		});
		afterAll(async () => await new Promise<void>((resolve) => receiver.close(() => resolve())));
		beforeEach(() => {
			server.clear('/api_public/webhook_subscriptions');
			received.length = 0;
			answer = 200;
		});

		const subscribe = async (type: string, extra: Record<string, unknown> = {}) =>
			await call('POST', '/api_public/webhook_subscriptions', {
				body: { subscription_type: type, target_url: `${receiverUrl}/hook?event=${type}`, company_id: server.companyId, challenge: 'c-1', ...extra },
			});

		it('stores subscriptions as the record schema names them (type, not subscription_type)', async () => {
			const created = await subscribe('timeoff/leave/approve', { name: 'n8n' });
			expect(created.status).toBe(201);
			expect(created.body).toEqual({
				id: expect.any(String),
				target_url: `${receiverUrl}/hook?event=timeoff/leave/approve`,
				type: 'timeoff/leave/approve',
				company_id: server.companyId,
				name: 'n8n',
				challenge: 'c-1',
				enabled: true,
				api_version: '2026-07-01',
			});
			const listed = await call('GET', '/api_public/webhook_subscriptions?type=timeoff%2Fleave%2Fapprove&enabled=true');
			expect(listed.body.data).toEqual([created.body]);
			expect((await subscribe('timeoff/leave/fly')).body).toEqual({ errors: { subscription_type: ['is not included in the list'] } });
			expect((await subscribe('timeoff/leave/create', { company_id: '1' })).body).toEqual({ errors: { company_id: ['is invalid'] } });
		});

		it('overwrites or refuses a second subscription for the same event, as switched', async () => {
			const first = await subscribe('teams/team/create');
			const second = await subscribe('teams/team/create', { challenge: 'c-2' });
			expect(second.status).toBe(201);
			expect(second.body).toMatchObject({ id: first.body.id, challenge: 'c-2' });
			expect(server.subscriptions()).toHaveLength(1);
			server.duplicateSubscriptions = 'reject';
			try {
				const refused = await subscribe('teams/team/create');
				expect(refused.status).toBe(422);
				expect(refused.body).toEqual({ errors: { subscription_type: ['has already been taken'] } });
			} finally {
				server.duplicateSubscriptions = 'overwrite';
			}
		});

		it('updates subscription_type and enabled with PUT, but not company_id', async () => {
			const created = await subscribe('teams/team/create');
			const id = String(created.body.id);
			const updated = await call('PUT', `/api_public/webhook_subscriptions/${id}`, { body: { id, enabled: false, subscription_type: 'teams/team/delete' } });
			expect(updated.body).toMatchObject({ id, enabled: false, type: 'teams/team/delete' });
			const company = await call('PUT', `/api_public/webhook_subscriptions/${id}`, { body: { id, company_id: server.companyId } });
			expect(company.body).toEqual({ errors: { company_id: ['is not a permitted parameter'] } });
		});

		it('delivers the bare resource with the challenge and author headers, and disables after repeated failures', async () => {
			const created = await subscribe('timeoff/leave/approve');
			const payload = server.eventPayload('timeoff/leave/approve', { id: '77' });
			const [delivery] = await server.deliver('timeoff/leave/approve', payload, { author: { id: '5', type: 'employee' } });
			expect(delivery.status).toBe(200);
			expect(received[0].url).toBe('/hook?event=timeoff/leave/approve');
			expect(received[0].headers[CHALLENGE_HEADER]).toBe('c-1');
			expect(received[0].headers['x-factorial-author-id']).toBe('5');
			expect(received[0].headers['x-factorial-author-type']).toBe('employee');
			expect(JSON.parse(received[0].body)).toEqual(payload);
			expect(payload).toMatchObject({ id: '77', employee_id: expect.any(String) });

			await server.deliver('timeoff/leave/approve', payload, { challenge: null });
			expect(received[1].headers[CHALLENGE_HEADER]).toBeUndefined();

			answer = 500;
			for (let i = 0; i < FAILURES_BEFORE_DISABLE; i++) await server.deliver('timeoff/leave/approve', payload);
			expect(server.row('/api_public/webhook_subscriptions', String(created.body.id))?.enabled).toBe(false);
			expect(await server.deliver('timeoff/leave/approve', payload)).toEqual([]);
		});
	});
});
