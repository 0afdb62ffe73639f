import { randomBytes } from 'node:crypto';
import type { RecordedRequest, Reply } from '../base';
import { ContractServer } from '../base';
import { exampleRecord } from './records';
import { fieldError, forbidden, invalid, notFound, tooManyRequests, unauthorized } from './replies';
import type { FactorialSpec, Operation, SchemaNode } from './spec';
import { API_PREFIX, API_VERSION, factorialSpec } from './spec';
import type { Issues } from './validate';
import { PAGING_PARAMS, parseMultipartBody, queryPairs, validateBody, validateQuery } from './validate';

export { API_PREFIX, API_VERSION } from './spec';
export { queryPairs } from './validate';

type Row = Record<string, unknown>;

interface UploadedFile {
	filename: string;
	contentType: string;
	data: Buffer;
}

/** Factorial's page size: 100 by default and at most (factorial-notes.md A.1, "Pagination" page). */
export const MAX_PAGE_SIZE = 100;

/** Deliveries that may fail before Factorial disables a subscription (notes A.4: "up to 20 retries over 48h"). */
export const FAILURES_BEFORE_DISABLE = 20;

export const CHALLENGE_HEADER = 'x-factorial-wh-challenge';

const SUBSCRIPTIONS = '/api_public/webhook_subscriptions';
const CREDENTIALS = '/api_public/credentials';

/** Sorts ids as Factorial does ("the sorting is by ID in ascending order"): numerically when both are numbers. */
function compareIds(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
		const x = BigInt(a);
		const y = BigInt(b);
		return x < y ? -1 : x > y ? 1 : 0;
	}
	return a < b ? -1 : a > b ? 1 : 0;
}

const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64');

function decodeCursor(cursor: string): string | undefined {
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return undefined;
	const id = Buffer.from(cursor, 'base64').toString('utf8');
	return encodeCursor(id) === cursor ? id : undefined;
}

/** The records of one `/module/resource`, with its rows kept sorted by id for paging. */
class Collection {
	readonly rows = new Map<string, Row>();

	private sorted?: Row[];

	private nextId = 1n;

	constructor(readonly schema: SchemaNode | undefined) {}

	newId(): string {
		for (;;) {
			const id = String(this.nextId++);
			if (!this.rows.has(id)) return id;
		}
	}

	put(row: Row) {
		const id = String(row.id);
		if (/^\d+$/.test(id) && BigInt(id) >= this.nextId) this.nextId = BigInt(id) + 1n;
		this.rows.set(id, row);
		this.sorted = undefined;
	}

	remove(id: string) {
		this.rows.delete(id);
		this.sorted = undefined;
	}

	clear() {
		this.rows.clear();
		this.sorted = undefined;
	}

	inOrder(): Row[] {
		this.sorted ??= [...this.rows.values()].sort((a, b) => compareIds(String(a.id), String(b.id)));
		return this.sorted;
	}
}

export type DuplicateSubscriptionBehaviour = 'overwrite' | 'reject';

export interface FactorialServerOptions {
	apiKey?: string;
	companyId?: string;
	/** Records seeded in every list (deterministic, ids 1..n). */
	seedCount?: number;
	duplicateSubscriptions?: DuplicateSubscriptionBehaviour;
}

export interface OAuthToken {
	accessToken: string;
	refreshToken: string;
	scopes: string[];
	expiresAt: number;
	refreshExpiresAt: number;
}

export interface DeliveryResult {
	subscriptionId: string;
	url: string;
	status: number;
	body: string;
}

export interface DeliveryOptions {
	/** Sent as `x-factorial-author-id` / `x-factorial-author-type` (notes A.4). */
	author?: { id: string; type: 'employee' | 'company' };
	/** Replaces the subscription's challenge in the header (a forged delivery); null sends none. */
	challenge?: string | null;
	/** Only to this subscription (default: every enabled subscription of the event). */
	subscriptionId?: string;
	/** Deliver to this URL instead of the subscription's (the right challenge on another event's URL). */
	url?: string;
}

/**
 * A Factorial API built from Factorial's OpenAPI document (2026-07-01) at start-up: every
 * path and method of the document is served with its query parameters, body fields, types,
 * enums and response shape; auth by `x-api-key` or an OAuth2 Bearer token (the document's
 * `apikey` and `oauth2` schemes, `write` scope for writes); cursor pages driven by `limit`
 * and `after_id` (factorial-notes.md A.1); records kept so create → get → update → list →
 * delete round-trip; webhook subscriptions and deliveries sent the way Factorial sends them.
 */
export class FactorialServer extends ContractServer {
	readonly spec: FactorialSpec;

	readonly apiKey: string;

	readonly companyId: string;

	readonly oauthClient = { clientId: `client_${randomBytes(6).toString('hex')}`, clientSecret: randomBytes(16).toString('hex') };

	readonly tokens = new Map<string, OAuthToken>();

	/** What a second subscription for the same event does (notes A.4: the docs disagree). */
	duplicateSubscriptions: DuplicateSubscriptionBehaviour;

	/** Answer lists with `meta.limit: null`, as some endpoints do (notes A.1, leon1995 `_client.py`). */
	nullMetaLimit = false;

	/** When set, POST requests beyond this many a minute get 429 with Retry-After (notes A.2: 200). */
	postsPerMinute?: number;

	/** Failed deliveries per subscription id. */
	readonly deliveryFailures = new Map<string, number>();

	private readonly seedCount: number;

	private readonly collections = new Map<string, Collection>();

	private readonly byCollection = new Map<string, Operation[]>();

	private readonly codes = new Map<string, { redirectUri: string; scopes: string[] }>();

	private readonly injected: Reply[] = [];

	/** Files uploaded with multipart creates, by `/module/resource/<id>`. */
	readonly uploads = new Map<string, UploadedFile>();

	private readonly temporaryFiles = new Map<string, UploadedFile>();

	private readonly posts: number[] = [];

	constructor(options: FactorialServerOptions = {}) {
		super();
		this.spec = factorialSpec();
		this.apiKey = options.apiKey ?? `fct_${randomBytes(18).toString('base64url')}`;
		this.companyId = options.companyId ?? '9007199254740993';
		this.seedCount = options.seedCount ?? 3;
		this.duplicateSubscriptions = options.duplicateSubscriptions ?? 'overwrite';
		this.before = (req) => this.gate(req);
		this.notFound = (req) =>
			req.path.startsWith('/api/') && !req.path.startsWith(`${API_PREFIX}/`)
				? { status: 404, body: { errors: [`API version not found: ${req.path.split('/')[2]}`] } }
				: notFound('Route');
		this.registerRoutes();
	}

	// ---- test helpers -------------------------------------------------------------------

	/** The stored records of `/module/resource` (seeded on first use), e.g. `rows('/teams/teams')`. */
	rows(collection: string): Row[] {
		return this.collection(collection).inOrder();
	}

	row(collection: string, id: string): Row | undefined {
		return this.collection(collection).rows.get(id);
	}

	/** Inserts records shaped like the resource's schema, overriding fields with `rows`. */
	seed(collection: string, rows: Row[]): Row[] {
		const target = this.collection(collection);
		return rows.map((fields) => {
			const id = fields.id !== undefined ? String(fields.id) : target.newId();
			const row = { ...this.recordFor(target.schema, id), ...fields, id };
			target.put(row);
			return row;
		});
	}

	/** `count` more records of `/module/resource` (e.g. 10,000 employees for the benchmark). */
	seedMany(collection: string, count: number): void {
		const target = this.collection(collection);
		for (let i = 0; i < count; i++) {
			const id = target.newId();
			target.put(this.recordFor(target.schema, id));
		}
	}

	/** Deletes one record, as if it had been deleted in Factorial. */
	remove(collection: string, id: string) {
		this.collection(collection).remove(id);
	}

	/** Empties a collection (no seeds come back). */
	clear(collection: string) {
		this.collection(collection).clear();
	}

	/** Answers the next `times` API requests (after auth) with `reply`: retries, outages. */
	failNext(reply: Reply, times = 1) {
		for (let i = 0; i < times; i++) this.injected.push(reply);
	}

	/** An OAuth2 access token as /oauth/token would issue it (scopes default to the document's). */
	issueToken(scopes: string[] = this.spec.scopes.oauth2): OAuthToken {
		const now = Date.now();
		const token: OAuthToken = {
			accessToken: `fat_${randomBytes(18).toString('base64url')}`,
			refreshToken: `frt_${randomBytes(18).toString('base64url')}`,
			scopes,
			// notes A.3: the token example shows expires_in 7200; refresh tokens last one week.
			expiresAt: now + 7200 * 1000,
			refreshExpiresAt: now + 7 * 24 * 3600 * 1000,
		};
		this.tokens.set(token.accessToken, token);
		return token;
	}

	/** The webhook subscriptions stored. */
	subscriptions(): Row[] {
		return this.rows(SUBSCRIPTIONS);
	}

	/** The 128 event types of the document's `webhooks` section. */
	eventTypes(): string[] {
		return this.spec.events.map((event) => event.type);
	}

	/** A payload for `eventType`: a record of the event's schema, as Factorial posts it (no envelope). */
	eventPayload(eventType: string, fields: Row = {}): Row {
		const event = this.spec.events.find((candidate) => candidate.type === eventType);
		if (!event) throw new Error(`Unknown Factorial event ${eventType}`);
		return { ...exampleRecord(this.spec.schemas[event.schema], String(1000 + this.requests.length), 1), ...fields };
	}

	/**
	 * Sends `payload` the way Factorial delivers an event: a POST of the bare resource object
	 * to each enabled subscription of the event, with the subscription's challenge in the
	 * `x-factorial-wh-challenge` header (apidoc "manage-webhooks", notes A.4) and the optional
	 * author headers. Failed deliveries count towards disabling the subscription.
	 */
	async deliver(eventType: string, payload: Row = this.eventPayload(eventType), options: DeliveryOptions = {}) {
		const targets = this.subscriptions().filter(
			(subscription) =>
				subscription.type === eventType &&
				subscription.enabled === true &&
				(options.subscriptionId === undefined || subscription.id === options.subscriptionId),
		);
		const results: DeliveryResult[] = [];
		for (const subscription of targets) {
			const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Factorial-Webhooks' };
			const challenge = options.challenge === undefined ? subscription.challenge : options.challenge;
			if (typeof challenge === 'string') headers[CHALLENGE_HEADER] = challenge;
			if (options.author) {
				headers['x-factorial-author-id'] = options.author.id;
				headers['x-factorial-author-type'] = options.author.type;
			}
			const url = options.url ?? String(subscription.target_url);
			let status = 0;
			let body = '';
			try {
				const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) });
				status = response.status;
				body = await response.text();
			} catch (error) {
				body = (error as Error).message;
			}
			const id = String(subscription.id);
			if (status < 200 || status >= 300) {
				const failures = (this.deliveryFailures.get(id) ?? 0) + 1;
				this.deliveryFailures.set(id, failures);
				if (failures >= FAILURES_BEFORE_DISABLE) subscription.enabled = false;
			}
			results.push({ subscriptionId: id, url, status, body });
		}
		return results;
	}

	// ---- routing ------------------------------------------------------------------------

	private collection(path: string): Collection {
		let found = this.collections.get(path);
		if (!found) {
			const operations = this.byCollection.get(path);
			if (!operations) throw new Error(`No Factorial resource ${path}`);
			const reader =
				operations.find((op) => op.method === 'GET' && op.response === 'paged') ??
				operations.find((op) => op.method === 'GET') ??
				operations.find((op) => op.schema);
			found = new Collection(reader?.schema ? this.spec.schemas[reader.schema] : undefined);
			this.collections.set(path, found);
			// Webhook subscriptions and credentials start as the account has them, not seeded.
			if (path !== SUBSCRIPTIONS && path !== CREDENTIALS) {
				for (let i = 1; i <= this.seedCount; i++) found.put(this.recordFor(found.schema, String(i), i));
			}
		}
		return found;
	}

	private recordFor(schema: SchemaNode | undefined, id: string, seq = Number(id) || 1): Row {
		const row = exampleRecord(schema, id, seq);
		if ('company_id' in row) row.company_id = this.companyId;
		return row;
	}

	private registerRoutes() {
		this.route('GET', '/oauth/authorize', (req) => this.authorize(req));
		this.route('POST', '/oauth/token', (req) => this.token(req));
		this.route('GET', '/temporal-files/:token/:name', (req, params) => this.temporaryFile(req, params.token));
		for (const op of this.spec.operations) {
			const list = this.byCollection.get(op.collection) ?? [];
			list.push(op);
			this.byCollection.set(op.collection, list);
			const pattern = op.path.replace('{id}', ':id');
			this.route(op.method, pattern, (req, params) => this.answer(op, req, params.id));
		}
	}

	private authMethod(req: RecordedRequest): { kind: 'apiKey' | 'oauth2'; scopes: string[] } | Reply {
		const key = req.headers['x-api-key'];
		if (key !== undefined) {
			// spec 30396–30399 (`apikey`: header x-api-key); "the key must be the value without any prefixes" (notes A.3).
			return key === this.apiKey ? { kind: 'apiKey', scopes: ['read', 'write'] } : unauthorized('Invalid API key');
		}
		const header = String(req.headers.authorization ?? '');
		const bearer = /^Bearer (.+)$/.exec(header);
		if (!bearer) return unauthorized();
		const token = this.tokens.get(bearer[1]);
		if (!token) return unauthorized('The access token is invalid');
		if (token.expiresAt <= Date.now()) return unauthorized('The access token expired');
		return { kind: 'oauth2', scopes: token.scopes };
	}

	private gate(req: RecordedRequest): Reply | undefined {
		if (req.path.startsWith('/oauth/') || req.path.startsWith('/temporal-files/')) return undefined;
		const auth = this.authMethod(req);
		if ('status' in auth) return auth;
		// spec 30393–30395, securitySchemes.oauth2: `read` "Required for all operations", `write` "Required for write operations".
		if (!auth.scopes.includes('read')) return forbidden('The access token lacks the read scope');
		if (req.method !== 'GET' && !auth.scopes.includes('write')) return forbidden('The access token lacks the write scope');
		if (req.method === 'POST' && this.postsPerMinute !== undefined) {
			const now = Date.now();
			while (this.posts.length && this.posts[0] <= now - 60000) this.posts.shift();
			if (this.posts.length >= this.postsPerMinute) return tooManyRequests(Math.ceil((this.posts[0] + 60000 - now) / 1000));
			this.posts.push(now);
		}
		return this.injected.shift();
	}

	private answer(op: Operation, req: RecordedRequest, id?: string): Reply {
		const queryIssues = validateQuery(op, req.rawQuery);
		if (Object.keys(queryIssues).length) return invalid(queryIssues);
		let body: Row = {};
		if (op.body) {
			const checked = validateBody(op, req, op.method === 'PUT' ? id : undefined);
			if (Object.keys(checked.issues).length) return invalid(checked.issues);
			body = checked.body;
		} else if (req.rawBody.length && op.method !== 'GET' && op.method !== 'DELETE') {
			return fieldError('body', 'is not expected');
		}
		if (op.collection === CREDENTIALS) return this.credentials(req);
		if (op.collection === SUBSCRIPTIONS) {
			if (op.method === 'POST' && !op.hasId) return this.createSubscription(op, body);
			if (op.method === 'PUT') {
				const { subscription_type: type, ...rest } = body;
				body = type === undefined ? rest : { ...rest, type };
				if (type !== undefined && !this.eventTypes().includes(String(type))) {
					return fieldError('subscription_type', 'is not included in the list');
				}
				if (body.enabled === true && id) this.deliveryFailures.delete(id);
			}
		}
		const collection = this.collection(op.collection);
		if (op.response === 'paged') return this.list(op, collection, req);
		if (op.hasId) {
			const row = collection.rows.get(id as string);
			if (!row) return notFound();
			if (op.method === 'GET') return { status: op.status, body: row };
			if (op.method === 'DELETE') {
				collection.remove(id as string);
				return { status: op.status, body: row };
			}
			const updated = { ...row, ...this.known(collection.schema, body), id: row.id };
			collection.put(updated);
			return { status: op.status, body: updated };
		}
		if (op.path === `${API_PREFIX}/documents/download_urls/bulk_create`) return this.downloadUrls(op, body);
		if (op.action) return this.action(op, collection, body);
		// POST /module/resource: a create.
		const created = { ...this.recordFor(collection.schema, collection.newId()), ...this.known(collection.schema, body) };
		created.id = String(created.id);
		collection.put(created);
		if (op.body?.contentType === 'multipart/form-data') {
			const [file] = Object.values(parseMultipartBody(req)?.files ?? {}).flat();
			if (file) this.uploads.set(`${op.collection}/${created.id}`, file);
		}
		return { status: op.status, body: created };
	}

	/**
	 * `POST documents/download_urls/bulk_create` answers `{ id, url }` per document, a
	 * "temporal document url" (documents_download_url schema). The URL is served by this
	 * server's file host, which, like a pre-signed storage URL, takes no API credential.
	 */
	private downloadUrls(op: Operation, body: Row): Reply {
		const ids = Array.isArray(body.ids) ? body.ids.map(String) : [];
		const documents = this.collection('/documents/documents');
		const missing = ids.filter((id) => !documents.rows.has(id));
		if (missing.length) return notFound(`Document ${missing.join(', ')}`);
		return {
			status: op.status,
			body: ids.map((id) => {
				const token = randomBytes(12).toString('hex');
				const upload = this.uploads.get(`/documents/documents/${id}`);
				const filename = upload?.filename ?? String(documents.rows.get(id)?.file_filename ?? `document-${id}.pdf`);
				this.temporaryFiles.set(token, upload ?? { filename, contentType: 'application/pdf', data: Buffer.from(`%PDF-1.4\n% document ${id}\n`) });
				return { id, url: `${this.baseUrl}/temporal-files/${token}/${encodeURIComponent(filename)}` };
			}),
		};
	}

	/** The file host: refuses any request that carries the API credential. */
	private temporaryFile(req: RecordedRequest, token: string): Reply {
		if (req.headers['x-api-key'] !== undefined || req.headers.authorization !== undefined) {
			return { status: 400, body: { message: 'Only the signed URL authenticates a file download; no credential is accepted' } };
		}
		const file = this.temporaryFiles.get(token);
		if (!file) return { status: 404, body: 'Not found', raw: true };
		return { status: 200, body: file.data, raw: true, headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"` } };
	}

	/** Only the body fields the record has (a PUT's `files_to_add[]` is no record field). */
	private known(schema: SchemaNode | undefined, body: Row): Row {
		const properties = schema?.properties ?? {};
		return Object.fromEntries(Object.entries(body).filter(([name]) => name in properties && name !== 'id'));
	}

	private list(op: Operation, collection: Collection, req: RecordedRequest): Reply {
		const pairs = queryPairs(req.rawQuery);
		const single = (name: string) => pairs.find(([key]) => key === name)?.[1];
		let rows = collection.inOrder();
		// Filters narrow the list where the record has the field they name (`ids[]` → id,
		// `employee_ids[]` → employee_id, `type`, `enabled`, …); others are accepted as given.
		const filters = new Map<string, string[]>();
		for (const [key, value] of pairs) {
			if (PAGING_PARAMS.includes(key)) continue;
			const values = filters.get(key) ?? [];
			values.push(value);
			filters.set(key, values);
		}
		const sample = rows[0] ?? exampleRecord(collection.schema, '0', 0);
		for (const [key, values] of filters) {
			const name = key.replace(/\[\]$/, '');
			const field = name in sample ? name : name.endsWith('ids') && name.slice(0, -1) in sample ? name.slice(0, -1) : undefined;
			if (!field) continue;
			rows = rows.filter((row) => values.includes(String(row[field])));
		}
		const limitText = single('limit');
		// "If it is above the max limit or absent, we would default to using the max limit."
		const limit = limitText === undefined || Number(limitText) > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : Number(limitText);
		let start = 0;
		let end: number;
		const page = single('page');
		const after = single('after_id');
		const before = single('before_id');
		if (page !== undefined) {
			start = (Number(page) - 1) * limit;
			end = start + limit;
		} else if (after !== undefined || before !== undefined) {
			const cursor = decodeCursor((after ?? before) as string);
			if (cursor === undefined) return fieldError(after !== undefined ? 'after_id' : 'before_id', 'is not a valid cursor');
			const position = firstIndexAfter(rows, cursor);
			if (after !== undefined) {
				start = position;
				end = start + limit;
			} else {
				end = rows.length && String(rows[position - 1]?.id) === cursor ? position - 1 : position;
				start = Math.max(0, end - limit);
			}
		} else {
			end = limit;
		}
		const data = rows.slice(start, end);
		// `_paged_index_meta` (spec 40210): has_previous_page, has_next_page, limit, total required; cursors optional.
		const meta: Row = {
			has_previous_page: start > 0,
			has_next_page: start + data.length < rows.length,
			limit: this.nullMetaLimit ? null : limit,
			total: rows.length,
		};
		if (data.length) {
			meta.start_cursor = encodeCursor(String(data[0].id));
			meta.end_cursor = encodeCursor(String(data[data.length - 1].id));
		}
		return { status: op.status, body: { data, meta } };
	}

	/** `POST /module/resource/<action>`: the record named by the body's `id`, or records created or changed. */
	private action(op: Operation, collection: Collection, body: Row): Reply {
		const schema = op.schema ? this.spec.schemas[op.schema] : collection.schema;
		if (op.response === 'array') {
			const ids = Array.isArray(body.ids) ? body.ids : Array.isArray(body.document_ids) ? body.document_ids : undefined;
			if (ids) {
				const rows = ids.map((id) => collection.rows.get(String(id)) ?? this.recordFor(schema, String(id)));
				// Trashed documents still exist (restore_from_trash_bin brings them back).
				if (/delete|destroy/.test(op.action ?? '')) for (const id of ids) collection.remove(String(id));
				return { status: op.status, body: rows };
			}
			const entries = Object.values(body).find(
				(value): value is Row[] => Array.isArray(value) && value.length > 0 && value.every((entry) => entry && typeof entry === 'object'),
			);
			const created = (entries ?? [{}]).map((entry) => {
				const row = { ...this.recordFor(schema, collection.newId()), ...this.known(schema, entry) };
				if (schema === collection.schema) collection.put(row);
				return row;
			});
			return { status: op.status, body: created };
		}
		if (body.id !== undefined) {
			const row = collection.rows.get(String(body.id));
			if (!row) return notFound();
			const updated = { ...row, ...this.known(collection.schema, body) };
			collection.put(updated);
			return { status: op.status, body: schema === collection.schema ? updated : { ...this.recordFor(schema, String(body.id)) } };
		}
		const row = { ...this.recordFor(schema, collection.newId()), ...this.known(schema, body) };
		if (schema === collection.schema) collection.put(row);
		return { status: op.status, body: row };
	}

	private credentials(req: RecordedRequest): Reply {
		const schema = this.spec.schemas.api_public_credential;
		const base = exampleRecord(schema, '', 1);
		const viaKey = req.headers['x-api-key'] !== undefined;
		// api_public_credential: the employee and person fields exist "Only for Access Oauth
		// token"; API keys carry the company fields (factorial.txt, Credentials model).
		const row: Row = viaKey
			? { id: 'api_key-1', company_id: this.companyId, name: base.name, legal_name: base.legal_name, locale: base.locale }
			: { ...base, id: 'access-1', company_id: this.companyId };
		return { status: 200, body: { data: [row], meta: { has_previous_page: false, has_next_page: false, limit: 100, total: 1 } } };
	}

	/**
	 * POST webhook_subscriptions (spec 2808–2867; record schema 30482): `subscription_type` must be
	 * one of the document's 128 event types (spec 7–2726) and is stored as `type` (the record's
	 * name for it, notes §8 F-19); `company_id`
	 * must be the caller's company. A second subscription for the same event overwrites the
	 * first ("If a webhook to an event already exists, creating a new subscription will
	 * overwrite the previous subscription", apidoc manage-webhooks) or, in `reject` mode, gets
	 * the 422 "has already been taken" another source describes (notes A.4).
	 */
	private createSubscription(op: Operation, body: Row): Reply {
		const issues: Issues = {};
		if (!this.eventTypes().includes(String(body.subscription_type))) issues.subscription_type = ['is not included in the list'];
		if (String(body.company_id) !== this.companyId) issues.company_id = ['is invalid'];
		if (!/^https?:\/\/[^\s/]+/.test(String(body.target_url))) issues.target_url = ['is not a valid URL'];
		if (Object.keys(issues).length) return invalid(issues);
		const collection = this.collection(SUBSCRIPTIONS);
		const existing = collection.inOrder().find((row) => row.type === body.subscription_type && row.company_id === this.companyId);
		if (existing && this.duplicateSubscriptions === 'reject') return fieldError('subscription_type', 'has already been taken');
		const row: Row = {
			id: existing ? existing.id : collection.newId(),
			target_url: body.target_url,
			type: body.subscription_type,
			company_id: this.companyId,
			name: body.name,
			challenge: body.challenge,
			enabled: body.enabled ?? true,
			api_version: body.api_version ?? API_VERSION,
		};
		if (row.name === undefined) delete row.name;
		if (row.challenge === undefined) delete row.challenge;
		collection.put(row);
		this.deliveryFailures.delete(String(row.id));
		return { status: op.status, body: row };
	}

	// ---- OAuth2 (authorization code; notes A.3) -----------------------------------------

	private authorize(req: RecordedRequest): Reply {
		const query = Object.fromEntries(queryPairs(req.rawQuery));
		if (query.client_id !== this.oauthClient.clientId) return { status: 401, body: { error: 'invalid_client' } };
		if (query.response_type !== 'code' || !query.redirect_uri) return { status: 400, body: { error: 'invalid_request' } };
		const scopes = (query.scope ?? 'read').split(/[ +]/).filter(Boolean);
		const code = randomBytes(12).toString('hex');
		this.codes.set(code, { redirectUri: query.redirect_uri, scopes });
		const location = new URL(query.redirect_uri);
		location.searchParams.set('code', code);
		if (query.state) location.searchParams.set('state', query.state);
		return { status: 302, headers: { location: location.toString() } };
	}

	/** Client id and secret travel in the form body, as Factorial's token example shows. */
	private token(req: RecordedRequest): Reply {
		const form = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, string>;
		if (form.client_id !== this.oauthClient.clientId || form.client_secret !== this.oauthClient.clientSecret) {
			return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
		}
		let scopes: string[];
		if (form.grant_type === 'authorization_code') {
			const grant = this.codes.get(form.code);
			if (!grant || grant.redirectUri !== form.redirect_uri) return { status: 400, body: { error: 'invalid_grant' } };
			this.codes.delete(form.code);
			scopes = grant.scopes;
		} else if (form.grant_type === 'refresh_token') {
			const previous = [...this.tokens.values()].find((token) => token.refreshToken === form.refresh_token);
			// "The refresh access token will last 1 week" (notes A.3).
			if (!previous || previous.refreshExpiresAt <= Date.now()) return { status: 400, body: { error: 'invalid_grant' } };
			this.tokens.delete(previous.accessToken);
			scopes = previous.scopes;
		} else {
			return { status: 400, body: { error: 'unsupported_grant_type' } };
		}
		const token = this.issueToken(scopes);
		return {
			status: 200,
			body: {
				access_token: token.accessToken,
				token_type: 'Bearer',
				expires_in: 7200,
				refresh_token: token.refreshToken,
				scope: scopes.join(' '),
				created_at: Math.floor(Date.now() / 1000),
			},
		};
	}
}

/** Index of the first row whose id sorts after `id` (rows are in id order). */
function firstIndexAfter(rows: Row[], id: string): number {
	let low = 0;
	let high = rows.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (compareIds(String(rows[mid].id), id) <= 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Starts a Factorial contract server on 127.0.0.1 and a free port. */
export async function startFactorialServer(options: FactorialServerOptions = {}): Promise<FactorialServer> {
	const server = new FactorialServer(options);
	await server.start();
	return server;
}
