import { cookiesOf } from '../servers/hromni/core';
import { CSRF_COOKIE } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { expectAuthenticated } from './assertions';
import { PASSWORD, byId, lastCall, startHrOmni } from './setup';

describe('HR Omni › user accounts, invitations, countries, CSRF', () => {
	let ctx: HrOmniContext;
	beforeAll(async () => {
		ctx = await startHrOmni();
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.reset());

	const sent = () => {
		const call = lastCall(ctx.server);
		expectAuthenticated(call, ctx.server);
		return call;
	};

	it('register, verify the email, request a reset and reset the password (no login needed)', async () => {
		const { run, server } = ctx;
		const registered = await run({ resource: 'user', operation: 'register', firstName: 'Jossshny', lastName: 'Doe', email: 'jd@example.test', password: 'test123456' });
		expect(lastCall(server)).toMatchObject({ method: 'POST', path: '/user/create', body: { firstName: 'Jossshny', lastName: 'Doe', email: 'jd@example.test', password: 'test123456' } });
		expect(registered.json).toEqual([{ success: true, message: 'User created successfully' }]);
		const account = server.accountByEmail('jd@example.test');
		expect(account?.verified).toBe(false);
		expect(JSON.stringify(registered.json)).not.toContain('test123456');

		const [uuid] = [...server.verifications.keys()];
		const verified = await run({ resource: 'user', operation: 'verifyEmail', uuid });
		expect(lastCall(server)).toMatchObject({ method: 'POST', path: '/user/verify/email', body: { uuid } });
		expect(verified.json).toEqual([{ success: true, message: 'User email verified successfully' }]);
		expect(account?.verified).toBe(true);

		const requested = await run({ resource: 'user', operation: 'requestPasswordReset', email: 'jd@example.test' });
		expect(lastCall(server)).toMatchObject({ method: 'POST', path: '/user/reset/password', body: { email: 'jd@example.test' } });
		expect(requested.json).toEqual([{ success: true, message: 'Success message goes here' }]);

		const [token] = [...server.resets.keys()];
		const reset = await run({ resource: 'user', operation: 'resetPassword', uuid: token, password: 'brand-new-password' });
		expect(lastCall(server)).toMatchObject({ method: 'PUT', path: '/user/reset/password', body: { uuid: token, password: 'brand-new-password', repeatPassword: 'brand-new-password' } });
		expect(reset.json).toEqual([{ success: true, message: 'Success message goes here' }]);
		expect(account?.password).toBe('brand-new-password');

		server.reset();
		const short = await run({ resource: 'user', operation: 'register', firstName: 'A', lastName: 'B', email: 'x@y.test', password: 'short' });
		expect(short.error?.message).toBe('Invalid "Password" in item 0: must be 10 to 100 characters long (is 5)');
		const uuidLength = await run({ resource: 'user', operation: 'verifyEmail', uuid: 'cfm_1' });
		expect(uuidLength.error?.message).toBe('Invalid "Verification ID" in item 0: must be 30 to 34 characters long (is 5)');
		expect(server.requests).toHaveLength(0);
	});

	it('log in, get me, update the name, log out (the next request logs in again)', async () => {
		const { run, server, engine } = ctx;
		const login = await run({ resource: 'user', operation: 'login' });
		const loginCalls = server.calls('POST', '/user/login');
		// The credential's own login, then the operation (which carries the session it just got).
		expect(loginCalls).toHaveLength(2);
		expectAuthenticated(loginCalls[1], server);
		expect(loginCalls[1].body).toEqual({ email: ctx.admin.email, password: PASSWORD });
		expect(login.json).toEqual([{ success: true, message: 'Success message here!' }]);
		expect(JSON.stringify(login.run)).not.toContain(PASSWORD);

		const me = await run({ resource: 'user', operation: 'getMe' });
		expect(sent()).toMatchObject({ method: 'GET', path: '/user/me' });
		expect(me.json).toEqual([{ id: ctx.admin.id, firstName: 'Ada', lastName: 'Admin', email: ctx.admin.email }]);

		const renamed = await run({ resource: 'user', operation: 'updateName', firstName: 'Adele', lastName: 'Admin' });
		expect(sent()).toMatchObject({ method: 'POST', path: '/user/edit-name', body: { firstName: 'Adele', lastName: 'Admin' } });
		expect(renamed.json).toEqual([{ success: true, message: 'Details updated successfully.' }]);
		expect(ctx.admin.firstName).toBe('Adele');

		const runsBefore = engine.credentials.preAuthenticationRuns;
		const sessionsBefore = server.sessions.size;
		const out = await run({ resource: 'user', operation: 'logout' });
		// The session it carried is gone now.
		expect(lastCall(server)).toMatchObject({ method: 'GET', path: '/user/logout' });
		expect(server.sessions.size).toBe(sessionsBefore - 1);
		expect(out.json).toEqual([{ success: true, message: 'Success message here!' }]);
		const after = await run({ resource: 'user', operation: 'getMe' });
		expect(after.error).toBeUndefined();
		expect(engine.credentials.preAuthenticationRuns - runsBefore).toBe(1);
	});

	it('update login details with the credential password as the current one', async () => {
		const { run, server, engine } = ctx;
		const other = server.createAccount({ firstName: 'Oli', lastName: 'Ver', email: 'oli@example.test', password: 'olivers-password' });
		engine.setCredential('hrOmniApi', { ...ctx.credentials, email: other.email, password: 'olivers-password' });
		const updated = await run({ resource: 'user', operation: 'updateLogin', updateFields: { email: 'oliver@example.test', newPassword: 'olivers-new-password' } });
		expect(sent()).toMatchObject({ method: 'PUT', path: '/user/login', body: { email: 'oliver@example.test', newPassword: 'olivers-new-password', password: 'olivers-password' } });
		expect(updated.json).toEqual([{ success: true, message: 'Details updated successfully.' }]);
		expect(other).toMatchObject({ email: 'oliver@example.test', password: 'olivers-new-password' });
		const text = JSON.stringify(updated.run);
		expect(text).not.toContain('olivers-password');
		expect(text).not.toContain('olivers-new-password');

		server.reset();
		const nothing = await run({ resource: 'user', operation: 'updateLogin', updateFields: {} });
		expect(nothing.error?.message).toBe('Invalid "Update Fields" in item 0: add at least one field to update');
		expect(server.requests).toHaveLength(0);
	});

	it('invitations: invite, list mine, respond', async () => {
		const { runIn, run, server, engine } = ctx;
		const guest = server.createAccount({ firstName: 'Gus', lastName: 'Guest', email: 'gus@example.test', password: 'guests-password' });
		const invited = await runIn({ resource: 'invitation', operation: 'invite', userEmails: ['gus@example.test', 'new@example.test', ctx.admin.email] });
		expect(sent()).toMatchObject({ method: 'POST', path: `/company/${ctx.companyId}/users/invite` });
		expect(lastCall(server).body).toEqual({ userEmails: ['gus@example.test', 'new@example.test', ctx.admin.email] });
		expect(invited.json).toEqual([{ invited: ['gus@example.test', 'new@example.test'], ignored: [{ email: ctx.admin.email, reason: 'Already added to the company' }] }]);

		engine.setCredential('hrOmniApi', { ...ctx.credentials, email: guest.email, password: 'guests-password' });
		const mine = await run({ resource: 'invitation', operation: 'getAll', returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: '/user/invitations' });
		expect(lastCall(server).query).toEqual({ page: '1', pageSize: '100' });
		expect(mine.json).toEqual([{ id: expect.stringMatching(/^inv_/), companyName: 'Hippoland ltd.', sentBy: expect.stringMatching(/ Admin$/), expiresAt: expect.any(String) }]);

		const inviteId = String(mine.json[0].id);
		const accepted = await run({ resource: 'invitation', operation: 'respond', inviteId: byId(inviteId), action: 'ACCEPT' });
		expect(sent()).toMatchObject({ method: 'POST', path: `/user/invitations/${inviteId}`, body: { action: 'ACCEPT' } });
		expect(accepted.json).toEqual([{ success: true, message: 'Invitation accepted!' }]);
		expect(ctx.company.users.has(guest.id)).toBe(true);

		server.reset();
		const tooMany = await runIn({ resource: 'invitation', operation: 'invite', userEmails: Array.from({ length: 21 }, (_, i) => `p${i}@example.test`) });
		expect(tooMany.error?.message).toBe('Invalid "Emails" in item 0: give 1 to 20 email addresses (got 21)');
		const twice = await runIn({ resource: 'invitation', operation: 'invite', userEmails: ['a@example.test', 'A@example.test'] });
		expect(twice.error?.message).toBe('Invalid "Emails" in item 0: "A@example.test" is listed twice');
		const notEmail = await runIn({ resource: 'invitation', operation: 'invite', userEmails: ['nobody'] });
		expect(notEmail.error?.message).toBe('Invalid "Emails" in item 0: "nobody" is not an email address');
		expect(server.requests).toHaveLength(0);
	});

	it('countries (all or the supported ones) and the CSRF endpoint', async () => {
		const { run, server } = ctx;
		const all = await run({ resource: 'country', operation: 'getAll', returnAll: true, filters: { showAll: true } });
		expect(lastCall(server)).toMatchObject({ method: 'GET', path: '/countries', query: { showAll: 'true' } });
		expect(all.json).toHaveLength(5);
		const supported = await run({ resource: 'country', operation: 'getAll', returnAll: false, limit: 2, filters: { showAll: false } });
		expect(lastCall(server).query).toEqual({ showAll: 'false' });
		expect(supported.json).toEqual([
			{ id: 1, iso: 'IE', nicename: 'Ireland' },
			{ id: 2, iso: 'GB', nicename: 'United Kingdom' },
		]);

		server.reset();
		const token = await run({ resource: 'csrf', operation: 'getToken' });
		const call = server.requests[server.requests.length - 1];
		expect(call).toMatchObject({ method: 'GET', path: '/' });
		expect(token.json).toEqual([{ success: true }]);
		// The node keeps using the credential's token; the cookie set here is not output.
		expect(JSON.stringify(token.run)).not.toContain(`${CSRF_COOKIE}=`);
		expect(cookiesOf(call)[CSRF_COOKIE]).toBeTruthy();
	});
});
