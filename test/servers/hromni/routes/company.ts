import type { RecordedRequest, Reply } from '../../base';
import type { BodySpec, FieldRule, Row } from '../core';
import { PAGING_QUERY, checkBody, checkQuery, fail, forbidden, hexId, invalid, notFound, ok, page, queryString, searchMatches } from '../core';
import type { Account, Company, HrOmniServer } from '../server';

// hromni.txt 13–24
export const ROLES = [
	['Administrator', 'admin', 'Gives the user full access. Users with this level of access can do all.'],
	['Read only administrator', 'admin:read', 'Gives the user read access to all sections .Users with this level of access can only view data, they\'re not allowed to edit or create records.'],
	['Read only company admin', 'company:read', 'Gives the user read access to company related data only. For example company details, departments etc.'],
	['Company admin', 'company:admin', 'Gives the user full access to company related data only. For example company details, departments etc.'],
	['Read only users admin', 'users:read', 'Gives the user read access to company users data only.'],
	['Users admin', 'users:admin', 'Gives the user full access to company users data only.For example create, edit or invite users to the company as well as viewing their details.'],
	['Read only leave management admin', 'leave-management:read', 'Gives the user read access to leave management settings.'],
	['Leave management admin', 'leave-management:admin', 'Gives the user full access to leave management settings.'],
];

const PHONE: FieldRule = { type: 'string', max: 20, pattern: /^[+]{0,1}[\s]{0,1}[(]{0,1}[0-9]{1,4}[)]{0,1}[-.\s0-9]*$/, hint: 'a phone number' };
const str = (min: number, max: number): FieldRule => ({ type: 'string', min, max });
const HOURS_KEYS = ['hoursMonday', 'hoursTuesday', 'hoursWednesday', 'hoursThursday', 'hoursFriday', 'hoursSaturday', 'hoursSunday'];
const hours = (): Record<string, FieldRule> => Object.fromEntries(HOURS_KEYS.map((k) => [k, { type: 'hours' } as FieldRule]));
const EMPLOYMENT_ROLES = ['EMPLOYEE', 'MANAGER', 'TEAM_LEAD', 'CONTRACTOR', 'APPRENTICE', 'JUNIOR_EXECUTIVE', 'SENIOR_EXECUTIVE', 'DIRECTOR', 'NON_EXECUTIVE_DIRECTOR', 'OTHER'];

// hromni.txt 309–322 (create: ISO date of birth) and 392–404 (update: dd-mm-yyyy).
const userInfo = (dateOfBirth: FieldRule): BodySpec => ({
	required: { firstName: str(1, 60), lastName: str(1, 60), email: { type: 'email', max: 128 } },
	optional: {
		phone: PHONE,
		addressLine1: str(1, 100),
		addressLine2: str(1, 100),
		city: str(1, 100),
		state: str(1, 100),
		postCode: str(1, 10),
		country: str(1, 30),
		dateOfBirth,
		nationality: str(1, 30),
	},
});

const toIso = (dmy: string) => dmy.split('-').reverse().join('-');

/** A company user as GET /company/:id/users/:id shows it (hromni.txt 553–645). */
export function publicUser(row: Row): Row {
	const { roles: _roles, employment: _employment, ...rest } = row;
	return rest;
}

const infoOf = (row: Row) => row.userInfo as Row;

export function registerCompany(s: HrOmniServer) {
	const C = '/company/:cid';
	const userOf = (c: Company, uid: string) => c.users.get(uid);

	/* ---------------------------------------------------------------- roles (1–108) */
	s.route('GET', `${C}/users/roles`, s.scoped((_req, _p, c, me) => {
		if (!s.hasRole(c, me)) return forbidden('Only administrators can see all roles');
		return ok(ROLES.map(([title, value, description]) => ({ title, description, value })));
	}));
	const roleRoute = (add: boolean) =>
		s.scoped((req, p, c, me) => {
			if (!s.hasRole(c, me)) return forbidden('Only administrators can change roles');
			const { error } = checkBody(req, {});
			if (error) return error;
			if (!ROLES.some(([, value]) => value === p.role)) return invalid(`Unknown role "${p.role}"`);
			const user = userOf(c, p.uid);
			if (!user) return notFound('User');
			const roles = user.roles as string[];
			if (add) {
				if (!roles.includes(p.role)) roles.push(p.role);
				return ok('User role set.');
			}
			if (!roles.includes(p.role)) return fail(4003, 'The user does not have this role');
			user.roles = roles.filter((r) => r !== p.role);
			return ok('User role removed.');
		});
	s.route('PUT', `${C}/users/:uid/roles/:role`, roleRoute(true));
	s.route('DELETE', `${C}/users/:uid/roles/:role`, roleRoute(false));
	s.route('GET', `${C}/users/:uid/roles`, s.scoped((_req, p, c, me) => {
		if (!s.hasRole(c, me) && me.id !== p.uid) return forbidden('Only administrators or the account owner can see roles');
		const user = userOf(c, p.uid);
		if (!user) return notFound('User');
		return ok([...(user.roles as string[])]);
	}));

	/* ---------------------------------------------------------------- company (109–258) */
	s.route('POST', '/company', (req) => {
		const { body, error } = checkBody(req, {
			required: {
				firstName: str(1, 60),
				lastName: str(1, 60),
				email: { type: 'email', max: 128 },
				companyName: str(1, 100),
				password: str(10, 100),
				countryId: { type: 'number', integer: true, min: 1, max: 300 },
			},
		});
		if (error) return error;
		const country = s.countries.find((entry) => entry.id === body.countryId);
		if (!country) return invalid('countryId is not a country of the Country list');
		// hromni.txt 147: an existing user becomes the admin and keeps their password.
		const admin =
			s.accountByEmail(String(body.email)) ??
			s.createAccount({ firstName: String(body.firstName), lastName: String(body.lastName), email: String(body.email), password: String(body.password) });
		s.createCompany(String(body.companyName), admin, String(country.nicename));
		return ok('Company created successfully');
	});
	s.route('GET', C, s.scoped((_req, _p, c) => ok({ company: { ...c.details } })));
	s.route('PUT', C, s.scoped((req, _p, c, me) => {
		if (!s.hasRole(c, me, 'company:admin')) return forbidden();
		// hromni.txt 245–258: email required, no other fields allowed in.
		const { body, error } = checkBody(req, {
			required: { email: { type: 'email' } },
			optional: {
				taxId: str(1, 60),
				vatId: str(1, 60),
				website: { type: 'string', min: 1, pattern: /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i, hint: 'a valid hostname' },
				phone: PHONE,
				addressLine1: str(1, 180),
				addressLine2: str(1, 180),
				state: str(1, 150),
				city: str(1, 150),
				postCode: str(1, 15),
			},
		});
		if (error) return error;
		Object.assign(c.details, body, { updatedDate: s.now(), updatedBy: s.author(me) });
		return ok('Company details updated');
	}));

	/* ---------------------------------------------------------------- company users (259–656) */
	s.route('POST', `${C}/users/invite`, s.scoped((req, _p, c, me) => {
		if (!s.hasRole(c, me, 'users:admin')) return forbidden('The user cannot invite users');
		const { body, error } = checkBody(req, { required: { userEmails: { type: 'emails', min: 1, max: 20 } } });
		if (error) return error;
		const invited: string[] = [];
		const ignored: Row[] = [];
		for (const email of body.userEmails as string[]) {
			const account = s.accountByEmail(email);
			const member = [...c.users.values()].some((u) => String(infoOf(u).email).toLowerCase() === email.toLowerCase());
			const recent = [...s.invitations.values()].some((i) => i.companyId === c.details.id && String(i.email).toLowerCase() === email.toLowerCase());
			if (member) ignored.push({ email, reason: 'Already added to the company' });
			else if (account?.blocked) ignored.push({ email, reason: 'User blocked by System admin' });
			else if (recent) ignored.push({ email, reason: 'Invitation already sent less than 30 minutes ago.' });
			else {
				const id = hexId('inv_');
				s.invitations.set(id, { id, companyId: c.details.id, companyName: c.details.name, email, sentBy: s.author(me), expiresAt: '2999-01-01T00:00:00.000Z' });
				invited.push(email);
			}
		}
		return ok({ invited, ...(ignored.length ? { ignored } : {}) });
	}));
	s.route('POST', `${C}/users`, s.scoped((req, _p, c, me) => {
		if (!s.hasRole(c, me, 'users:admin')) return forbidden();
		const spec = userInfo({ type: 'isoDate' });
		const { body, error } = checkBody(req, { required: { ...spec.required, sendInvite: { type: 'boolean' } }, optional: spec.optional });
		if (error) return error;
		const email = String(body.email).toLowerCase();
		if ([...c.users.values()].some((u) => String(infoOf(u).email).toLowerCase() === email)) return fail(4003, 'A user with this email is already in the company');
		const { sendInvite, ...info } = body;
		const account = s.accountByEmail(email);
		const row = s.addCompanyUser(c, info, me, [], account?.id);
		if (sendInvite) {
			const id = hexId('inv_');
			s.invitations.set(id, { id, companyId: c.details.id, companyName: c.details.name, email: body.email, sentBy: s.author(me), expiresAt: '2999-01-01T00:00:00.000Z' });
		}
		return ok({ user: { id: row.id } });
	}));
	s.route('GET', `${C}/users/employees`, s.scoped((req, _p, c) => {
		const bad = checkQuery(req, [...PAGING_QUERY, 'status', 'search']);
		if (bad) return bad;
		const statusRaw = queryString(req, 'status');
		const statuses = statusRaw?.split(',').map((x) => x.trim());
		const allowed = ['ACTIVE', 'IN_TERMINATION', 'TERMINATED'];
		if (statuses?.some((x) => !allowed.includes(x))) return invalid(`status must be one or more of ${allowed.join(',')}`);
		const search = queryString(req, 'search');
		const rows = [...c.users.values()]
			.filter((u) => u.employment)
			.map((u) => {
				const info = infoOf(u);
				const employment = u.employment as Row;
				return {
					userId: u.id,
					firstName: info.firstName,
					lastName: info.lastName,
					email: info.email,
					status: employment.status,
					createdBy: u.createdBy,
					updatedBy: u.updatedBy,
					createdAt: u.createdAt,
					...(u.updatedAt ? { updatedAt: u.updatedAt } : {}),
				};
			})
			.filter((u) => !statuses || statuses.includes(String(u.status)))
			.filter((u) => searchMatches(search, u.firstName, u.lastName, u.email));
		return page(req, rows, { extra: { ...(statusRaw ? { status: statusRaw } : {}), ...(search ? { search } : {}) } });
	}));
	s.route('GET', `${C}/users`, s.scoped((req, _p, c) => {
		const bad = checkQuery(req, [...PAGING_QUERY, 'search']);
		if (bad) return bad;
		const search = queryString(req, 'search');
		const rows = [...c.users.values()]
			.map((u) => {
				const info = infoOf(u);
				return { id: u.id, firstName: info.firstName, lastName: info.lastName, email: info.email, createdBy: u.createdBy, updatedBy: u.updatedBy, createdAt: u.createdAt, ...(u.updatedAt ? { updatedAt: u.updatedAt } : {}) };
			})
			.filter((u) => searchMatches(search, u.firstName, u.lastName, u.email));
		return page(req, rows, { extra: search ? { search } : {} });
	}));
	s.route('PUT', `${C}/users/:uid/emergency-contact`, s.scoped((req, p, c) => {
		const user = userOf(c, p.uid);
		if (!user) return notFound('User');
		const { body, error } = checkBody(req, {
			required: { name: str(1, 100), phone: { ...PHONE, min: 1 } as FieldRule },
			optional: { email: { type: 'email', max: 128 }, relation: { type: 'enum', values: ['SPAUSE', 'PARTNER', 'PARENT', 'CHILD', 'FRIEND', 'NEIGHBOUR', 'OTHER'] }, address: str(1, 100) },
		});
		if (error) return error;
		user.emergencyContact = { ...body };
		return ok('Emergency contact set');
	}));
	s.route('GET', `${C}/users/:uid`, s.scoped((_req, p, c) => {
		const user = userOf(c, p.uid);
		return user ? ok(publicUser(user)) : notFound('User');
	}));
	s.route('PUT', `${C}/users/:uid`, s.scoped((req, p, c, me) => {
		if (!s.hasRole(c, me, 'users:admin')) return forbidden();
		const user = userOf(c, p.uid);
		if (!user) return notFound('User');
		const { body, error } = checkBody(req, userInfo({ type: 'dmyDate' }));
		if (error) return error;
		user.userInfo = { ...body, ...(body.dateOfBirth ? { dateOfBirth: toIso(String(body.dateOfBirth)) } : {}) };
		Object.assign(user, { updatedAt: s.now(), updatedBy: s.author(me) });
		// hromni.txt 382–385: the update answers "User created".
		return ok('User created');
	}));
	s.route('DELETE', `${C}/users/:uid`, s.scoped((_req, p, c, me) => {
		if (!s.hasRole(c, me, 'users:admin')) return forbidden();
		if (!c.users.delete(p.uid)) return notFound('User');
		c.leaveUsers.delete(p.uid);
		return ok('User deleted');
	}));

	/* ---------------------------------------------------------------- departments (657–835) */
	const departmentSpec: BodySpec = { required: { name: str(1, 150) }, optional: hours() };
	s.route('POST', `${C}/departments`, s.scoped((req, _p, c, me) => {
		if (!s.hasRole(c, me, 'company:admin')) return forbidden();
		const { body, error } = checkBody(req, departmentSpec);
		if (error) return error;
		const id = hexId('dep_');
		c.departments.set(id, { id, name: body.name, ...Object.fromEntries(HOURS_KEYS.map((k) => [k, body[k] ?? 'off'])) });
		// hromni.txt 685–688: the answer reads "Company created successfully".
		return ok('Company created successfully');
	}));
	s.route('PUT', `${C}/departments/:did`, s.scoped((req, p, c, me) => {
		if (!s.hasRole(c, me, 'company:admin')) return forbidden();
		const department = c.departments.get(p.did);
		if (!department) return notFound('Department');
		const { body, error } = checkBody(req, departmentSpec);
		if (error) return error;
		Object.assign(department, body);
		return ok('Company created successfully');
	}));
	s.route('GET', `${C}/departments/:did`, s.scoped((_req, p, c) => {
		const department = c.departments.get(p.did);
		return department ? ok({ ...department }) : notFound('Department');
	}));
	s.route('GET', `${C}/departments`, s.scoped((req, _p, c) => {
		const bad = checkQuery(req, [...PAGING_QUERY, 'search']);
		if (bad) return bad;
		const search = queryString(req, 'search');
		const rows = [...c.departments.values()].filter((d) => searchMatches(search, d.name)).map((d) => ({ id: d.id, name: d.name }));
		return page(req, rows, { key: 'departments', echoAsSent: true, extra: search ? { search } : {} });
	}));

	/* ---------------------------------------------------------------- employment (835–1029) */
	const employmentSpec: BodySpec = {
		required: {
			departmentId: str(1, 60),
			title: str(1, 60),
			role: { type: 'enum', values: EMPLOYMENT_ROLES },
			startDate: { type: 'dmyDate' },
			...hours(),
		},
		optional: { type: { type: 'enum', values: ['FULL_TIME', 'PART_TIME'] } },
	};
	const saveEmployment = (req: RecordedRequest, c: Company, user: Row, me: Account, existing?: Row) => {
		const { body, error } = checkBody(req, employmentSpec);
		if (error) return error;
		if (!c.departments.has(String(body.departmentId))) return notFound('Department');
		const { startDate, ...rest } = body;
		user.employment = {
			...(existing ?? { status: 'ACTIVE' }),
			...rest,
			startDate: `${toIso(String(startDate))}T00:00:00.000000Z`,
		};
		Object.assign(user, { updatedAt: s.now(), updatedBy: s.author(me) });
		return ok('Success message here');
	};
	s.route('POST', `${C}/users/:uid/employment`, s.scoped((req, p, c, me) => {
		const user = userOf(c, p.uid);
		if (!user) return notFound('User');
		if (user.employment && (user.employment as Row).status !== 'TERMINATED') return fail(4003, 'The user already has an employment');
		return saveEmployment(req, c, user, me);
	}));
	s.route('PUT', `${C}/users/:uid/employment`, s.scoped((req, p, c, me) => {
		const user = userOf(c, p.uid);
		if (!user) return notFound('User');
		if (!user.employment) return notFound('Employment');
		return saveEmployment(req, c, user, me, user.employment as Row);
	}));
	s.route('GET', `${C}/users/:uid/employment`, s.scoped((_req, p, c) => {
		const employment = userOf(c, p.uid)?.employment as Row | undefined;
		if (!employment) return notFound('Employment');
		const { departmentId, ...rest } = employment;
		const department = c.departments.get(String(departmentId));
		return ok({ ...rest, ...(department ? { department: { id: department.id, name: department.name } } : {}) });
	}));
	s.route('DELETE', `${C}/users/:uid/employment`, s.scoped((_req, p, c) => {
		const employment = userOf(c, p.uid)?.employment as Row | undefined;
		if (!employment) return notFound('Employment');
		if (employment.status === 'TERMINATED') return fail(4003, 'The employment has already ceased');
		Object.assign(employment, { status: 'TERMINATED', endDate: s.now() });
		return ok('Employment ceased');
	}));

	/* ---------------------------------------------------------------- modules (1030–1065) */
	s.route('GET', `${C}/modules`, s.scoped((req, _p, c) => {
		const bad = checkQuery(req, []);
		if (bad) return bad;
		return ok(Object.entries(c.modules).map(([module, isEnabled]) => ({ module, isEnabled })));
	}));

	/* ---------------------------------------------------------------- billing (1066–1265, 3453–3503) */
	const adminOnly = (handler: (req: RecordedRequest, p: Record<string, string>, c: Company) => Reply) =>
		s.scoped((req, p, c, me) => (s.hasRole(c, me) ? handler(req, p, c) : forbidden('Only company administrators can see billing')));
	// hromni.txt 1067: POST reads an invoice.
	s.route('POST', `${C}/billing/invoices/:iid`, adminOnly((req, p, c) => {
		const { error } = checkBody(req, {});
		if (error) return error;
		const invoice = c.invoices.get(p.iid);
		return invoice ? ok({ ...invoice }) : notFound('Invoice');
	}));
	s.route('GET', `${C}/billing/invoices`, adminOnly((req, _p, c) => {
		const bad = checkQuery(req, PAGING_QUERY);
		if (bad) return bad;
		const rows = [...c.invoices.values()].map((i) => ({ id: i.id, companyName: c.details.name, invoiceNumber: i.invoiceNumber, billingMonth: i.month, billingYear: i.year, createdAt: i.createdAt }));
		return page(req, rows);
	}));
	s.route('GET', `${C}/billing/current-bill`, adminOnly((_req, _p, c) => ok({ items: c.currentBill.map((i) => ({ ...i })) })));
	s.route('GET', `${C}/billing/pricing`, s.scoped((_req, _p, c, me) => {
		// hromni.txt 1264: admin, admin:read, company:admin or company:read, else 403 / 4002.
		if (!s.hasRole(c, me, 'admin:read', 'company:admin', 'company:read')) return forbidden('Insufficient access to the company pricing');
		return ok(c.pricing.map((i) => ({ ...i })));
	}));
	s.route('GET', `${C}/billing/settings`, adminOnly((_req, _p, c) => ok(`https://billing.stripe.com/p/session/${String(c.details.id)}`)));
	s.route('GET', `${C}/billing/payment-methods`, s.scoped((_req, _p, c, me) => {
		if (!s.hasRole(c, me, 'admin:read', 'company:admin', 'company:read')) return forbidden();
		return ok({ cards: c.cards.map((card) => ({ ...card })) });
	}));
}
