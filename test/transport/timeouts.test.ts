import type { ICredentialTestFunctions, ICredentialsDecrypted, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { humaansCredentialTest } from '../../nodes/Humaans/credentialTest';
import { chiefOnboardingCredentialTest } from '../../nodes/ChiefOnboarding/credentialTest';
import { hrOmniCredentialTest } from '../../nodes/HrOmni/credentialTest';
import { OutboundHttp } from '@n8n/backend-network';
import { DEFAULT_REQUEST_TIMEOUT_MS, RETRY_POLICY } from '../../nodes/shared/request';
import { byId as hrOmniId, startHrOmni } from '../hromni/setup';
import { startChiefOnboarding } from '../chiefonboarding/setup';
import { SYSTEMS, apiCalls, systemSuite } from './systems';

/** Every request n8n's HTTP layer sends while `during` runs, with the options it was given. */
async function capture(during: () => Promise<unknown>): Promise<IHttpRequestOptions[]> {
	const seen: IHttpRequestOptions[] = [];
	const original = OutboundHttp.prototype.requests;
	const spy = jest.spyOn(OutboundHttp.prototype, 'requests').mockImplementation(function (this: OutboundHttp, ...args) {
		const client = original.apply(this, args);
		return {
			...client,
			request: async (options: IHttpRequestOptions) => {
				seen.push({ ...options });
				return await client.request(options);
			},
		} as typeof client;
	});
	try {
		await during();
	} finally {
		spy.mockRestore();
	}
	return seen;
}

describe.each(SYSTEMS)('%s › every request has a timeout', (_name, start) => {
	const sut = systemSuite(start);
	const withTimeout = (ms: number) => ({ requestOptions: { timeout: ms } });

	it('sends every request (logins included) with a timeout and without n8n following redirects', async () => {
		const requests = await capture(async () => await sut.run(sut.list.parameters));
		expect(requests.length).toBeGreaterThan(0);
		for (const options of requests) {
			expect({ url: options.url, timeout: options.timeout }).toEqual({ url: options.url, timeout: expect.any(Number) });
			expect(options.disableFollowRedirect).toBe(true);
		}
		// API requests get the default; HR Omni's login (GET /, POST /user/login) its own.
		const isLogin = (url: string) => /\/user\/login$|:\d+\/$/.test(url);
		const api = requests.filter((options) => !isLogin(String(options.url)));
		expect(api.length).toBeGreaterThan(0);
		for (const options of api) expect(options.timeout).toBe(DEFAULT_REQUEST_TIMEOUT_MS);
	});

	it('a read that never answers fails after the Timeout option, then is retried', async () => {
		sut.server.inject({ type: 'hang' }, { path: sut.list.path, times: 1 });
		const started = Date.now();
		const result = await sut.run({ ...sut.list.parameters, ...withTimeout(300) });
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		const calls = apiCalls(sut, 'GET', sut.list.path);
		expect(calls[1].receivedAt - calls[0].receivedAt).toBeGreaterThanOrEqual(300);
	});

	it('a read that never answers at all fails with a clear timeout error', async () => {
		sut.server.inject({ type: 'hang' }, { path: sut.list.path });
		const result = await sut.run({ ...sut.list.parameters, ...withTimeout(200) });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('The request timed out: no answer within 0.2 s (ETIMEDOUT)');
		expect(apiCalls(sut, 'GET', sut.list.path)).toHaveLength(1 + RETRY_POLICY.maxRetries);
	}, 30_000);

	it('a create that never answers fails once, and is not sent again', async () => {
		if (!sut.create) return; // Employment Hero documents no write operation.
		sut.server.inject({ type: 'hang' }, { method: 'POST', path: sut.create.path });
		const result = await sut.run({ ...sut.create.parameters, ...withTimeout(250) });
		expect(result.error?.message).toBe('The request timed out: no answer within 0.3 s (ETIMEDOUT)');
		expect(result.error?.description).toContain('Timeout under Request Options');
		expect(apiCalls(sut, 'POST', sut.create.path)).toHaveLength(1);
	});

	it('refuses a Timeout that is not a positive number before any request', async () => {
		const result = await sut.run({ ...sut.list.parameters, requestOptions: { timeout: '=0' } });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Timeout" in item 0: "0" is not a number of milliseconds of at least 1');
		expect(apiCalls(sut)).toHaveLength(0);
	});
});

describe('triggers and logins have a timeout too', () => {
	it('HR Omni: the login and the Trigger poll', async () => {
		const ctx = await startHrOmni();
		try {
			const workflow = ctx.engine.workflow(
				{ type: 'n8n-nodes-hris.hrOmniTrigger', parameters: { event: 'newEmployee', companyId: hrOmniId(ctx.companyId) }, credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } } },
				{},
			);
			const requests = await capture(async () => await ctx.engine.poll(workflow));
			expect(requests.map((options) => String(options.url)).some((url) => url.endsWith('/user/login'))).toBe(true);
			expect(requests.length).toBeGreaterThanOrEqual(3);
			for (const options of requests) {
				expect(options.timeout).toEqual(expect.any(Number));
				expect(options.disableFollowRedirect).toBe(true);
			}
		} finally {
			await ctx.server.stop();
		}
	});

	it('ChiefOnboarding: the Trigger poll', async () => {
		const ctx = await startChiefOnboarding();
		try {
			const requests = await capture(async () => await ctx.engine.poll(ctx.triggerWorkflow()));
			expect(requests.length).toBeGreaterThan(0);
			for (const options of requests) expect(options.timeout).toBe(DEFAULT_REQUEST_TIMEOUT_MS);
		} finally {
			await ctx.server.stop();
		}
	});

	it('every credential test request, without following a redirect', async () => {
		// The credential forms run the nodes' credentialTest methods (testedBy); Employment Hero's
		// OAuth2 credential is never tested by n8n 2.41 (it only checks a token is stored).
		const tests = [
			[humaansCredentialTest, { accessToken: 'tok', baseUrl: 'http://127.0.0.1:9' }],
			[chiefOnboardingCredentialTest, { apiToken: 'tok', baseUrl: 'http://127.0.0.1:9' }],
			[hrOmniCredentialTest, { email: 'a@b.test', password: 'pw', baseUrl: 'http://127.0.0.1:9' }],
		] as const;
		for (const [test, data] of tests) {
			const sent: IDataObject[] = [];
			const ctx = {
				helpers: {
					request: async (options: IDataObject) => {
						sent.push(options);
						return { statusCode: 401, body: '{}', headers: {} };
					},
				},
			} as unknown as ICredentialTestFunctions;
			await test.call(ctx, { id: '1', name: 'c', type: 't', data: { ...data } } as ICredentialsDecrypted);
			expect(sent.length).toBeGreaterThan(0);
			for (const options of sent) {
				expect(options.timeout).toEqual(expect.any(Number));
				expect(options.followRedirect).toBe(false);
				expect(options.followAllRedirects).toBe(false);
			}
		}
	});
});
