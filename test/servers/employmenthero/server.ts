import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { RecordedRequest, Reply } from '../base';
import { ContractServer } from '../base';

type Row = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	406: 'Not Acceptable',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
};

/** Error body per employmenthero.txt 2231–2257: `{ code, error, errors: [{ message }] }`. */
export function ehError(status: number, ...messages: string[]): Reply {
	return {
		status,
		body: {
			code: String(status),
			error: { message: STATUS_TEXT[status] ?? 'Error' },
			errors: messages.map((message) => ({ message })),
		},
	};
}

/** Token-endpoint errors are not described by the document; these follow RFC 6749 §5.2. */
function oauthError(status: number, error: string, description: string): Reply {
	return { status, body: { error, error_description: description } };
}

/** employmenthero.txt 2286–2287: `item_per_page` default 20, maximum 100; pages count from 1. */
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** employmenthero.txt 64 and 129: access tokens expire after 15 minutes. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 900;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DMY_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

interface ListContract {
	/** Query parameters the endpoint documents besides page_index / item_per_page. */
	filters?: Record<string, 'isoDate' | 'dmyDate' | 'array' | 'boolean' | 'string'>;
	apply?: (rows: Row[], query: Record<string, unknown>) => Row[] | Reply;
}

interface IssuedToken {
	expiresAt: number;
	scope: string;
}

interface AuthorizationCode {
	redirectUri: string;
	codeChallenge?: string;
	codeChallengeMethod?: string;
}

export interface FaultPlan {
	status: number;
	/** Value of the Retry-After header, when the fault sends one. */
	retryAfter?: string;
	/** How many consecutive API requests fail this way. */
	times: number;
}

const day = (value: unknown) => String(value ?? '').slice(0, 10);
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * An Employment Hero API faithful to employmenthero.txt: the OAuth 2.0 token endpoint with
 * 15-minute access tokens and rotating refresh tokens (the old one is invalidated), Bearer
 * checks on every API call, the `{ data: { items, item_per_page, page_index, total_pages,
 * total_items } }` list envelope, the documented filters (400 for anything else), error
 * bodies, and 429 / 502 / 503 with Retry-After on demand. State lives for the server's life.
 */
export class EmploymentHeroServer extends ContractServer {
	readonly clientId = `client_${randomBytes(8).toString('hex')}`;

	readonly clientSecret = `secret_${randomBytes(16).toString('hex')}`;

	readonly redirectUri = 'https://n8n.example.com/rest/oauth2-credential/callback';

	/** Access tokens issued and still known (an expired one answers 401). */
	readonly accessTokens = new Map<string, IssuedToken>();

	/** The refresh tokens that may still be used: rotating one invalidates it. */
	readonly refreshTokens = new Set<string>();

	/** Every refresh token ever invalidated, so a test can prove an old one was refused. */
	readonly revokedRefreshTokens = new Set<string>();

	readonly codes = new Map<string, AuthorizationCode>();

	/** Arrival time of every request (ms), in the order of `requests`. */
	readonly arrivals: number[] = [];

	/** Clock offset tests can move forward to expire tokens. */
	clockOffsetMs = 0;

	/** When set, lists leave out the paging fields, as the employee and leave examples do. */
	bareEnvelope = false;

	private fault?: FaultPlan;

	/** API requests still answered before every issued access token expires (see expireAfter). */
	private expiryCountdown?: number;

	readonly organisations = new Map<string, Row>();

	/** `${org}:${kind}` → rows of an organisation-level list. */
	private readonly orgRows = new Map<string, Row[]>();

	/** `${org}:${employee}:${kind}` → rows of an employee-level list. */
	private readonly employeeRows = new Map<string, Row[]>();

	/** `${org}:${employee}:${kind}` → an employee's single detail object. */
	private readonly details = new Map<string, Row>();

	/** `${org}:${team}` → IDs of the team's employees. */
	private readonly teamMembers = new Map<string, string[]>();

	constructor() {
		super();
		this.before = (req) => this.guard(req);
		this.notFound = () => ehError(404, 'Record not found');
		this.registerRoutes();
	}

	now() {
		return Date.now() + this.clockOffsetMs;
	}

	/** Moves the server's clock: tokens issued more than 15 minutes "ago" are expired. */
	advanceClock(ms: number) {
		this.clockOffsetMs += ms;
	}

	/** Issues an access and refresh token pair, as the code exchange or a refresh does. */
	issueTokens(scope = 'urn:mainapp:organisations:read urn:mainapp:employees:read') {
		const access = `eh_at_${randomBytes(18).toString('base64url')}`;
		const refresh = `eh_rt_${randomBytes(18).toString('base64url')}`;
		this.accessTokens.set(access, { expiresAt: this.now() + ACCESS_TOKEN_LIFETIME_SECONDS * 1000, scope });
		this.refreshTokens.add(refresh);
		return { access_token: access, refresh_token: refresh, token_type: 'bearer', expires_in: ACCESS_TOKEN_LIFETIME_SECONDS, scope };
	}

	/** Expires every access token issued so far once `requests` more API requests were answered. */
	expireAfter(requests: number) {
		this.expiryCountdown = requests;
	}

	/** The next `times` API requests fail with `status` (and Retry-After when given). */
	failNext(plan: FaultPlan) {
		this.fault = { ...plan };
	}

	override reset() {
		super.reset();
		this.arrivals.length = 0;
	}

	// ---- fixtures -------------------------------------------------------------------------

	seedOrganisation(row: Row = {}): Row {
		const id = String(row.id ?? randomUUID());
		const full: Row = {
			id,
			name: 'Employment Hero Pty Ltd',
			phone: '+612803222',
			country: 'AU',
			logo_url: 'logo.png',
			primary_address: 'Test Street 79390, 11-17 York Street, SYDNEY, NSW, 2000, AU',
			end_of_week: 'Saturday',
			typical_work_day: '8.0',
			payroll_admin_emails: ['admin1@thinkei.com'],
			subscription_plan: 'CSA (8)',
			superfund_name: null,
			employees_count: 0,
			active_employees_count: 0,
			pending_employees_count: 0,
			time_zone: 'Australia/Sydney',
			created_at: '2016-04-12T16:49:37+10:00',
			...row,
		};
		this.organisations.set(id, full);
		return full;
	}

	/** Adds rows to an organisation-level list (`employees`, `teams`, `policies`, …). */
	seed(orgId: string, kind: string, rows: Row[]): Row[] {
		const key = `${orgId}:${kind}`;
		const list = this.orgRows.get(key) ?? [];
		const full = rows.map((row) => ({ id: randomUUID(), ...row }));
		list.push(...full);
		this.orgRows.set(key, list);
		return full;
	}

	seedEmployees(orgId: string, count: number, extra: (i: number) => Row = () => ({})): Row[] {
		return this.seed(
			orgId,
			'employees',
			Array.from({ length: count }, (_, i) => ({ ...employeeRow(i), ...extra(i) })),
		);
	}

	/** Adds rows to an employee-level list (`bank_accounts`, `timesheet_entries`, …). */
	seedFor(orgId: string, employeeId: string, kind: string, rows: Row[]): Row[] {
		const key = `${orgId}:${employeeId}:${kind}`;
		const list = this.employeeRows.get(key) ?? [];
		const full = rows.map((row) => ({ id: randomUUID(), ...row }));
		list.push(...full);
		this.employeeRows.set(key, list);
		return full;
	}

	setDetail(orgId: string, employeeId: string, kind: 'tax_declaration' | 'superannuation_detail', row: Row) {
		this.details.set(`${orgId}:${employeeId}:${kind}`, row);
	}

	setTeamMembers(orgId: string, teamId: string, employeeIds: string[]) {
		this.teamMembers.set(`${orgId}:${teamId}`, employeeIds);
	}

	private rows(orgId: string, kind: string): Row[] {
		return this.orgRows.get(`${orgId}:${kind}`) ?? [];
	}

	// ---- auth and faults ------------------------------------------------------------------

	private guard(req: RecordedRequest): Reply | undefined {
		this.arrivals.push(Date.now());
		if (req.path.startsWith('/oauth2/')) return undefined;
		// employmenthero.txt 115–127: `Authorization: bearer <access token>`; the scheme is
		// case-insensitive (RFC 7235), the document writes it both ways.
		const match = /^bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
		const token = match ? this.accessTokens.get(match[1]) : undefined;
		if (!token) return ehError(401, 'Login required');
		if (this.expiryCountdown !== undefined && this.expiryCountdown-- <= 0) {
			this.expiryCountdown = undefined;
			for (const issued of this.accessTokens.values()) issued.expiresAt = Math.min(issued.expiresAt, this.now());
		}
		if (this.now() >= token.expiresAt) return ehError(401, 'The access token expired');
		if (this.fault && this.fault.times > 0) {
			this.fault.times -= 1;
			const { status, retryAfter } = this.fault;
			const reply =
				status === 429
					? ehError(429, 'You have exceeded the rate limit. Please try again later.')
					: ehError(status, "We're temporarily offline for maintenance. Please try again later.");
			return { ...reply, headers: retryAfter !== undefined ? { 'retry-after': retryAfter } : {} };
		}
		return undefined;
	}

	/** POST /oauth2/token, employmenthero.txt 63–114 (code) and 128–189 (refresh). */
	private token(req: RecordedRequest): Reply {
		// The document passes the parameters in the query string; a form body is the standard
		// place (RFC 6749 §4.1.3) and is accepted too.
		const params: Record<string, unknown> = {
			...req.query,
			...(req.body && typeof req.body === 'object' ? (req.body as Row) : {}),
		};
		if (params.client_id !== this.clientId || params.client_secret !== this.clientSecret) {
			return oauthError(401, 'invalid_client', 'Client authentication failed');
		}
		if (params.grant_type === 'authorization_code') {
			const code = this.codes.get(String(params.code ?? ''));
			if (!code || code.redirectUri !== params.redirect_uri) {
				return oauthError(400, 'invalid_grant', 'The authorization code is invalid');
			}
			if (code.codeChallenge) {
				const verifier = String(params.code_verifier ?? '');
				const challenge = createHash('sha256').update(verifier).digest('base64url');
				if (!verifier || challenge !== code.codeChallenge) {
					return oauthError(400, 'invalid_grant', 'The PKCE code verifier does not match');
				}
			}
			this.codes.delete(String(params.code));
			return { status: 200, body: this.issueTokens() };
		}
		if (params.grant_type === 'refresh_token') {
			const refresh = String(params.refresh_token ?? '');
			if (!this.refreshTokens.has(refresh)) {
				return oauthError(400, 'invalid_grant', 'The refresh token is invalid');
			}
			// employmenthero.txt 130: a refresh returns a brand new refresh token and the
			// previous one is invalidated.
			this.refreshTokens.delete(refresh);
			this.revokedRefreshTokens.add(refresh);
			return { status: 200, body: this.issueTokens() };
		}
		return oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
	}

	/** GET /oauth2/authorize (employmenthero.txt 41–62): grants at once and redirects with a code. */
	private authorize(req: RecordedRequest): Reply {
		const q = req.query as Record<string, string>;
		if (q.client_id !== this.clientId || q.response_type !== 'code' || q.redirect_uri !== this.redirectUri) {
			return oauthError(400, 'invalid_request', 'Unknown client or redirect URI');
		}
		if (q.code_challenge && q.code_challenge_method !== 'S256') {
			return oauthError(400, 'invalid_request', 'Only S256 code challenges are supported');
		}
		const code = randomBytes(16).toString('base64url');
		this.codes.set(code, { redirectUri: q.redirect_uri, codeChallenge: q.code_challenge, codeChallengeMethod: q.code_challenge_method });
		const state = q.state ? `&state=${encodeURIComponent(q.state)}` : '';
		return { status: 302, headers: { location: `${q.redirect_uri}?code=${code}${state}` } };
	}

	// ---- lists ----------------------------------------------------------------------------

	/**
	 * A paged list: validates `page_index` / `item_per_page` and the documented filters
	 * (anything else is "Invalid argument"), then answers with the list envelope.
	 */
	private list(req: RecordedRequest, rows: Row[], contract: ListContract = {}): Reply {
		const query = { ...req.query };
		const rawKeys = req.rawQuery
			.split('&')
			.filter(Boolean)
			.map((pair) => decodeURIComponent(pair.split('=')[0]));
		const pageIndex = query.page_index === undefined ? 1 : Number(query.page_index);
		const size = query.item_per_page === undefined ? DEFAULT_PAGE_SIZE : Number(query.item_per_page);
		if (!Number.isInteger(pageIndex) || pageIndex < 1) return ehError(400, 'Invalid argument: page_index');
		if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
			return ehError(400, 'Invalid argument: item_per_page must be in the range 1-100');
		}
		delete query.page_index;
		delete query.item_per_page;
		const filters = contract.filters ?? {};
		for (const [name, value] of Object.entries(query)) {
			const kind = filters[name];
			if (!kind) return ehError(400, `Invalid argument: ${name}`);
			if (kind === 'array') {
				// Rails-style arrays: every key must be written `name[]`.
				if (!Array.isArray(value) || rawKeys.some((key) => key === name || (key.startsWith(`${name}[`) && key !== `${name}[]`))) {
					return ehError(400, `Invalid argument: ${name} must be an array (${name}[]=…)`);
				}
				continue;
			}
			if (typeof value !== 'string') return ehError(400, `Invalid argument: ${name}`);
			if (kind === 'isoDate' && !ISO_DATE.test(value)) return ehError(400, `Invalid argument: ${name} must be a date (yyyy-mm-dd)`);
			if (kind === 'dmyDate' && !DMY_DATE.test(value)) return ehError(400, `Invalid argument: ${name} must be a date (dd/mm/yyyy)`);
			if (kind === 'boolean' && value !== 'true' && value !== 'false') return ehError(400, `Invalid argument: ${name} must be true or false`);
		}
		let selected = rows;
		if (contract.apply) {
			const applied = contract.apply(rows, query);
			if (!Array.isArray(applied)) return applied;
			selected = applied;
		}
		const totalItems = selected.length;
		const items = selected.slice((pageIndex - 1) * size, pageIndex * size);
		if (this.bareEnvelope) return { status: 200, body: { data: { items } } };
		return {
			status: 200,
			body: {
				data: {
					items,
					item_per_page: size,
					page_index: pageIndex,
					total_pages: Math.ceil(totalItems / size),
					total_items: totalItems,
				},
			},
		};
	}

	private organisation(id: string): Row | undefined {
		return this.organisations.get(id);
	}

	private employee(orgId: string, id: string): Row | undefined {
		return this.rows(orgId, 'employees').find((row) => row.id === id);
	}

	/** Runs `handler` for an existing organisation (and employee), else "Record not found". */
	private inOrg(orgId: string, handler: () => Reply): Reply {
		if (!this.organisation(orgId)) return ehError(404, 'Record not found');
		return handler();
	}

	private forEmployee(orgId: string, employeeId: string, handler: () => Reply): Reply {
		return this.inOrg(orgId, () => (this.employee(orgId, employeeId) ? handler() : ehError(404, 'Record not found')));
	}

	private getOne(rows: Row[], id: string, wrap = true): Reply {
		const row = rows.find((r) => r.id === id);
		if (!row) return ehError(404, 'Record not found');
		return { status: 200, body: wrap ? { data: row } : row };
	}

	private registerRoutes() {
		const ORG = '/api/v1/organisations/:org';
		const EMP = `${ORG}/employees/:emp`;
		this.route('POST', '/oauth2/token', (req) => this.token(req));
		this.route('GET', '/oauth2/authorize', (req) => this.authorize(req));

		// employmenthero.txt 239–273, 274–310
		this.route('GET', '/api/v1/organisations', (req) => this.list(req, [...this.organisations.values()].map(orgSummary)));
		this.route('GET', ORG, (_req, { org }) => this.getOne([...this.organisations.values()], org));

		// employmenthero.txt 414–475, 476–532
		this.route('GET', `${ORG}/employees`, (req, { org }) => this.inOrg(org, () => this.list(req, this.rows(org, 'employees'))));
		this.route('GET', EMP, (_req, { org, emp }) => this.inOrg(org, () => this.getOne(this.rows(org, 'employees'), emp)));

		// employmenthero.txt 570–603, 604–632
		this.route('GET', `${ORG}/leave_requests`, (req, { org }) => this.inOrg(org, () => this.list(req, this.rows(org, 'leave_requests'))));
		this.route('GET', `${ORG}/leave_requests/:id`, (_req, { org, id }) => this.inOrg(org, () => this.getOne(this.rows(org, 'leave_requests'), id)));

		// employmenthero.txt 667–730: the employee may be "-" for all employees; dates dd/mm/yyyy.
		this.route('GET', `${EMP}/timesheet_entries`, (req, { org, emp }) =>
			this.inOrg(org, () => {
				if (emp !== '-' && !this.employee(org, emp)) return ehError(404, 'Record not found');
				const employees = emp === '-' ? this.rows(org, 'employees').map((e) => String(e.id)) : [emp];
				const rows = employees.flatMap((id) => this.employeeRows.get(`${org}:${id}:timesheet_entries`) ?? []);
				return this.list(req, rows, {
					filters: { start_date: 'dmyDate', end_date: 'dmyDate' },
					apply: (all, q) => {
						const iso = (value: unknown) => {
							const m = DMY_DATE.exec(String(value));
							return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
						};
						const from = iso(q.start_date);
						const to = iso(q.end_date);
						return all.filter((row) => (!from || day(row.date) >= from) && (!to || day(row.date) <= to));
					},
				});
			}),
		);

		// Employee-level lists without filters.
		for (const kind of ['employment_histories', 'emergency_contacts', 'bank_accounts', 'certifications', 'payslips', 'pay_details', 'custom_fields']) {
			this.route('GET', `${EMP}/${kind}`, (req, { org, emp }) =>
				this.forEmployee(org, emp, () => this.list(req, this.employeeRows.get(`${org}:${emp}:${kind}`) ?? [])),
			);
		}
		// employmenthero.txt 1561–1592, 1630–1662: single objects; none → not found.
		for (const kind of ['tax_declaration', 'superannuation_detail']) {
			this.route('GET', `${EMP}/${kind}`, (_req, { org, emp }) =>
				this.forEmployee(org, emp, () => {
					const row = this.details.get(`${org}:${emp}:${kind}`);
					return row ? { status: 200, body: { data: row } } : ehError(404, 'Record not found');
				}),
			);
		}

		// employmenthero.txt 871–910, 911–979
		this.route('GET', `${ORG}/teams`, (req, { org }) => this.inOrg(org, () => this.list(req, this.rows(org, 'teams'))));
		this.route('GET', `${ORG}/teams/:team/employees`, (req, { org, team }) =>
			this.inOrg(org, () => {
				if (!this.rows(org, 'teams').some((t) => t.id === team)) return ehError(404, 'Record not found');
				const ids = this.teamMembers.get(`${org}:${team}`) ?? [];
				return this.list(req, this.rows(org, 'employees').filter((e) => ids.includes(String(e.id))));
			}),
		);

		// employmenthero.txt 1061–1099: the real path is /policies (/polices is a typo: 404).
		this.route('GET', `${ORG}/policies`, (req, { org }) => this.inOrg(org, () => this.list(req, this.rows(org, 'policies'))));

		// employmenthero.txt 1116–1178
		this.route('GET', `${ORG}/certifications`, (req, { org }) => this.inOrg(org, () => this.list(req, this.rows(org, 'certifications'))));
		this.route('GET', `${ORG}/certifications/:id`, (_req, { org, id }) => this.inOrg(org, () => this.getOne(this.rows(org, 'certifications'), id)));

		// employmenthero.txt 1721–1844
		this.route('GET', `${ORG}/custom_fields`, (req, { org }) => this.inOrg(org, () => this.list(req, this.rows(org, 'custom_fields'))));

		// employmenthero.txt 1987–2058
		this.route('GET', `${ORG}/rostered_shifts`, (req, { org }) =>
			this.inOrg(org, () =>
				this.list(req, this.rows(org, 'rostered_shifts'), {
					filters: {
						from_date: 'isoDate',
						to_date: 'isoDate',
						statuses: 'array',
						location_ids: 'array',
						member_ids: 'array',
						unassigned_shifts_only: 'boolean',
						exclude_shifts_overlapping_from_date: 'boolean',
					},
					apply: (all, q) => filterShifts(all, q),
				}),
			),
		);
		// employmenthero.txt 2059–2098: the example answers the shift itself, without `data`.
		this.route('GET', `${ORG}/rostered_shifts/:id`, (_req, { org, id }) =>
			this.inOrg(org, () => this.getOne(this.rows(org, 'rostered_shifts'), id, false)),
		);

		// employmenthero.txt 2141–2194
		this.route('GET', `${ORG}/unavailabilities`, (req, { org }) =>
			this.inOrg(org, () =>
				this.list(req, this.rows(org, 'unavailabilities'), {
					filters: { from_date: 'isoDate', to_date: 'isoDate', location_id: 'string', member_id: 'string' },
					apply: (all, q) => {
						const from = q.from_date as string | undefined;
						const to = q.to_date as string | undefined;
						// 2182–2184: "Maximum search range is 1 month."
						if (from && to) {
							const limit = new Date(`${from}T00:00:00Z`);
							limit.setUTCMonth(limit.getUTCMonth() + 1);
							if (to < from || Date.parse(`${to}T00:00:00Z`) > limit.getTime()) {
								return ehError(400, 'Invalid argument: maximum search range is 1 month');
							}
						}
						return all.filter(
							(row) =>
								(!from || day(row.end_date) >= from) &&
								(!to || day(row.end_date) <= to) &&
								(q.location_id === undefined || String(row.location_id) === q.location_id) &&
								(q.member_id === undefined || row.member_id === q.member_id),
						);
					},
				}),
			),
		);
		this.route('GET', `${ORG}/unavailabilities/:id`, (_req, { org, id }) =>
			this.inOrg(org, () => this.getOne(this.rows(org, 'unavailabilities'), id)),
		);
	}
}

/** The five fields the organisation list shows (employmenthero.txt 246–262). */
function orgSummary(row: Row): Row {
	return { id: row.id, name: row.name, phone: row.phone, country: row.country, logo_url: row.logo_url };
}

function filterShifts(rows: Row[], q: Record<string, unknown>): Row[] {
	const from = q.from_date as string | undefined;
	const to = q.to_date as string | undefined;
	const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : undefined);
	const statuses = list(q.statuses);
	const locations = list(q.location_ids);
	const members = list(q.member_ids);
	const exclude = q.exclude_shifts_overlapping_from_date === 'true';
	return rows.filter((row) => {
		const start = day(row.start_time);
		const end = day(row.end_time);
		// employmenthero.txt 2051–2052: with the flag, shifts starting in the range; without
		// it, also shifts that began the day before and run into from_date.
		if (from && (exclude ? start < from : start < addDays(from, -1) || end < from)) return false;
		if (to && start > to) return false;
		if (statuses && !statuses.includes(String(row.status))) return false;
		if (locations && !locations.includes(String(row.location_id))) return false;
		if (members && !members.includes(String(row.member_id))) return false;
		if (q.unassigned_shifts_only === 'true' && row.member_id) return false;
		return true;
	});
}

/** An employee shaped like employmenthero.txt 314–353. */
export function employeeRow(i: number): Row {
	return {
		account_email: `employee${i}@thinkei.com`,
		title: 'Mr',
		role: 'employee',
		first_name: `First${i}`,
		last_name: `Last${i}`,
		middle_name: '',
		address: 'Test Street 184752, SYDNEY, NSW, 2000, AU',
		avatar_url: 'http://avatar.jpg',
		known_as: '',
		job_title: 'Grad Developer',
		gender: 'Female',
		country: 'AU',
		nationality: '',
		date_of_birth: '1995-02-13T00:00:00+00:00',
		marital_status: '',
		personal_email: `personal${i}@thinkei.com`,
		personal_mobile_number: '01285659993',
		home_phone: '',
		employing_entity: 'US',
		code: '',
		location: null,
		company_email: `first${i}.last${i}@thinkei.com`,
		company_mobile: '',
		company_landline: '',
		start_date: '2017-03-01T00:00:00+00:00',
		termination_date: null,
		primary_cost_centre: { id: '95df8139-479f-432e-b8f9-922352d2fe4a', name: 'Employment Hero' },
		secondary_cost_centres: [],
		primary_manager: { id: '4a728243-8930-4a93-9bd8-a6843e7b59ec', name: 'Jessica' },
		secondary_manager: null,
		external_id: `external_${i}`,
	};
}

/** Webhook callback bodies exactly as employmenthero.txt 2318–2476 shows them. */
export const WEBHOOK_SAMPLES = {
	employee: {
		data: {
			id: 'f5e41ec5-b85d-486a-9bd0-ef9b04284c6e',
			gender: 'male',
			country: 'AU',
			known_as: 'New employee',
			job_title: 'Tii',
			last_name: 'Please',
			first_name: 'Yes',
			middle_name: 'Midle Name',
			avatar_url: '/avatar.svg',
			start_date: '2020-02-27',
			external_id: '123-123-123',
			nationality: 'Australia',
			account_email: 'abc@def.com',
			date_of_birth: '1980-2-2',
			personal_mobile_number: '+2222222222',
		},
		event: 'employee_created',
	},
	leaveRequest: {
		data: {
			id: '1c8a8e41-82c8-4311-8115-07994dd28ac2',
			approved: true,
			end_date: '2020-02-04',
			start_date: '2020-02-04',
			employee_id: 'ba967883-a3db-44a0-b807-bfac746599f7',
		},
		event: 'leave_request_approved',
	},
	bankAccount: {
		data: {
			id: '78bc2d65-bf9e-434f-8b78-2367f56878ad',
			bsb: '123123',
			account_name: 'mew123',
			account_number: '123123',
			primary_account: false,
		},
		event: 'bank_account_created',
	},
	employmentHistory: {
		data: {
			id: '4f6c7312-67ab-4775-ab2e-a3761ff56385',
			title: 'Software Developer',
			disabled: false,
			end_date: '2021-12-09T00:00:00.000+00:00',
			in_review: false,
			member_id: 'e826e79d-20d4-4b04-add2-8fa3c16cb7d8',
			start_date: '2021-02-17T00:00:00.000+00:00',
			declined_at: null,
			employment_type: null,
			organisation_id: 'bdfcb02b-fcc3-4f09-8636-c06c14345b86',
		},
		event: 'employment_history_created',
	},
} as const;
