import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { readBinary } from '../harness/engine';
import { invalid, tooManyRequests } from '../servers/factorial/replies';
import { API_PREFIX } from '../servers/factorial/server';
import { parseMultipartBody, queryPairs } from '../servers/factorial/validate';
import { byId, factorialSuite } from './setup';

const TEAMS = '/teams/teams';
const path = (collection: string) => `${API_PREFIX}${collection}`;
const pages = (ctx: ReturnType<typeof factorialSuite>, collection: string) =>
	ctx.server.calls('GET', path(collection)).map((request) => queryPairs(request.rawQuery));

describe('Factorial › paging', () => {
	const ctx = factorialSuite();
	beforeAll(() => {
		ctx.server.clear(TEAMS);
		ctx.server.seedMany(TEAMS, 250);
	});

	it('Return All asks for 100 at a time with after_id = the previous end_cursor: ⌈N/100⌉ requests', async () => {
		const result = await ctx.run('factorial', { resource: 'team', operation: 'getAll', returnAll: true });
		expect(result.json).toHaveLength(250);
		expect(new Set(result.json.map((team) => team.id)).size).toBe(250);
		const cursors = ctx.replies.map(({ reply }) => ((reply.body as IDataObject).meta as IDataObject).end_cursor);
		expect(pages(ctx, TEAMS)).toEqual([
			[['limit', '100']],
			[['limit', '100'], ['after_id', cursors[0]]],
			[['limit', '100'], ['after_id', cursors[1]]],
		]);
	});

	it('Limit asks only for what is still wanted, across a page boundary', async () => {
		const result = await ctx.run('factorial', { resource: 'team', operation: 'getAll', returnAll: false, limit: 130 });
		expect(result.json).toHaveLength(130);
		const [first, second] = pages(ctx, TEAMS);
		expect(first).toEqual([['limit', '100']]);
		expect(second[0]).toEqual(['limit', '30']);
		expect(second[1][0]).toBe('after_id');
	});

	it('copes with meta.limit null', async () => {
		ctx.server.nullMetaLimit = true;
		try {
			const result = await ctx.run('factorial', { resource: 'team', operation: 'getAll', returnAll: true });
			expect(result.json).toHaveLength(250);
			expect(ctx.server.calls('GET', path(TEAMS))).toHaveLength(3);
		} finally {
			ctx.server.nullMetaLimit = false;
		}
	});

	it('fails, naming the page, when the cursor does not advance instead of fetching the same page forever', async () => {
		const page = { status: 200, body: { data: [{ id: '1' }], meta: { has_next_page: true, has_previous_page: false, limit: 100, total: 9, end_cursor: 'MQ==' } } };
		ctx.server.failNext(page, 5);
		const result = await ctx.run('factorial', { resource: 'team', operation: 'getAll', returnAll: true });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toMatch(/^Factorial sent the same records again on page 2 of /);
		expect(ctx.server.requests).toHaveLength(2);
		ctx.server.reset();
		// Drain what is left of the injected replies.
		for (let i = 0; i < 3; i++) await ctx.run('factorial', { resource: 'team', operation: 'get', teamId: byId('1') });
	});

	it('sends array filters in their documented name[] form, repeated, and IDs as strings', async () => {
		const result = await ctx.run('factorial', {
			resource: 'team',
			operation: 'getAll',
			returnAll: true,
			filters: { ids: ['5', '9007199254740993'] },
		});
		expect(result.json.map((team) => team.id)).toEqual(['5']);
		expect(pages(ctx, TEAMS)[0]).toEqual([['ids[]', '5'], ['ids[]', '9007199254740993'], ['limit', '100']]);
	});
});

describe('Factorial › errors and bad input', () => {
	const ctx = factorialSuite();

	it("turns a 404 into a NodeApiError with Factorial's message", async () => {
		const result = await ctx.run('factorial', { resource: 'team', operation: 'get', teamId: byId('404404') });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Record not found');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('404');
	});

	it('carries the field messages of a 422', async () => {
		ctx.server.failNext(invalid({ name: ['has already been taken'] }));
		const result = await ctx.run('factorial', { resource: 'team', operation: 'create', name: 'Platform' });
		expect(result.error?.message).toBe('name: has already been taken');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('422');
	});

	it('says why a key is refused, and never shows the key', async () => {
		ctx.engine.setCredential('factorialApi', { apiKey: 'wrong-key-0123456789', environment: 'custom', baseUrl: ctx.server.baseUrl });
		try {
			const result = await ctx.run('factorial', { resource: 'team', operation: 'getAll', returnAll: true });
			expect(result.error?.message).toBe('Invalid API key [code unauthorized]');
			expect(JSON.stringify(result.error)).not.toContain('wrong-key-0123456789');
		} finally {
			ctx.engine.setCredential('factorialApi', { apiKey: ctx.server.apiKey, environment: 'custom', baseUrl: ctx.server.baseUrl });
		}
	});

	it('retries a 429 after Retry-After (Factorial allows 200 POST requests a minute)', async () => {
		ctx.server.failNext(tooManyRequests(0));
		const result = await ctx.run('factorial', { resource: 'team', operation: 'create', name: 'Retry' });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ name: 'Retry' });
		expect(ctx.server.calls('POST', path(TEAMS))).toHaveLength(2);
	});

	it('refuses bad input of any item before the first request, naming field and item', async () => {
		const result = await ctx.run(
			'factorialTimeOff',
			{
				resource: 'leave',
				operation: 'create',
				employeeId: byId('1'),
				startOn: '={{ $json.start }}',
				additionalFields: { leaveTypeId: byId('1'), finishOn: '2024-03-10' },
			},
			[{ json: { start: '2024-03-01' } }, { json: { start: 'next tuesday' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Start On" in item 1: "next tuesday" is not a valid date');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('refuses a missing required ID and an empty update', async () => {
		const missing = await ctx.run('factorial', { resource: 'team', operation: 'get', teamId: byId('={{ $json.id }}') }, [{ json: { id: '' } }]);
		expect(missing.error?.message).toBe('Invalid "Team" in item 0: a value is required');
		const empty = await ctx.run('factorial', { resource: 'team', operation: 'update', teamId: byId('1'), updateFields: {} });
		expect(empty.error?.message).toBe('Invalid "Update Fields" in item 0: add at least one field to update');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('refuses invalid JSON and a value outside an enum', async () => {
		const json = await ctx.run('factorialFinance', {
			resource: 'journalEntry',
			operation: 'create',
			legalEntityId: byId('1'),
			referenceDate: '2025-01-01',
			lines: '[{"account_id": ',
		});
		expect(json.error?.message).toMatch(/^Invalid "Lines" in item 0: the value is not valid JSON$/);
		const option = await ctx.run(
			'factorial',
			{ resource: 'employee', operation: 'getAll', returnAll: true, filters: { onlyActive: '={{ "maybe" }}' } },
		);
		expect(option.error?.message).toBe('Invalid "Only Active" in item 0: "maybe" is not true or false');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('encodes IDs in paths and refuses dot segments', async () => {
		await ctx.run('factorial', { resource: 'team', operation: 'get', teamId: byId('a/b c') });
		expect(ctx.server.requests[0].path).toBe(`${path(TEAMS)}/a%2Fb%20c`);
		ctx.server.reset();
		const dots = await ctx.run('factorial', { resource: 'team', operation: 'get', teamId: byId('..') });
		expect(dots.error?.message).toBe('Invalid "Team" in item 0: ".." is not a valid ID');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('with Continue On Fail, a failing item becomes an error item and the others go on', async () => {
		const result = await ctx.run(
			'factorial',
			{ resource: 'team', operation: 'get', teamId: byId('={{ $json.id }}') },
			[{ json: { id: '1' } }, { json: { id: 'missing' } }, { json: { id: '2' } }],
			{ continueOnFail: true },
		);
		expect(result.json.map((item) => item.id ?? item.error)).toEqual(['1', 'Record not found', '2']);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Factorial › requests', () => {
	const ctx = factorialSuite();

	it('repeats the picked ID in the body of a PUT', async () => {
		const result = await ctx.run('factorial', { resource: 'team', operation: 'update', teamId: byId('2'), updateFields: { name: 'Renamed' } });
		expect(ctx.server.requests[0]).toMatchObject({ method: 'PUT', path: `${path(TEAMS)}/2`, body: { id: '2', name: 'Renamed' } });
		expect(result.json).toEqual([expect.objectContaining({ id: '2', name: 'Renamed' })]);
	});

	it("fills company_id with the credential's company, read once per run", async () => {
		const result = await ctx.run(
			'factorial',
			{ resource: 'location', operation: 'create', name: '={{ $json.name }}', country: 'es', timezone: 'Europe/Madrid' },
			[{ json: { name: 'Madrid' } }, { json: { name: 'Barcelona' } }],
		);
		expect(result.error).toBeUndefined();
		expect(ctx.server.calls('GET', path('/api_public/credentials'))).toHaveLength(1);
		const creates = ctx.server.calls('POST', path('/locations/locations'));
		expect(creates.map((request) => request.body)).toEqual([
			{ name: 'Madrid', country: 'es', timezone: 'Europe/Madrid', company_id: ctx.server.companyId },
			{ name: 'Barcelona', country: 'es', timezone: 'Europe/Madrid', company_id: ctx.server.companyId },
		]);
		ctx.server.reset();
		await ctx.run('factorial', {
			resource: 'location',
			operation: 'create',
			name: 'Lisbon',
			country: 'pt',
			timezone: 'Europe/Lisbon',
			additionalFields: { companyId: ctx.server.companyId },
		});
		expect(ctx.server.calls('GET', path('/api_public/credentials'))).toHaveLength(0);
	});

	it('simplifies large records unless Simplify is off', async () => {
		const simple = await ctx.run('factorial', { resource: 'employee', operation: 'get', employeeId: byId('1') });
		expect(Object.keys(simple.json[0])).toEqual(['id', 'full_name', 'first_name', 'last_name', 'email', 'state', 'company_id', 'created_at', 'updated_at', 'access_id']);
		const raw = await ctx.run('factorial', { resource: 'employee', operation: 'get', employeeId: byId('1'), simplify: false });
		expect(Object.keys(raw.json[0]).length).toBeGreaterThan(10);
	});

	it('sends the OAuth2 access token as Bearer and no API key', async () => {
		const token = ctx.connectOAuth2();
		const result = await ctx.run('factorial', { authentication: 'oAuth2', resource: 'team', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const [request] = ctx.server.requests;
		expect(request.headers.authorization).toBe(`Bearer ${token.accessToken}`);
		expect(request.headers['x-api-key']).toBeUndefined();
	});

	it('refreshes an expired OAuth2 token once and stores the new one', async () => {
		const token = ctx.connectOAuth2();
		token.expiresAt = Date.now() - 1;
		const result = await ctx.run('factorial', { authentication: 'oAuth2', resource: 'team', operation: 'get', teamId: byId('1') });
		expect(result.error).toBeUndefined();
		expect(ctx.server.calls('POST', '/oauth/token')).toHaveLength(1);
		const refresh = ctx.server.calls('POST', '/oauth/token')[0].body as IDataObject;
		expect(refresh).toMatchObject({ grant_type: 'refresh_token', refresh_token: token.refreshToken, client_id: ctx.server.oauthClient.clientId });
		const saved = ctx.engine.credentials.store.get('factorialOAuth2Api')?.oauthTokenData as IDataObject;
		expect(saved.access_token).not.toBe(token.accessToken);
	});
});

describe('Factorial › files', () => {
	const ctx = factorialSuite();
	const pdf = Buffer.from('%PDF-1.4 employment contract');
	let files: http.Server;
	let fileUrl = '';
	const fileRequests: http.IncomingHttpHeaders[] = [];
	beforeAll(async () => {
		files = http.createServer((req, res) => {
			fileRequests.push(req.headers);
			res.writeHead(200, { 'content-type': 'application/pdf' });
			res.end(pdf);
		});
		await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
		fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/blobs/contract%20signed.pdf?signature=abc`;
	});
	afterAll(async () => {
		files.closeAllConnections();
		await new Promise<void>((resolve) => files.close(() => resolve()));
	});

	it('uploads the input binary as multipart with the other fields', async () => {
		const result = await ctx.run(
			'factorialWorkplace',
			{
				resource: 'document',
				operation: 'create',
				public: false,
				space: 'employee_my_documents',
				isPendingAssignment: false,
				authorId: '7',
				requestEsignature: false,
				binaryPropertyName: 'contract',
				additionalFields: { employeeId: byId('1'), signeeIds: ['7', '8'] },
			},
			[{ json: {}, binary: { contract: { data: pdf.toString('base64'), mimeType: 'application/pdf', fileName: 'contract.pdf' } } }],
		);
		expect(result.error).toBeUndefined();
		const upload = ctx.server.calls('POST', path('/documents/documents'))[0];
		const form = parseMultipartBody(upload);
		expect(form?.fields).toEqual({
			public: ['false'],
			space: ['employee_my_documents'],
			is_pending_assignment: ['false'],
			author_id: ['7'],
			request_esignature: ['false'],
			employee_id: ['1'],
			'signee_ids[]': ['7', '8'],
			company_id: [ctx.server.companyId],
		});
		expect(form?.files.file[0]).toMatchObject({ filename: 'contract.pdf', contentType: 'application/pdf' });
		expect(form?.files.file[0].data.equals(pdf)).toBe(true);
		expect(result.json[0].id).toBeDefined();
	});

	it('refuses an upload whose binary field is missing, before any request', async () => {
		const result = await ctx.run('factorialWorkplace', { resource: 'taskFile', operation: 'create', taskId: byId('1'), binaryPropertyName: 'nothing' });
		expect(result.error?.message).toBe('Invalid "Input Binary Field" in item 0: the item has no binary field "nothing"');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('downloads documents from their temporary URLs without sending the credential there', async () => {
		ctx.server.failNext({ status: 200, body: [{ id: '5', url: fileUrl }] });
		const result = await ctx.run('factorialWorkplace', {
			resource: 'downloadUrl',
			operation: 'bulkCreate',
			additionalFields: { ids: ['5'] },
			downloadFiles: true,
			binaryPropertyName: 'file',
		});
		expect(result.error).toBeUndefined();
		expect(ctx.server.requests[0]).toMatchObject({ method: 'POST', body: { ids: ['5'] } });
		expect(result.json).toEqual([{ id: '5', url: fileUrl }]);
		const binary = result.items[0].binary?.file;
		expect(binary).toMatchObject({ fileName: 'contract signed.pdf', mimeType: 'application/pdf' });
		expect((await readBinary(binary)).equals(pdf)).toBe(true);
		expect(fileRequests).toHaveLength(1);
		expect(fileRequests[0]['x-api-key']).toBeUndefined();
		expect(fileRequests[0].authorization).toBeUndefined();
	});
});

describe('Factorial › pickers', () => {
	const ctx = factorialSuite();
	beforeAll(() => {
		ctx.server.clear('/employees/employees');
		ctx.server.seed('/employees/employees', [
			{ id: '1', full_name: 'Ada Lovelace', email: 'ada@example.com' },
			{ id: '2', full_name: 'Grace Hopper', email: 'grace@example.com' },
		]);
		ctx.server.clear(TEAMS);
		ctx.server.seed(TEAMS, Array.from({ length: 120 }, (_, i) => ({ id: String(i + 1), name: `Team ${String(i + 1).padStart(3, '0')}` })));
	});

	it('searches employees on the server by name and labels them with their email', async () => {
		const result = (await ctx.loadOptions('factorial', 'listSearch', 'searchEmployee', {}, 'Ada')) as IDataObject;
		expect(pages(ctx, '/employees/employees')[0]).toEqual([['limit', '100'], ['full_text_name', 'Ada']]);
		expect((result.results as IDataObject[])[0]).toEqual({ name: 'Ada Lovelace (ada@example.com)', value: '1' });
	});

	it('pages a list search with the cursor as pagination token and filters labels locally', async () => {
		const first = (await ctx.loadOptions('factorial', 'listSearch', 'searchTeam', {})) as { results: IDataObject[]; paginationToken?: string };
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBeDefined();
		const second = (await ctx.loadOptions('factorial', 'listSearch', 'searchTeam', {}, undefined, first.paginationToken)) as { results: IDataObject[]; paginationToken?: string };
		expect(second.results).toHaveLength(20);
		expect(second.paginationToken).toBeUndefined();
		const filtered = (await ctx.loadOptions('factorial', 'listSearch', 'searchTeam', {}, 'Team 007')) as { results: IDataObject[] };
		expect(filtered.results).toEqual([{ name: 'Team 007', value: '7' }]);
	});

	it('loads multi-select options from every page, sorted by label', async () => {
		const options = (await ctx.loadOptions('factorial', 'loadOptions', 'loadTeamOptions')) as IDataObject[];
		expect(options).toHaveLength(120);
		expect(options[0]).toEqual({ name: 'Team 001', value: '1' });
		expect(ctx.server.calls('GET', path(TEAMS))).toHaveLength(2);
	});
});
