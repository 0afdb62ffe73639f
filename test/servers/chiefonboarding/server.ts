import { randomBytes } from 'node:crypto';
import type { RecordedRequest, Reply } from '../base';
import { ContractServer } from '../base';

/**
 * A ChiefOnboarding instance as chiefonboarding.txt and ChiefOnboarding's source describe
 * it: DRF token auth (`Authorization: Token …`, admin tokens only), the four routes under
 * /api/ (mounted only with API_ACCESS=True), bare unpaginated JSON arrays, DRF's error
 * bodies (`{"detail": …}` and field errors), and state kept across calls.
 *
 * Stricter than DRF where it helps catch mistakes: unknown body fields and any query
 * parameter are refused with a 400 (DRF would silently ignore them).
 */

export const ROLE = { newHire: 0, admin: 1, manager: 2, other: 3 } as const;

// Language choices of the User model (ChiefOnboarding source, users migration 0039).
export const LANGUAGES = ['en', 'nl', 'fr', 'de', 'tr', 'pt', 'jp', 'es', 'cs'];

// The server's timezone field is a choice of pytz's common time zones; IANA names here.
const TIMEZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'GMT']);

export interface UserRow {
	id: number;
	first_name: string;
	last_name: string;
	email: string;
	role: number;
	position: string;
	phone: string;
	buddy: number | null;
	manager: number | null;
	message: string;
	linkedin: string;
	facebook: string;
	twitter: string;
	timezone: string;
	language: string;
	start_day: string | null;
	termination_date: string | null;
	sequences: number[];
}

export interface SequenceRow {
	id: number;
	name: string;
	category: 'onboarding' | 'offboarding';
}

type Body = Record<string, unknown>;
type FieldErrors = Record<string, unknown>;

const detail = (status: number, message: string, headers?: Record<string, string>): Reply => ({
	status,
	body: { detail: message },
	headers,
});

/** Django's own 404 page: HTML, not JSON (the API routes are not mounted at all). */
const djangoNotFound = (path: string): Reply => ({
	status: 404,
	raw: true,
	headers: { 'content-type': 'text/html; charset=utf-8' },
	body: `<!doctype html><html lang="en"><head><title>Not Found</title></head><body><h1>Not Found</h1><p>The requested resource ${path} was not found on this server.</p></body></html>`,
});

const ROUTES = ['/api/users/', '/api/offboarding/', '/api/employees/', '/api/sequences/'];

/** Today's date as the server sees it (`timezone.now().date()`, UTC). */
export const serverToday = () => new Date().toISOString().slice(0, 10);

function isDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export class ChiefOnboardingServer extends ContractServer {
	/** Off = the instance runs without API_ACCESS=True: every /api/ path is Django's 404. */
	apiAccess = true;

	/** Off = an older version without POST /api/offboarding/. */
	offboardingRoute = true;

	/**
	 * The document says the create response includes the new hire's ID; the serializer in
	 * ChiefOnboarding's source lists no `id`. Off = answer like that serializer.
	 */
	createResponseIncludesId = true;

	readonly users = new Map<number, UserRow>();

	readonly sequenceRows = new Map<number, SequenceRow>();

	readonly admin: UserRow;

	/** An administrator's token (the only kind the API accepts). */
	readonly token: string;

	private readonly tokens = new Map<string, number>();

	private nextUserId = 1;

	private nextSequenceId = 1;

	constructor() {
		super();
		this.admin = this.addUser({ first_name: 'Ada', last_name: 'Admin', email: 'ada@example.com', role: ROLE.admin });
		this.token = this.issueToken(this.admin.id);
		this.before = (req) => this.gate(req);
		this.notFound = (req) =>
			ROUTES.includes(req.path) ? detail(405, `Method "${req.method}" not allowed.`) : djangoNotFound(req.path);
		this.route('GET', '/api/employees/', (req) => this.listEmployees(req));
		this.route('GET', '/api/sequences/', (req) => this.listSequences(req));
		this.route('POST', '/api/users/', (req) => this.createUser(req));
		this.route('POST', '/api/offboarding/', (req) => this.offboard(req));
	}

	/** `python manage.py drf_create_token <email>`. */
	issueToken(userId: number): string {
		const token = randomBytes(20).toString('hex');
		this.tokens.set(token, userId);
		return token;
	}

	addUser(fields: Partial<UserRow> & Pick<UserRow, 'first_name' | 'last_name' | 'email'>): UserRow {
		const row: UserRow = {
			id: this.nextUserId++,
			role: ROLE.other,
			position: '',
			phone: '',
			buddy: null,
			manager: null,
			message: '',
			linkedin: '',
			facebook: '',
			twitter: '',
			timezone: '',
			language: 'en',
			start_day: null,
			termination_date: null,
			sequences: [],
			...fields,
		};
		row.email = row.email.toLowerCase(); // User.save() lower-cases the email
		this.users.set(row.id, row);
		return row;
	}

	addSequence(name: string, category: SequenceRow['category'] = 'onboarding'): SequenceRow {
		const row: SequenceRow = { id: this.nextSequenceId++, name, category };
		this.sequenceRows.set(row.id, row);
		return row;
	}

	/** URL resolution (404), then DRF: authentication (401), then AdminPermission (403). */
	private gate(req: RecordedRequest): Reply | undefined {
		if (!req.path.startsWith('/api/')) return djangoNotFound(req.path);
		if (!this.apiAccess) return djangoNotFound(req.path);
		// Django resolves `path("employees/")` only with the trailing slash; a POST without it
		// would not be redirected, so the contract refuses both.
		if (!ROUTES.includes(req.path)) return djangoNotFound(req.path);
		if (req.path === '/api/offboarding/' && !this.offboardingRoute) return djangoNotFound(req.path);

		const challenge = { 'www-authenticate': 'Token' };
		const header = String(req.headers.authorization ?? '');
		const parts = header.split(' ').filter((part) => part !== '');
		if (!parts.length || parts[0].toLowerCase() !== 'token') {
			return detail(401, 'Authentication credentials were not provided.', challenge);
		}
		if (parts.length === 1) return detail(401, 'Invalid token header. No credentials provided.', challenge);
		if (parts.length > 2) return detail(401, 'Invalid token header. Token string should not contain spaces.', challenge);
		const userId = this.tokens.get(parts[1]);
		const user = userId === undefined ? undefined : this.users.get(userId);
		if (!user) return detail(401, 'Invalid token.', challenge);
		if (user.role !== ROLE.admin) return detail(403, 'You do not have permission to perform this action.');

		if (req.rawQuery !== '') return detail(400, `Unexpected query string "${req.rawQuery}": this endpoint takes no parameters.`);
		if (req.method === 'POST' && !String(req.headers['content-type'] ?? '').includes('application/json')) {
			return detail(415, `Unsupported media type "${String(req.headers['content-type'] ?? '')}" in request.`);
		}
		return undefined;
	}

	/** EmployeeView: every user, `{ id, first_name, last_name, email }`, ordered by id. */
	private listEmployees(_req: RecordedRequest): Reply {
		const rows = [...this.users.values()].sort((a, b) => a.id - b.id);
		return {
			status: 200,
			body: rows.map(({ id, first_name, last_name, email }) => ({ id, first_name, last_name, email })),
		};
	}

	/** SequenceView: every sequence (onboarding and offboarding), `{ id, name }`, ordered by id. */
	private listSequences(_req: RecordedRequest): Reply {
		const rows = [...this.sequenceRows.values()].sort((a, b) => a.id - b.id);
		return { status: 200, body: rows.map(({ id, name }) => ({ id, name })) };
	}

	private userPk(value: unknown, errors: FieldErrors, field: string, queryset: (user: UserRow) => boolean): number | null {
		if (value === null) return null;
		if (typeof value === 'boolean' || (typeof value !== 'number' && typeof value !== 'string') || !/^\d+$/.test(String(value))) {
			errors[field] = [`Incorrect type. Expected pk value, received ${typeof value === 'string' ? 'str' : typeof value}.`];
			return null;
		}
		const user = this.users.get(Number(value));
		if (!user || !queryset(user)) {
			errors[field] = [`Invalid pk "${String(value)}" - object does not exist.`];
			return null;
		}
		return user.id;
	}

	private sequenceIds(value: unknown, errors: FieldErrors, category?: SequenceRow['category']): number[] {
		if (!Array.isArray(value)) {
			errors.sequences = [`Expected a list of items but got type "${typeof value === 'string' ? 'str' : typeof value}".`];
			return [];
		}
		const itemErrors: Record<string, string[]> = {};
		value.forEach((entry, i) => {
			if (!(typeof entry === 'number' && Number.isInteger(entry)) && !(typeof entry === 'string' && /^-?\d+$/.test(entry))) {
				itemErrors[String(i)] = ['A valid integer is required.'];
			}
		});
		if (Object.keys(itemErrors).length) {
			errors.sequences = itemErrors;
			return [];
		}
		const ids = value.map(Number);
		const valid = ids.filter((id) => {
			const row = this.sequenceRows.get(id);
			return row && (!category || row.category === category);
		});
		if (valid.length !== ids.length) errors.sequences = ['Not all sequence ids are valid.'];
		return ids;
	}

	/** UserSerializer (chiefonboarding.txt 54–75; field list and validation from the source). */
	private createUser(req: RecordedRequest): Reply {
		const body = (req.body ?? {}) as Body;
		if (typeof body !== 'object' || Array.isArray(body)) return detail(400, 'Invalid data. Expected a dictionary, but got list.');
		const errors: FieldErrors = {};
		const strings: Record<string, { required?: boolean; max?: number }> = {
			first_name: { required: true, max: 200 },
			last_name: { required: true, max: 200 },
			email: { required: true, max: 200 },
			position: { max: 300 },
			phone: { max: 300 },
			message: {},
			linkedin: { max: 100 },
			facebook: { max: 100 },
			twitter: { max: 100 },
		};
		const allowed = [...Object.keys(strings), 'role', 'start_day', 'buddy', 'manager', 'timezone', 'language', 'sequences'];
		for (const key of Object.keys(body)) {
			if (!allowed.includes(key)) errors[key] = ['Unknown field: the new-hire endpoint does not accept it.'];
		}
		for (const [field, rule] of Object.entries(strings)) {
			const value = body[field];
			if (value === undefined) {
				if (rule.required) errors[field] = ['This field is required.'];
				continue;
			}
			if (value === null) errors[field] = ['This field may not be null.'];
			else if (typeof value !== 'string' && typeof value !== 'number') errors[field] = ['Not a valid string.'];
			else if (rule.required && String(value).trim() === '') errors[field] = ['This field may not be blank.'];
			else if (rule.max && String(value).length > rule.max) {
				errors[field] = [`Ensure this field has no more than ${rule.max} characters.`];
			}
		}
		const email = typeof body.email === 'string' ? body.email.trim() : '';
		if (!errors.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = ['Enter a valid email address.'];
		if (!errors.email && [...this.users.values()].some((u) => u.email === email.toLowerCase())) {
			errors.email = ['user with this Email already exists.'];
		}
		if (body.role === undefined) errors.role = ['This field is required.'];
		else if (![0, 1, 2, 3].map(String).includes(String(body.role)) || typeof body.role === 'boolean') {
			errors.role = [`"${String(body.role)}" is not a valid choice.`];
		}
		if (body.start_day !== undefined && body.start_day !== null && !isDate(body.start_day)) {
			errors.start_day = ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'];
		}
		const buddy = body.buddy === undefined ? null : this.userPk(body.buddy, errors, 'buddy', () => true);
		const manager = body.manager === undefined ? null : this.userPk(body.manager, errors, 'manager', () => true);
		if (body.timezone !== undefined && !TIMEZONES.has(String(body.timezone))) {
			errors.timezone = [`"${String(body.timezone)}" is not a valid choice.`];
		}
		if (body.language !== undefined && !LANGUAGES.includes(String(body.language))) {
			errors.language = [`"${String(body.language)}" is not a valid choice.`];
		}
		const sequences = body.sequences === undefined ? [] : this.sequenceIds(body.sequences, errors);
		if (Object.keys(errors).length) return { status: 400, body: errors };

		const role = Number(body.role);
		const text = (field: string) => (body[field] === undefined ? '' : String(body[field]));
		const row = this.addUser({
			first_name: text('first_name'),
			last_name: text('last_name'),
			email,
			role,
			position: text('position'),
			phone: text('phone'),
			message: text('message'),
			linkedin: text('linkedin'),
			facebook: text('facebook'),
			twitter: text('twitter'),
			buddy,
			manager,
			// UserView.perform_create: organization timezone/language, start day today for new hires.
			timezone: body.timezone === undefined ? 'UTC' : String(body.timezone),
			language: body.language === undefined ? 'en' : String(body.language),
			start_day: (body.start_day as string | undefined) ?? (role === ROLE.newHire ? serverToday() : null),
			sequences: role === ROLE.newHire ? sequences : [],
		});
		const response = {
			...(this.createResponseIncludesId ? { id: row.id } : {}),
			first_name: row.first_name,
			last_name: row.last_name,
			start_day: row.start_day,
			role: row.role,
			email: row.email,
			position: row.position,
			phone: row.phone,
			buddy: row.buddy,
			manager: row.manager,
			message: row.message,
			linkedin: row.linkedin,
			facebook: row.facebook,
			twitter: row.twitter,
			timezone: row.timezone,
			language: row.language,
		};
		return { status: 201, body: response };
	}

	/** UserOffboardingSerializer / UserOffboardingView (source only; not in the document). */
	private offboard(req: RecordedRequest): Reply {
		const body = (req.body ?? {}) as Body;
		const errors: FieldErrors = {};
		for (const key of Object.keys(body)) {
			if (!['user', 'termination_date', 'sequences'].includes(key)) {
				errors[key] = ['Unknown field: the offboarding endpoint does not accept it.'];
			}
		}
		let userId: number | null = null;
		if (body.user === undefined) errors.user = ['This field is required.'];
		else if (body.user === null) errors.user = ['This field may not be null.'];
		// queryset=User.objects.exclude(role=ADMIN): administrators cannot be offboarded.
		else userId = this.userPk(body.user, errors, 'user', (u) => u.role !== ROLE.admin);
		if (body.termination_date === undefined) errors.termination_date = ['This field is required.'];
		else if (!isDate(body.termination_date)) {
			errors.termination_date = ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'];
		} else if (body.termination_date < serverToday()) {
			errors.termination_date = ['You cannot set an offboarding date in the past.'];
		}
		const sequences = body.sequences === undefined ? [] : this.sequenceIds(body.sequences, errors, 'offboarding');
		if (Object.keys(errors).length) return { status: 400, body: errors };
		const user = this.users.get(userId as number) as UserRow;
		user.termination_date = body.termination_date as string;
		user.sequences = [...user.sequences, ...sequences];
		return { status: 200 };
	}
}
