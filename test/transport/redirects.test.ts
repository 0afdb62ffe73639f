import type { ContractServer, RecordedRequest } from '../servers/base';
import { startSink } from '../servers/base';
import { readBinary } from '../harness/engine';
import { byId as humaansId, startHumaans } from '../humaans/setup';
import { startHrOmni } from '../hromni/setup';
import { SYSTEMS, apiCalls, systemSuite } from './systems';

/** Headers and query parameters that carry a credential in any of the four systems. */
function credentialIn(request: RecordedRequest): string[] {
	const found: string[] = [];
	for (const name of ['authorization', 'cookie', 'x-csrf-token']) if (request.headers[name] !== undefined) found.push(name);
	return found;
}

describe.each(SYSTEMS)('%s › credentials never leave the origin of the Base URL', (_name, start) => {
	const sut = systemSuite(start);
	let sink: ContractServer;
	beforeAll(async () => {
		sink = await startSink();
	});
	afterAll(async () => await sink.stop());
	beforeEach(() => sink.reset());

	it.each([301, 302, 303, 307, 308] as const)('a %s to another origin fails naming it, and nothing reaches it', async (status) => {
		sut.server.inject({ type: 'redirect', status, location: `${sink.baseUrl}/steal?x=1` }, { path: sut.list.path });
		const result = await sut.run(sut.list.parameters);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain(`another origin (${sink.baseUrl})`);
		expect(result.error?.message).toContain('the credential was not sent there');
		expect(sink.requests).toHaveLength(0);
		expect(apiCalls(sut, sut.list.method, sut.list.path)).toHaveLength(1);
	});

	it('a redirect to the same host on another port is another origin', async () => {
		const otherPort = sink.baseUrl.replace('127.0.0.1', 'localhost');
		sut.server.inject({ type: 'redirect', status: 307, location: `${otherPort}/x` }, { path: sut.list.path });
		const result = await sut.run(sut.list.parameters);
		expect(result.error?.message).toContain(`another origin (${otherPort})`);
		expect(sink.requests).toHaveLength(0);
	});

	it('follows a same-origin redirect with the credential', async () => {
		sut.server.inject(
			{ type: 'redirect', status: 307, location: (req) => `${req.path}${req.rawQuery ? `?${req.rawQuery}` : ''}` },
			{ path: sut.list.path, times: 1 },
		);
		const result = await sut.run(sut.list.parameters);
		expect(result.error).toBeUndefined();
		expect(result.json.length).toBeGreaterThan(0);
		const calls = apiCalls(sut, sut.list.method, sut.list.path);
		expect(calls.length).toBeGreaterThanOrEqual(2);
		expect(credentialIn(calls[0])).toEqual(credentialIn(calls[1]));
		expect(credentialIn(calls[1]).length).toBeGreaterThan(0);
	});

	it('gives up after five same-origin redirects', async () => {
		sut.server.inject({ type: 'redirect', status: 302, location: (req) => `${req.path}?${req.rawQuery}` }, { path: sut.list.path });
		const result = await sut.run(sut.list.parameters);
		expect(result.error?.message).toBe('Too many redirects (more than 5)');
		expect(apiCalls(sut, sut.list.method, sut.list.path)).toHaveLength(6);
	});

	it('a create redirected to another origin is not re-posted there', async () => {
		if (!sut.create) return; // Employment Hero documents no write operation.
		sut.server.inject({ type: 'redirect', status: 307, location: `${sink.baseUrl}/api/users/` }, { path: sut.create.path, method: 'POST' });
		const result = await sut.run(sut.create.parameters);
		expect(result.error?.message).toContain(`another origin (${sink.baseUrl})`);
		expect(sink.requests).toHaveLength(0);
	});
});

describe('HR Omni › the login never follows a redirect', () => {
	let ctx: Awaited<ReturnType<typeof startHrOmni>>;
	let sink: ContractServer;
	beforeAll(async () => {
		ctx = await startHrOmni();
		sink = await startSink();
	});
	afterAll(async () => {
		await ctx.server.stop();
		await sink.stop();
	});
	beforeEach(() => {
		ctx.reset();
		sink.reset();
	});

	it.each([
		['POST', '/user/login', 307],
		['POST', '/user/login', 308],
		['POST', '/user/login', 302],
		['GET', '/', 302],
	] as const)('%s %s answered %s: an error naming the target origin, no password sent', async (method, path, status) => {
		ctx.server.inject({ type: 'redirect', status, location: `${sink.baseUrl}/user/login` }, { method, path });
		const result = await ctx.run({ resource: 'user', operation: 'getMe' });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain('HR Omni login failed: the server redirected');
		expect(result.error?.message).toContain(sink.baseUrl);
		expect(sink.requests).toHaveLength(0);
		expect(ctx.server.calls(method, path)).toHaveLength(1);
	});
});

describe('Humaans › a file download handed over to another origin', () => {
	let ctx: Awaited<ReturnType<typeof startHumaans>>;
	let sink: ContractServer;
	beforeAll(async () => {
		ctx = await startHumaans();
		sink = await startSink({ status: 200, raw: true, headers: { 'content-type': 'application/pdf' }, body: Buffer.from('%PDF from storage') });
	});
	afterAll(async () => {
		await ctx.server.stop();
		await sink.stop();
	});

	it('follows it without the token', async () => {
		const [person] = ctx.server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const uploaded = await ctx.run(
			{ resource: 'file', operation: 'create', type: 'document', binaryPropertyName: 'data', additionalFields: { personId: humaansId(String(person.id)) } },
			[{ json: {}, binary: { data: { data: Buffer.from('%PDF').toString('base64'), mimeType: 'application/pdf', fileName: 'a.pdf' } } }],
		);
		const fileId = String(uploaded.json[0].id);
		ctx.server.inject({ type: 'redirect', status: 302, location: `${sink.baseUrl}/bucket/a.pdf?signature=abc` }, { path: `/file/${fileId}` });
		const downloaded = await ctx.run({ resource: 'file', operation: 'download', fileId });
		expect(downloaded.error).toBeUndefined();
		expect((await readBinary(downloaded.items[0].binary?.data)).toString()).toBe('%PDF from storage');
		// The same-origin download URL got the token; the storage host did not.
		expect(ctx.server.calls('GET', `/file/${fileId}`)[0].headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		expect(sink.requests).toHaveLength(1);
		expect(sink.requests[0]).toMatchObject({ method: 'GET', path: '/bucket/a.pdf', rawQuery: 'signature=abc' });
		expect(credentialIn(sink.requests[0])).toEqual([]);
	});
});
