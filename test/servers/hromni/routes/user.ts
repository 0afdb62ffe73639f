import type { FieldRule, Row } from '../core';
import { PAGING_QUERY, checkBody, checkQuery, fail, hexId, invalid, notFound, ok, page, queryString, searchMatches } from '../core';
import type { Account, HrOmniServer } from '../server';
import { CSRF_COOKIE, SESSION_COOKIE } from '../server';

const str = (min: number, max: number): FieldRule => ({ type: 'string', min, max });
const PASSWORD = str(10, 100);
const UUID = str(30, 34);

// hromni.txt 3091–3216 (invitations), 3217–3452 (user), 3504–3556 (countries, CSRF)
export function registerUser(s: HrOmniServer) {
	/* ---------------------------------------------------------------- CSRF (3541–3556) */
	s.route('GET', '/', () => ({
		status: 200,
		body: { status: 'success', result: 'CSRF token set' },
		headers: { 'set-cookie': [`${CSRF_COOKIE}=${s.issueCsrfToken()}; Path=/; SameSite=Strict`] },
	}));

	/* ---------------------------------------------------------------- countries (3504–3540) */
	s.route('GET', '/countries', (req) => {
		const bad = checkQuery(req, ['showAll']);
		if (bad) return bad;
		const showAll = queryString(req, 'showAll');
		if (showAll !== undefined && !['true', 'false', '1', '0'].includes(showAll)) return invalid('showAll must be a boolean');
		const all = showAll === 'true' || showAll === '1';
		return ok(s.countries.filter((c) => all || c.active).map(({ id, iso, nicename }) => ({ id, iso, nicename })));
	});

	/* ---------------------------------------------------------------- account (3217–3412) */
	s.route('POST', '/user/create', (req) => {
		const { body, error } = checkBody(req, { required: { firstName: str(1, 60), lastName: str(1, 60), email: { type: 'email', max: 128 }, password: PASSWORD } });
		if (error) return error;
		if (s.accountByEmail(String(body.email))) return fail(4003, 'A user with this email already exists');
		const account = s.createAccount({ firstName: String(body.firstName), lastName: String(body.lastName), email: String(body.email), password: String(body.password), verified: false });
		s.verifications.set(hexId('cfm_'), account.id);
		return ok('User created successfully');
	});
	s.route('POST', '/user/verify/email', (req) => {
		const { body, error } = checkBody(req, { required: { uuid: UUID } });
		if (error) return error;
		const id = s.verifications.get(String(body.uuid));
		if (!id) return notFound('Email verification');
		(s.accounts.get(id) as Account).verified = true;
		s.verifications.delete(String(body.uuid));
		return ok('User email verified successfully');
	});
	s.route('POST', '/user/login', (req) => {
		const { body, error } = checkBody(req, { required: { email: { type: 'email', max: 128 }, password: PASSWORD } });
		if (error) return error;
		const account = s.accountByEmail(String(body.email));
		if (!account || account.password !== body.password) return fail(4002, 'Invalid email or password', 401);
		if (!account.verified) return fail(4003, 'The email address is not verified yet');
		const jwt = s.startSession(account.id);
		// hromni.txt 3294–3297: an httpOnly, secure JWT cookie plus a readable isUserLoggedIn.
		return ok('Success message here!', {
			'set-cookie': [`${SESSION_COOKIE}=${jwt}; Path=/; HttpOnly; Secure; SameSite=Strict`, 'isUserLoggedIn=true; Path=/; Secure; SameSite=Strict'],
		});
	});
	s.route('GET', '/user/me', (req) => {
		const me = s.requester(req) as Account;
		return ok({ id: me.id, firstName: me.firstName, lastName: me.lastName, email: me.email });
	});
	s.route('PUT', '/user/login', (req) => {
		const me = s.requester(req) as Account;
		const { body, error } = checkBody(req, { required: { password: PASSWORD }, optional: { email: { type: 'email', max: 128 }, newPassword: PASSWORD } });
		if (error) return error;
		if (body.password !== me.password) return invalid('The current password is not correct');
		if (body.email && s.accountByEmail(String(body.email)) && s.accountByEmail(String(body.email)) !== me) return fail(4003, 'The email is taken');
		if (body.email) me.email = String(body.email);
		if (body.newPassword) me.password = String(body.newPassword);
		return ok('Details updated successfully.');
	});
	s.route('POST', '/user/edit-name', (req) => {
		const me = s.requester(req) as Account;
		const { body, error } = checkBody(req, { required: { firstName: str(1, 60), lastName: str(1, 60) } });
		if (error) return error;
		Object.assign(me, { firstName: body.firstName, lastName: body.lastName });
		return ok('Details updated successfully.');
	});
	s.route('GET', '/user/logout', (req) => {
		const session = String(req.headers.cookie ?? '').match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
		if (session) s.sessions.delete(session);
		return ok('Success message here!', { 'set-cookie': [`${SESSION_COOKIE}=; Path=/; Max-Age=0`, 'isUserLoggedIn=; Path=/; Max-Age=0'] });
	});
	s.route('POST', '/user/reset/password', (req) => {
		const { body, error } = checkBody(req, { required: { email: { type: 'email', max: 128 } } });
		if (error) return error;
		// hromni.txt 3383: the email is not checked for existence.
		const account = s.accountByEmail(String(body.email));
		if (account) s.resets.set(hexId('pwr_'), account.id);
		return ok('Success message goes here');
	});
	s.route('PUT', '/user/reset/password', (req) => {
		const { body, error } = checkBody(req, { required: { uuid: UUID, password: PASSWORD, repeatPassword: PASSWORD } });
		if (error) return error;
		if (body.password !== body.repeatPassword) return invalid('password and repeatPassword must match');
		const id = s.resets.get(String(body.uuid));
		if (!id) return notFound('Password reset');
		(s.accounts.get(id) as Account).password = String(body.password);
		s.resets.delete(String(body.uuid));
		return ok('Success message goes here');
	});
	s.route('GET', '/user/select/company', (req) => {
		// hromni.txt 3443–3450 lists currentPage and currentPageSize among the parameters.
		const bad = checkQuery(req, [...PAGING_QUERY, 'currentPage', 'currentPageSize', 'search']);
		if (bad) return bad;
		const me = s.requester(req) as Account;
		const search = queryString(req, 'search');
		const rows = [...s.companies.values()]
			.filter((c) => c.users.has(me.id))
			.filter((c) => searchMatches(search, c.details.name))
			.map((c) => ({ companyName: c.details.name, companyId: c.details.id }));
		return page(req, rows, { key: 'companies', echoAsSent: true, extra: search ? { search } : {} });
	});

	/* ---------------------------------------------------------------- invitations (3151–3216) */
	const mine = (me: Account) => [...s.invitations.values()].filter((i) => String(i.email).toLowerCase() === me.email.toLowerCase());
	s.route('GET', '/user/invitations', (req) => {
		const bad = checkQuery(req, PAGING_QUERY);
		if (bad) return bad;
		const me = s.requester(req) as Account;
		return page(req, mine(me).map((i): Row => ({ id: i.id, companyName: i.companyName, sentBy: i.sentBy, expiresAt: i.expiresAt })));
	});
	s.route('POST', '/user/invitations/:iid', (req, p) => {
		const me = s.requester(req) as Account;
		const { body, error } = checkBody(req, { required: { action: { type: 'enum', values: ['ACCEPT', 'REJECT'] } } });
		if (error) return error;
		const invitation = mine(me).find((i) => i.id === p.iid);
		if (!invitation) return notFound('Invitation');
		if (String(invitation.expiresAt) < new Date().toISOString()) return fail(4003, 'The invitation has expired');
		s.invitations.delete(p.iid);
		const company = s.companies.get(String(invitation.companyId));
		if (body.action === 'ACCEPT' && company && !company.users.has(me.id)) {
			s.addCompanyUser(company, { firstName: me.firstName, lastName: me.lastName, email: me.email }, undefined, [], me.id);
		}
		return ok(body.action === 'ACCEPT' ? 'Invitation accepted!' : 'Invitation rejected!');
	});
}
