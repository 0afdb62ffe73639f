import { createHash, randomBytes } from 'node:crypto';
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { ClientOAuth2 } from '@n8n/client-oauth2';
import { EmploymentHeroOAuth2Api } from '../../credentials/EmploymentHeroOAuth2Api.credentials';
import type { EmploymentHeroContext } from './setup';
import { CREDENTIAL_TYPE, fromList, startEmploymentHero } from './setup';

const FIFTEEN_MINUTES = 15 * 60_000;

describe('Employment Hero › OAuth2 credential', () => {
	let ctx: EmploymentHeroContext;
	let orgId: string;
	beforeAll(async () => {
		ctx = await startEmploymentHero();
		orgId = String(ctx.server.seedOrganisation({ name: 'Acme Pty Ltd' }).id);
		ctx.server.seedEmployees(orgId, 250);
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.engine.credentials.saved.length = 0;
		ctx.connect();
	});

	const stored = () => ctx.engine.credentials.store.get(CREDENTIAL_TYPE) as IDataObject;
	const tokenData = () => stored().oauthTokenData as IDataObject;
	const listOrganisations = async () => await ctx.run({ resource: 'organisation', operation: 'getAll', returnAll: true });

	it('extends n8n OAuth2 with the documented URLs, PKCE on, client credentials in the body and editable scopes', () => {
		const credential = new EmploymentHeroOAuth2Api();
		const prop = (name: string) => credential.properties.find((p) => p.name === name) as INodeProperties;
		expect(credential.name).toBe('employmentHeroOAuth2Api');
		expect(credential.extends).toEqual(['oAuth2Api']);
		expect(prop('authUrl')).toMatchObject({ type: 'hidden', default: 'https://oauth.employmenthero.com/oauth2/authorize' });
		expect(prop('accessTokenUrl')).toMatchObject({ type: 'hidden', default: 'https://oauth.employmenthero.com/oauth2/token' });
		expect(prop('grantType')).toMatchObject({ type: 'hidden', default: 'authorizationCode' });
		expect(prop('usePkce')).toMatchObject({ type: 'boolean', default: true });
		expect(prop('authentication')).toMatchObject({ type: 'hidden', default: 'body' });
		// A visible `scope` property is what lets n8n keep user-edited scopes.
		expect(prop('scope')).toMatchObject({ type: 'string', default: '' });
		// The setup notice replaces oAuth2Api's `serverUrl` (placed before Client ID and Secret),
		// with an empty value, so it comes first in the form and no server discovery runs.
		expect(prop('serverUrl')).toMatchObject({ type: 'notice', default: '' });
		expect(credential.properties.some((p) => p.name === 'useDynamicClientRegistration')).toBe(false);
	});

	it('refreshes an expired access token during a run and keeps the NEW refresh token', async () => {
		const before = tokenData();
		ctx.server.advanceClock(FIFTEEN_MINUTES + 1000);

		const result = await listOrganisations();
		expect(result.error).toBeUndefined();
		expect(result.json.map((o) => o.name)).toEqual(['Acme Pty Ltd']);

		const [expired, refresh, retried] = ctx.server.requests;
		expect(ctx.server.requests).toHaveLength(3);
		expect(expired).toMatchObject({ method: 'GET', path: '/api/v1/organisations' });
		expect(expired.headers.authorization).toBe(`Bearer ${String(before.access_token)}`);
		expect(refresh).toMatchObject({ method: 'POST', path: '/oauth2/token' });
		// The client credentials travel as request parameters, as the document shows; no Basic header.
		expect(refresh.body).toEqual({
			grant_type: 'refresh_token',
			refresh_token: before.refresh_token,
			client_id: ctx.server.clientId,
			client_secret: ctx.server.clientSecret,
		});
		expect(refresh.headers.authorization).toBeUndefined();

		const after = tokenData();
		expect(after.refresh_token).not.toBe(before.refresh_token);
		expect(ctx.server.refreshTokens.has(String(after.refresh_token))).toBe(true);
		expect(ctx.server.revokedRefreshTokens.has(String(before.refresh_token))).toBe(true);
		expect(retried.headers.authorization).toBe(`Bearer ${String(after.access_token)}`);
		expect(after).toMatchObject({ token_type: 'bearer', expires_in: 900 });
		// n8n saved the merged token data once, with the rotated refresh token.
		expect(ctx.engine.credentials.saved).toHaveLength(1);
		expect((ctx.engine.credentials.saved[0].data.oauthTokenData as IDataObject).refresh_token).toBe(after.refresh_token);
		expect(stored().clientSecret).toBe(ctx.server.clientSecret);

		// 15 minutes later the stored (new) refresh token works: the old one would be refused.
		ctx.server.reset();
		ctx.server.advanceClock(FIFTEEN_MINUTES + 1000);
		const again = await listOrganisations();
		expect(again.error).toBeUndefined();
		expect(ctx.server.calls('POST', '/oauth2/token')[0].body).toMatchObject({ refresh_token: after.refresh_token });
		expect(tokenData().refresh_token).not.toBe(after.refresh_token);
		expect(ctx.engine.credentials.saved).toHaveLength(2);
	});

	it('refreshes once when the token expires in the middle of Return All, and pages on', async () => {
		ctx.server.expireAfter(1);
		const result = await ctx.run({ resource: 'employee', operation: 'getAll', organisationId: fromList(orgId), returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.json).toHaveLength(250);
		expect(new Set(result.json.map((e) => e.id)).size).toBe(250);
		expect(ctx.server.requests.map((r) => `${r.method} ${r.path} ${r.query.page_index ?? ''}`)).toEqual([
			`GET /api/v1/organisations/${orgId}/employees 1`,
			`GET /api/v1/organisations/${orgId}/employees 2`,
			'POST /oauth2/token ',
			`GET /api/v1/organisations/${orgId}/employees 2`,
			`GET /api/v1/organisations/${orgId}/employees 3`,
		]);
		expect(ctx.engine.credentials.saved).toHaveLength(1);
	});

	it('asks to reconnect when the refresh token was revoked, without leaking any secret', async () => {
		const { refresh_token: stale } = ctx.connect();
		// Someone else rotated it: the stored refresh token is no longer valid.
		ctx.server.refreshTokens.delete(stale);
		ctx.server.advanceClock(FIFTEEN_MINUTES + 1000);
		const result = await listOrganisations();
		expect(result.error?.message).toMatch(/needs to be reconnected/);
		const run = JSON.stringify(result.run);
		expect(run).not.toContain(ctx.server.clientSecret);
		expect(run).not.toContain(stale);
		expect(run).not.toContain(String(tokenData().access_token));
		expect(ctx.engine.credentials.saved).toHaveLength(0);
	});

	it('the contract server runs the authorization-code exchange with PKCE as n8n sends it', async () => {
		const { server } = ctx;
		const verifier = randomBytes(32).toString('base64url');
		const challenge = createHash('sha256').update(verifier).digest('base64url');
		// What n8n's OAuth callback does for `authentication: body` and `usePkce`: client id and
		// secret and the code verifier in the form body.
		const client = new ClientOAuth2({
			clientId: server.clientId,
			authorizationUri: `${server.baseUrl}/oauth2/authorize`,
			accessTokenUri: `${server.baseUrl}/oauth2/token`,
			redirectUri: server.redirectUri,
			authentication: 'body',
			query: { code_challenge: challenge, code_challenge_method: 'S256' },
		});
		const authorize = await fetch(client.code.getUri(), { redirect: 'manual' });
		expect(authorize.status).toBe(302);
		const callback = String(authorize.headers.get('location'));
		const body = { client_id: server.clientId, client_secret: server.clientSecret };

		const withoutVerifier = client.code.getToken(callback, { body });
		await expect(withoutVerifier).rejects.toThrow();

		const second = await fetch(client.code.getUri(), { redirect: 'manual' });
		const token = await client.code.getToken(String(second.headers.get('location')), { body: { ...body, code_verifier: verifier } });
		expect(token.data).toMatchObject({ token_type: 'bearer', expires_in: 900, scope: expect.any(String) });
		expect(server.refreshTokens.has(String(token.refreshToken))).toBe(true);
	});
});
