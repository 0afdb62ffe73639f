import { randomBytes } from 'node:crypto';
import type { Handler, RecordedRequest, Reply } from '../base';
import { ContractServer } from '../base';
import type { Row } from './core';
import { cookiesOf, fail, forbidden, hexId, notFound } from './core';
import { registerRoutes } from './routes';

export type { Row } from './core';

export interface Account {
	id: string;
	firstName: string;
	lastName: string;
	email: string;
	password: string;
	verified: boolean;
	blocked?: boolean;
}

/** Everything HR Omni keeps for one company. */
export interface Company {
	details: Row;
	modules: Record<string, boolean>;
	/** Company users by ID: `{ id, userInfo, emergencyContact?, roles, employment?, createdAt… }`. */
	users: Map<string, Row>;
	departments: Map<string, Row>;
	leaveTypes: Map<string, Row>;
	leaveParameters: Row;
	/** Leave module membership by user ID. */
	leaveUsers: Map<string, Row>;
	requests: Map<string, Row>;
	holidays: Row[];
	assets: Map<string, Row>;
	assetTypes: Map<string, Row>;
	assetHistory: Row[];
	timeTrackingParameters: Row;
	projects: Map<string, Row>;
	timeEntries: Map<string, Row>;
	invoices: Map<string, Row>;
	currentBill: Row[];
	pricing: Row[];
	cards: Row[];
}

export const SESSION_COOKIE = 'hro_session';
export const CSRF_COOKIE = 'token';

/** Routes callable without a session (hromni.txt: "unprotected", "does not require user login"). */
const PUBLIC: Array<[string, RegExp]> = [
	['GET', /^\/$/],
	['POST', /^\/company\/?$/],
	['POST', /^\/user\/create\/?$/],
	['POST', /^\/user\/verify\/email\/?$/],
	['POST', /^\/user\/login\/?$/],
	['POST', /^\/user\/reset\/password\/?$/],
	['PUT', /^\/user\/reset\/password\/?$/],
	['GET', /^\/countries\/?$/],
];

/**
 * An HR Omni API faithful to hromni.txt. Sessions: POST /user/login sets the session (JWT)
 * cookie and `isUserLoggedIn`; GET / sets the CSRF `token` cookie. Every route but GET /
 * needs `X-Csrf-Token` equal to the `token` cookie (4005 when either is missing, 4006 when
 * they differ or the token is stale); every protected route needs a live session (4004).
 * Envelopes `{ status, result }` / `{ status, code, message }`, page/pageSize paging with
 * totals, 3001 for undocumented fields and parameters, and state kept across calls.
 */
export class HrOmniServer extends ContractServer {
	readonly accounts = new Map<string, Account>();

	readonly companies = new Map<string, Company>();

	readonly invitations = new Map<string, Row>();

	readonly sessions = new Map<string, string>();

	readonly csrfTokens = new Set<string>();

	/** Email verification IDs and password reset tokens, as the emails would carry them. */
	readonly verifications = new Map<string, string>();

	readonly resets = new Map<string, string>();

	/** Successful logins and CSRF token hand-outs, for the tests. */
	logins = 0;

	tokensIssued = 0;

	readonly countries: Row[] = [
		{ id: 1, iso: 'IE', nicename: 'Ireland', active: true },
		{ id: 2, iso: 'GB', nicename: 'United Kingdom', active: true },
		{ id: 3, iso: 'DE', nicename: 'Germany', active: true },
		{ id: 4, iso: 'FR', nicename: 'France', active: false },
		{ id: 5, iso: 'AF', nicename: 'Afghanistan', active: false },
	];

	/** A virtual clock: every record gets a later timestamp than the one before. */
	private clock = Date.parse('2025-01-01T08:00:00.000Z');

	private readonly methodsByPath: Array<[string, RegExp]> = [];

	constructor() {
		super();
		this.before = (req) => this.guard(req);
		this.notFound = (req) => {
			const other = this.methodsByPath.find(([method, pattern]) => method !== req.method && pattern.test(req.path));
			return other ? fail(4003, 'Method not allowed', 405) : fail(4001, 'Not found', 404);
		};
		registerRoutes(this);
	}

	override route(method: string, path: string, handler: Handler) {
		this.methodsByPath.push([method, new RegExp(`^${path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '[^/]+')}/?$`)]);
		return super.route(method, path, handler);
	}

	/** ISO timestamp with microseconds, as most records show it (e.g. hromni.txt 458). */
	now(): string {
		this.clock += 1000;
		return new Date(this.clock).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
	}

	/** ISO timestamp with milliseconds, as leave requests show it (hromni.txt 2047). */
	nowMs(): string {
		this.clock += 1000;
		return new Date(this.clock).toISOString();
	}

	/* ------------------------------------------------------------------ sessions and CSRF */

	/** Ends every session: the next protected request gets 4004. */
	expireSessions() {
		this.sessions.clear();
	}

	/** Invalidates every CSRF token handed out so far: the next request gets 4006. */
	rotateCsrf() {
		this.csrfTokens.clear();
	}

	issueCsrfToken(): string {
		const token = randomBytes(16).toString('hex');
		this.csrfTokens.add(token);
		this.tokensIssued++;
		return token;
	}

	startSession(accountId: string): string {
		const payload = Buffer.from(JSON.stringify({ sub: accountId, n: randomBytes(6).toString('hex') })).toString('base64url');
		const jwt = `eyJhbGciOiJIUzI1NiJ9.${payload}.${randomBytes(16).toString('base64url')}`;
		this.sessions.set(jwt, accountId);
		this.logins++;
		return jwt;
	}

	/** The account of the request's session (the guard has checked it exists). */
	requester(req: RecordedRequest): Account | undefined {
		const id = this.sessions.get(cookiesOf(req)[SESSION_COOKIE] ?? '');
		return id ? this.accounts.get(id) : undefined;
	}

	private guard(req: RecordedRequest): Reply | undefined {
		if (req.method === 'GET' && req.path === '/') return undefined;
		// hromni.txt 3544–3556: header and `token` cookie must both be set and equal.
		const cookies = cookiesOf(req);
		const header = req.headers['x-csrf-token'];
		const cookie = cookies[CSRF_COOKIE];
		if (!header || !cookie) return fail(4005, 'Token not set');
		if (header !== cookie || !this.csrfTokens.has(cookie)) return fail(4006, 'Invalid token provided');
		if (PUBLIC.some(([method, pattern]) => method === req.method && pattern.test(req.path))) return undefined;
		const session = cookies[SESSION_COOKIE];
		if (!session || !this.sessions.has(session)) return fail(4004, 'Missing session cookie');
		return undefined;
	}

	/* ------------------------------------------------------------------ fixtures */

	createAccount(data: Partial<Account> & { email: string; password: string }): Account {
		const account: Account = {
			id: hexId('usr_'),
			firstName: 'First',
			lastName: 'Last',
			verified: true,
			...data,
		};
		this.accounts.set(account.id, account);
		return account;
	}

	accountByEmail(email: string): Account | undefined {
		const needle = email.toLowerCase();
		return [...this.accounts.values()].find((a) => a.email.toLowerCase() === needle);
	}

	createCompany(name: string, admin: Account, country = 'Ireland'): Company {
		const id = hexId('com_');
		const created = this.now();
		const company: Company = {
			details: {
				id,
				name,
				email: admin.email,
				countryName: country,
				createdDate: created,
				createdBy: `${admin.firstName} ${admin.lastName}`,
			},
			modules: { LEAVE_MANAGEMENT: false, PAYROLL: false, RECRUITMENT: false, TIME_TRACKING: false, ROSTERS: false },
			users: new Map(),
			departments: new Map(),
			leaveTypes: new Map(),
			leaveParameters: { yearStartMonth: 1, workingSchedule: 'MONDAY_TO_FRIDAY' },
			leaveUsers: new Map(),
			requests: new Map(),
			holidays: [],
			assets: new Map(),
			assetTypes: new Map(),
			assetHistory: [],
			timeTrackingParameters: { canUserManageProject: true },
			projects: new Map(),
			timeEntries: new Map(),
			invoices: new Map(),
			currentBill: [],
			pricing: [],
			cards: [],
		};
		this.companies.set(id, company);
		this.addCompanyUser(company, { firstName: admin.firstName, lastName: admin.lastName, email: admin.email }, admin, ['admin'], admin.id);
		return company;
	}

	/** A company user; `id` ties it to an account (members who can log in). */
	addCompanyUser(company: Company, info: Row, by: Account | undefined, roles: string[] = [], id = hexId('usr_')): Row {
		const author = by ? `${by.firstName} ${by.lastName}` : 'HR Omni Administrator';
		const row: Row = {
			id,
			userInfo: { ...info },
			roles: [...roles],
			createdAt: this.now(),
			createdBy: author,
			updatedBy: author,
		};
		company.users.set(id, row);
		return row;
	}

	/** Company users with an employment: the employee list (hromni.txt 445–502). */
	seedEmployees(company: Company, count: number, start = 0): Row[] {
		const rows: Row[] = [];
		for (let i = start; i < start + count; i++) {
			const row = this.addCompanyUser(company, { firstName: `Emp${i}`, lastName: `Loyee${i}`, email: `employee${i}@example.com` }, undefined);
			row.employment = { status: 'ACTIVE', title: 'Engineer', role: 'EMPLOYEE', startDate: '2020-05-01T00:00:00.000000Z' };
			rows.push(row);
		}
		return rows;
	}

	/** The logged-in user's company and membership checks shared by every company route. */
	scoped(handler: (req: RecordedRequest, params: Record<string, string>, company: Company, me: Account) => Reply): Handler {
		return (req, params) => {
			const company = this.companies.get(params.cid);
			if (!company) return notFound('Company');
			const me = this.requester(req) as Account;
			if (!company.users.get(me.id)) return forbidden('The user is not part of this company');
			return handler(req, params, company, me);
		};
	}

	/** hromni.txt 1–108: roles gate what a user may do. */
	hasRole(company: Company, me: Account, ...roles: string[]): boolean {
		const mine = (company.users.get(me.id)?.roles as string[] | undefined) ?? [];
		return mine.some((role) => role === 'admin' || roles.includes(role));
	}

	author(me: Account): string {
		return `${me.firstName} ${me.lastName}`;
	}
}
