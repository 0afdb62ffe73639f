import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ICredentialDataDecryptedObject, ICredentialTestFunction, INodeType } from 'n8n-workflow';
import { CredentialTestContext } from 'n8n-core';
import { ChiefOnboarding } from '../nodes/ChiefOnboarding/ChiefOnboarding.node';
import { chiefOnboardingBaseUrl } from '../nodes/ChiefOnboarding/transport';
import { FactorialTimeOff } from '../nodes/Factorial/FactorialTimeOff.node';
import { HrOmni } from '../nodes/HrOmni/HrOmni.node';
import { Humaans } from '../nodes/Humaans/Humaans.node';
import { humaansBaseUrl } from '../nodes/Humaans/transport';
import { Engine } from './harness/engine';
import { ChiefOnboardingServer } from './servers/chiefonboarding/server';
import { FactorialServer } from './servers/factorial/server';
import { HrOmniServer } from './servers/hromni/server';
import { HumaansServer } from './servers/humaans/server';

/**
 * Every credential test as n8n runs it from the credential form (the node's
 * `credentialTest` method in n8n-core's CredentialTestContext), against the contract
 * servers: success, and the reason of each failure in the system's own words. The OAuth2
 * credentials (Employment Hero, Factorial) have none: n8n 2.41 never runs a package's test for OAuth2
 * credentials (its editor shows "Account connected", and a node run whose refresh token was
 * revoked says the credential needs to be reconnected, test/employmenthero/oauth.test.ts).
 */
const engine = new Engine({ nodes: {}, credentialTypes: {} });
const context = () => new CredentialTestContext(engine.additionalData());

/** The test function n8n picks for a credential: the one the node's `testedBy` names. */
function testerOf(node: INodeType, credentialName: string): ICredentialTestFunction {
	const entry = node.description.credentials?.find((c) => c.name === credentialName);
	if (typeof entry?.testedBy !== 'string') throw new Error(`${credentialName} has no testedBy function`);
	const fn = node.methods?.credentialTest?.[entry.testedBy];
	if (!fn) throw new Error(`${entry.testedBy} is not a credentialTest method`);
	return fn;
}

async function runTest(node: INodeType, type: string, data: ICredentialDataDecryptedObject) {
	return await testerOf(node, type).call(context(), { id: '1', name: 'Test', type, data });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('credential tests', () => {
	it('every API-key and login credential is tested by a function of each node using it, and no credential has a request test', () => {
		const root = join(__dirname, '..');
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
		const load = <T>(dist: string): T => {
			// A module may export constants next to its class (e.g. a trigger's header name).
			const mod = require(join(root, dist.replace(/^dist\//, '').replace(/\.js$/, '.ts'))) as Record<string, unknown>;
			const type = Object.values(mod).find((value): value is new () => T => typeof value === 'function');
			if (!type) throw new Error(`${dist} exports no class`);
			return new type();
		};
		const tested = new Set<string>();
		for (const file of pkg.n8n.nodes) {
			const node = load<INodeType>(file);
			for (const credential of node.description.credentials ?? []) {
				// n8n 2.41 tests OAuth2 credentials itself (it only checks that a token is stored) and
				// its editor shows "Account connected" instead of running a test: no function runs.
				if (/OAuth2Api$/.test(credential.name)) continue;
				expect({ node: node.description.name, credential: credential.name, testedBy: typeof testerOf(node, credential.name) }).toEqual({
					node: node.description.name,
					credential: credential.name,
					testedBy: 'function',
				});
				tested.add(credential.name);
			}
		}
		for (const file of pkg.n8n.credentials) {
			// A `test` request on the credential would take precedence over the node's function.
			const credential = load<{ name: string; test?: unknown }>(file);
			const oauth2 = (credential as { extends?: string[] }).extends?.includes('oAuth2Api') ?? false;
			expect({ name: credential.name, test: credential.test, tested: oauth2 || tested.has(credential.name) }).toEqual({
				name: credential.name,
				test: undefined,
				tested: true,
			});
		}
	});

	describe('Humaans', () => {
		const server = new HumaansServer();
		beforeAll(async () => await server.start());
		afterAll(async () => await server.stop());
		beforeEach(() => server.reset());
		const test = async (data: ICredentialDataDecryptedObject) => await runTest(new Humaans(), 'humaansApi', data);

		it('succeeds with a valid token, sending it as the node does to GET /api/token-info', async () => {
			const baseUrl = ` ${server.baseUrl}/ `;
			expect(await test({ accessToken: server.token, baseUrl })).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(server.last()).toMatchObject({ method: 'GET', path: '/api/token-info' });
			expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
			// The node's client reads the same base URL.
			expect(humaansBaseUrl({ baseUrl })).toBe(server.baseUrl);
		});

		it('shows Humaans’ reason for a wrong token', async () => {
			const result = await test({ accessToken: 'wrong-token', baseUrl: server.baseUrl });
			expect(result).toEqual({
				status: 'Error',
				message:
					'Humaans refused the access token: Missing or invalid access token (HTTP 401, code NotAuthenticated). Create a token in Humaans (Settings → API access tokens) and paste it here.',
			});
		});

		it('names the network error when the server cannot be reached', async () => {
			const port = await closedPort();
			const result = await test({ accessToken: server.token, baseUrl: `http://127.0.0.1:${port}` });
			expect(result.status).toBe('Error');
			expect(result.message).toBe(
				`Humaans could not be reached at http://127.0.0.1:${port} (ECONNREFUSED): nothing accepts connections there. Check the Base URL and that the server is running.`,
			);
			expect(result.message).not.toContain(server.token);
		});

		it('refuses a base URL that is not an http(s) address before sending anything', async () => {
			const result = await test({ accessToken: server.token, baseUrl: 'app.humaans.io' });
			expect(result).toEqual({
				status: 'Error',
				message: 'The Base URL "app.humaans.io" is not an address Humaans can be reached at: enter it as https://host (or http://host)',
			});
			expect(server.requests).toHaveLength(0);
		});
	});

	describe('Factorial', () => {
		const server = new FactorialServer();
		beforeAll(async () => await server.start());
		afterAll(async () => await server.stop());
		beforeEach(() => server.reset());
		// Every Factorial node names the same function; the Time Off node stands for all of them.
		const test = async (data: ICredentialDataDecryptedObject) => await runTest(new FactorialTimeOff(), 'factorialApi', data);

		it('succeeds with a valid key, sending it as the node does to GET api_public/credentials', async () => {
			expect(await test({ apiKey: server.apiKey, environment: 'custom', baseUrl: `${server.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(server.last()).toMatchObject({ method: 'GET', path: '/api/2026-07-01/resources/api_public/credentials' });
			expect(server.last().headers['x-api-key']).toBe(server.apiKey);
		});

		it('shows Factorial’s reason for a wrong key, without the key', async () => {
			const result = await test({ apiKey: 'wrong-key', environment: 'custom', baseUrl: server.baseUrl });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/^Factorial refused the API key: .*Invalid API key.*\. An admin creates keys in Factorial \(Settings → Keys\)/);
			expect(result.message).not.toContain('wrong-key');
		});

		it('names the network error when the server cannot be reached', async () => {
			const port = await closedPort();
			const result = await test({ apiKey: server.apiKey, environment: 'custom', baseUrl: `http://127.0.0.1:${port}` });
			expect(result.status).toBe('Error');
			expect(result.message).toContain(`Factorial could not be reached at http://127.0.0.1:${port} (ECONNREFUSED)`);
			expect(result.message).not.toContain(server.apiKey);
		});
	});

	describe('ChiefOnboarding', () => {
		const server = new ChiefOnboardingServer();
		beforeAll(async () => await server.start());
		afterAll(async () => await server.stop());
		beforeEach(() => {
			server.reset();
			server.apiAccess = true;
		});
		const test = async (data: ICredentialDataDecryptedObject) => await runTest(new ChiefOnboarding(), 'chiefOnboardingApi', data);

		it('succeeds with an administrator token and a pasted URL ending in /api/', async () => {
			expect(await test({ baseUrl: `${server.baseUrl}/api/`, apiToken: server.token })).toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			expect(server.last()).toMatchObject({ method: 'GET', path: '/api/employees/' });
			expect(server.last().headers.authorization).toBe(`Token ${server.token}`);
		});

		it('reads a base URL without a scheme as the node does (https://), instead of failing on the URL', async () => {
			const bare = server.baseUrl.replace(/^http:\/\//, '');
			expect(chiefOnboardingBaseUrl({ baseUrl: bare })).toBe(`https://${bare}`);
			const result = await test({ baseUrl: bare, apiToken: server.token });
			// The contract server speaks plain HTTP, so the https:// the node would use fails the TLS handshake.
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(new RegExp(`^ChiefOnboarding could not be reached at https://${bare.replace(/\./g, '\\.')} \\(E[A-Z_]+\\)`));
			expect(result.message).not.toContain('ERR_INVALID_URL');
		});

		it('shows ChiefOnboarding’s reason for a wrong token', async () => {
			const result = await test({ baseUrl: server.baseUrl, apiToken: 'not-a-token' });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/^ChiefOnboarding refused the API token: Invalid token\. \(HTTP 401\)\. Check the API token/);
		});

		it('explains that only administrator tokens are accepted', async () => {
			const user = server.addUser({ first_name: 'Nia', last_name: 'Newhire', email: 'nia@example.com', role: 0 });
			const result = await test({ baseUrl: server.baseUrl, apiToken: server.issueToken(user.id) });
			expect(result.message).toBe(
				'ChiefOnboarding refused the API token: You do not have permission to perform this action. (HTTP 403). ChiefOnboarding accepts only tokens of administrator users. Create the token for an administrator.',
			);
		});

		it('says API access is disabled when /api/ answers 404', async () => {
			server.apiAccess = false;
			const result = await test({ baseUrl: server.baseUrl, apiToken: server.token });
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/^API access is disabled: ChiefOnboarding answered 404 Not Found for \/api\/employees\/: .*API_ACCESS=True/);
		});

		it('names the network error when the server cannot be reached', async () => {
			const port = await closedPort();
			const result = await test({ baseUrl: `http://127.0.0.1:${port}`, apiToken: server.token });
			expect(result.message).toMatch(new RegExp(`^ChiefOnboarding could not be reached at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`));
		});
	});

	describe('HR Omni', () => {
		const server = new HrOmniServer();
		const password = 'correct-horse-battery';
		let email = '';
		beforeAll(async () => {
			await server.start();
			email = server.createAccount({ firstName: 'Ada', lastName: 'Admin', email: 'ada@hippoland.test', password }).email;
		});
		afterAll(async () => await server.stop());
		beforeEach(() => server.reset());
		const test = async (data: ICredentialDataDecryptedObject) => await runTest(new HrOmni(), 'hrOmniApi', data);

		it('logs in as the node does and reads /user/me with the new session', async () => {
			expect(await test({ baseUrl: `${server.baseUrl}/`, email, password })).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /', 'POST /user/login', 'GET /user/me']);
			expect(server.last().headers['x-csrf-token']).toEqual(expect.any(String));
		});

		it('shows HR Omni’s reason for a wrong password, without the password', async () => {
			const result = await test({ baseUrl: server.baseUrl, email, password: 'wrong-password-1' });
			expect(result.status).toBe('Error');
			expect(result.message).toBe('HR Omni login failed: Invalid email or password (HR Omni code 4002)');
			expect(result.message).not.toContain('wrong-password-1');
			expect(server.requests.map((r) => r.path)).toEqual(['/', '/user/login']);
		});

		it('names the network error when the server cannot be reached', async () => {
			const port = await closedPort();
			const result = await test({ baseUrl: `http://127.0.0.1:${port}`, email, password });
			expect(result).toEqual({ status: 'Error', message: 'HR Omni login failed: the server could not be reached (ECONNREFUSED)' });
		});

		it('refuses a base URL without a scheme', async () => {
			const result = await test({ baseUrl: 'api.hromni.example', email, password });
			expect(result.status).toBe('Error');
			expect(result.message).toContain('api.hromni.example');
			expect(server.requests).toHaveLength(0);
		});
	});
});
