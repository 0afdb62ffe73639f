import { createHmac, randomBytes } from 'node:crypto';
import type { RecordedRequest, Reply } from '../base';
import { ContractServer, parseMultipart } from '../base';
import type { CollectionContract, FilterKind } from './contracts';
import { HUMAANS_CONTRACTS } from './contracts';
import { humaansError } from './replies';
import { webhookIssues } from './webhookRules';

type Row = Record<string, unknown>;

export { humaansError } from './replies';

const DEFAULT_LIMIT = 100; // humaans.txt 127–131: default 100, maximum 250
const MAX_LIMIT = 250;

let counter = 0;
export function humaansId(): string {
	counter += 1;
	return `${randomBytes(9).toString('base64url').slice(0, 18)}${String(counter).padStart(6, '0')}`;
}

function compare(a: unknown, b: unknown): number {
	const x = String(a ?? '');
	const y = String(b ?? '');
	return x < y ? -1 : x > y ? 1 : 0;
}

/** Applies one documented filter (`field`, `field[$in]`, `field[$gte]`, …) to a row. */
function matchesCondition(row: Row, field: string, condition: unknown): boolean {
	const value = row[field];
	if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
		return Object.entries(condition as Row).every(([op, operand]) => {
			const list = Array.isArray(operand) ? operand : [operand];
			switch (op) {
				case '$in':
					return list.map(String).includes(String(value));
				case '$nin':
					return !list.map(String).includes(String(value));
				case '$gt':
					return value !== null && value !== undefined && compare(value, operand) > 0;
				case '$gte':
					return value !== null && value !== undefined && compare(value, operand) >= 0;
				case '$lt':
					return value !== null && value !== undefined && compare(value, operand) < 0;
				case '$lte':
					return value !== null && value !== undefined && compare(value, operand) <= 0;
				default:
					return false;
			}
		});
	}
	if (typeof value === 'boolean') return String(value) === String(condition);
	return String(value ?? '') === String(condition);
}

function operatorsOf(condition: unknown): string[] {
	if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) return Object.keys(condition as Row);
	return ['eq'];
}

const ALLOWED: Record<FilterKind, string[]> = {
	eq: ['eq'],
	in: ['eq', '$in'],
	inNin: ['eq', '$in', '$nin'],
	range: ['eq', '$gt', '$gte', '$lt', '$lte'],
	object: ['$in'],
};

/** A Map that counts writes, so cached list results know when they went stale. */
class VersionedMap extends Map<string, Row> {
	constructor(private readonly counter: { value: number }) {
		super();
	}

	set(key: string, value: Row) {
		if (this.counter) this.counter.value++;
		return super.set(key, value);
	}

	delete(key: string) {
		this.counter.value++;
		return super.delete(key);
	}

	clear() {
		this.counter.value++;
		super.clear();
	}
}

export interface HumaansServerOptions {
	token?: string;
}

/**
 * A Humaans API faithful to humaans.txt: Bearer auth, `{ total, limit, skip, data }` lists
 * with `$limit` (default 100, max 250) and `$skip`, the filters each list documents (and
 * 422 for any other query parameter), 404/422 error objects, DELETE → `{ id, deleted }`,
 * multipart file uploads, data exports and webhooks. State persists for the server's life.
 */
export class HumaansServer extends ContractServer {
	readonly token: string;

	readonly tables = new Map<string, Map<string, Row>>();

	/** Files uploaded through POST /api/files, with their bytes. */
	readonly fileBytes = new Map<string, { data: Buffer; contentType: string }>();

	me: Row;

	/** Bumped by every write to any table (see VersionedMap). */
	private readonly version = { value: 0 };

	private readonly listCache = new Map<string, { version: number; rows: Row[] }>();

	constructor(options: HumaansServerOptions = {}) {
		super();
		this.token = options.token ?? `humaans_${randomBytes(12).toString('hex')}`;
		this.me = { id: 'MeP3rs0nId00000000000001', companyId: 'T7uqPFK7am4lFTZm39AmNuay', firstName: 'Kelsey', lastName: 'Wicks', email: 'kelsey@acme.com' };
		for (const contract of HUMAANS_CONTRACTS) this.tables.set(contract.path, new VersionedMap(this.version));
		this.before = (req) => this.authenticate(req);
		this.notFound = () => humaansError(404, 'NotFound', 'Page not found');
		this.registerRoutes();
	}

	table(path: string): Map<string, Row> {
		const table = this.tables.get(path);
		if (!table) throw new Error(`No table ${path}`);
		return table;
	}

	/** Inserts rows directly (test fixtures), filling id and timestamps. */
	seed(path: string, rows: Row[]): Row[] {
		const table = this.table(path);
		return rows.map((row) => {
			const now = new Date().toISOString();
			const full = { id: humaansId(), createdAt: now, updatedAt: now, ...row };
			table.set(String(full.id), full);
			return full;
		});
	}

	private authenticate(req: RecordedRequest): Reply | undefined {
		const header = String(req.headers.authorization ?? '');
		if (header !== `Bearer ${this.token}`) {
			return humaansError(401, 'NotAuthenticated', 'Missing or invalid access token');
		}
		return undefined;
	}

	private registerRoutes() {
		this.route('GET', '/api/me', () => ({ status: 200, body: this.me }));
		this.route('GET', '/api/token-info', () => ({
			status: 200,
			body: { scopes: ['public:read', 'private:read', 'private:write', 'webhooks:manage'] },
		}));
		this.route('POST', '/api/files', (req) => this.createFile(req));
		// File and export URLs are served by the app itself, behind the same token (our choice:
		// the document only says to "resolve the url and download the data from that URL").
		this.route('GET', '/file/:id', (_req, { id }) => this.download(`file:${id}`));
		this.route('GET', '/data-exports/:token', (_req, { token }) => this.download(`export:${token}`));
		// humaans.txt 9696: a webhook "patched with status equal to active" must carry
		// prodEndpointUrl and subscribedEvents; checked on the PATCH body before the generic update.
		const webhooks = HUMAANS_CONTRACTS.find((contract) => contract.path === '/api/webhooks');
		if (webhooks) {
			this.route('PATCH', '/api/webhooks/:id', (req, { id }) => {
				const issues = this.table(webhooks.path).has(id) ? webhookIssues((req.body ?? {}) as Row) : [];
				if (issues.length) return humaansError(422, 'ValidationError', 'Validation failed', issues);
				return this.update(webhooks, id, req);
			});
		}
		for (const contract of HUMAANS_CONTRACTS) {
			const { path } = contract;
			if (contract.list) this.route('GET', path, (req) => this.list(contract, req));
			if (contract.get) this.route('GET', `${path}/:id`, (_req, { id }) => this.get(contract, id));
			if (contract.create && contract.path !== '/api/files') {
				this.route('POST', path, (req) => this.create(contract, req));
			}
			if (contract.update) this.route('PATCH', `${path}/:id`, (req, { id }) => this.update(contract, id, req));
			if (contract.delete) this.route('DELETE', `${path}/:id`, (_req, { id }) => this.remove(contract, id));
		}
	}

	private list(contract: CollectionContract, req: RecordedRequest): Reply {
		const query = { ...req.query };
		const limitRaw = query.$limit;
		const skipRaw = query.$skip;
		delete query.$limit;
		delete query.$skip;
		const limit = limitRaw === undefined ? DEFAULT_LIMIT : Number(limitRaw);
		const skip = skipRaw === undefined ? 0 : Number(skipRaw);
		if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(skip) || skip < 0) {
			return humaansError(422, 'QueryParameterValidationError', 'Invalid $limit or $skip');
		}
		const sort = query.$sort as Record<string, string> | undefined;
		delete query.$sort;
		if (sort && !contract.sort) return humaansError(422, 'QueryParameterValidationError', '$sort is not allowed here');
		if (sort && Array.isArray(contract.sort)) {
			// Lists that document `$sort.<field> number` accept those fields with 1 (ascending) or -1 (descending).
			const fields = contract.sort;
			if (typeof sort !== 'object' || Array.isArray(sort)) {
				return humaansError(422, 'QueryParameterValidationError', '$sort must be an object');
			}
			const bad = Object.entries(sort).find(([field, direction]) => !fields.includes(field) || !['1', '-1'].includes(String(direction)));
			if (bad) return humaansError(422, 'QueryParameterValidationError', `$sort[${bad[0]}]=${String(bad[1])} is not allowed`);
		}
		const filters = contract.filters ?? {};
		for (const [field, condition] of Object.entries(query)) {
			const kind = filters[field];
			if (!kind) {
				return humaansError(422, 'QueryParameterValidationError', `Query parameter "${field}" is not allowed`);
			}
			const bad = operatorsOf(condition).find((op) => !ALLOWED[kind].includes(op));
			if (bad) return humaansError(422, 'QueryParameterValidationError', `Operator ${bad} is not allowed for "${field}"`);
		}
		for (const field of contract.requiredFilters ?? []) {
			if (!(field in query)) {
				return humaansError(422, 'QueryParameterValidationError', `Query parameter "${field}" is required`, [
					{ name: field, reason: 'required' },
				]);
			}
		}
		// Paging through a large list repeats the same query; its filtered rows are kept until
		// any table changes, so the server's cost does not swamp what the benchmark measures.
		const cacheKey = `${contract.path}?${JSON.stringify(query)}&${JSON.stringify(sort ?? null)}`;
		const cached = this.listCache.get(cacheKey);
		if (cached && cached.version === this.version.value) return this.page(cached.rows, limit, skip);
		let rows = [...this.table(contract.path).values()];
		// People default to active only (humaans.txt "status … Default: active"; status=all lists every one).
		if (contract.defaultFilter) {
			for (const [field, value] of Object.entries(contract.defaultFilter)) {
				if (!(field in query)) rows = rows.filter((row) => matchesCondition(row, field, value));
			}
		}
		for (const [field, condition] of Object.entries(query)) {
			// `$asOf` and similar modifiers are accepted where documented but change no rows here.
			if (field.startsWith('$')) continue;
			if (contract.modifiers?.includes(field)) continue;
			const computed = contract.computedFilters?.[field];
			if (computed) {
				rows = computed(rows, condition, this);
				continue;
			}
			if (contract.matchAll?.[field] !== undefined && condition === contract.matchAll[field]) continue;
			rows = rows.filter((row) => matchesCondition(row, field, condition));
		}
		if (sort) {
			const [[field, direction]] = Object.entries(sort);
			rows.sort((a, b) => compare(a[field], b[field]) * (Number(direction) < 0 ? -1 : 1));
		}
		this.listCache.set(cacheKey, { version: this.version.value, rows });
		return this.page(rows, limit, skip);
	}

	private page(rows: Row[], limit: number, skip: number): Reply {
		const effectiveLimit = Math.min(limit, MAX_LIMIT);
		return {
			status: 200,
			body: { total: rows.length, limit: effectiveLimit, skip, data: rows.slice(skip, skip + effectiveLimit) },
		};
	}

	private get(contract: CollectionContract, id: string): Reply {
		const row = this.table(contract.path).get(id);
		if (!row) return humaansError(404, 'NotFound', `No record found for id '${id}'`);
		return { status: 200, body: row };
	}

	private validate(contract: CollectionContract, body: Row, allowed: string[], required: string[]): Reply | undefined {
		const issues: Row[] = [];
		for (const field of required) {
			if (body[field] === undefined || body[field] === '') issues.push({ name: field, reason: 'required' });
		}
		for (const field of Object.keys(body)) {
			if (!allowed.includes(field)) issues.push({ name: field, reason: 'not allowed' });
		}
		for (const [field, values] of Object.entries(contract.enums ?? {})) {
			if (body[field] !== undefined && body[field] !== null && !values.includes(String(body[field]))) {
				issues.push({ name: field, reason: `must be one of ${values.join(', ')}` });
			}
		}
		for (const field of contract.dates ?? []) {
			const value = body[field];
			if (value !== undefined && value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
				issues.push({ name: field, reason: 'must be a date in YYYY-MM-DD format' });
			}
		}
		if (issues.length) return humaansError(422, 'ValidationError', 'Validation failed', issues);
		return undefined;
	}

	private create(contract: CollectionContract, req: RecordedRequest): Reply {
		if (!String(req.headers['content-type'] ?? '').includes('application/json')) {
			return humaansError(422, 'ValidationError', 'Expected a JSON body');
		}
		const body = (req.body ?? {}) as Row;
		const spec = contract.create as NonNullable<CollectionContract['create']>;
		const invalid = this.validate(contract, body, [...spec.required, ...spec.optional], spec.required);
		if (invalid) return invalid;
		const now = new Date().toISOString();
		const row: Row = { id: humaansId(), ...(contract.defaults ?? {}), ...body, createdAt: now, updatedAt: now };
		const special = contract.onCreate?.(row, this);
		if (special) return special;
		this.table(contract.path).set(String(row.id), row);
		return { status: 200, body: row };
	}

	private update(contract: CollectionContract, id: string, req: RecordedRequest): Reply {
		const table = this.table(contract.path);
		const row = table.get(id);
		if (!row) return humaansError(404, 'NotFound', `No record found for id '${id}'`);
		const body = (req.body ?? {}) as Row;
		const spec = contract.update as NonNullable<CollectionContract['update']>;
		const invalid = this.validate(contract, body, [...(spec.required ?? []), ...spec.optional], spec.required ?? []);
		if (invalid) return invalid;
		const updated = { ...row, ...body, updatedAt: new Date().toISOString() };
		const refused = contract.onUpdate?.(updated, this);
		if (refused) return refused;
		table.set(id, updated);
		return { status: 200, body: updated };
	}

	private remove(contract: CollectionContract, id: string): Reply {
		const table = this.table(contract.path);
		const row = table.get(id);
		if (!row) return humaansError(404, 'NotFound', `No record found for id '${id}'`);
		const refused = contract.onDelete?.(row, this);
		if (refused) return refused;
		table.delete(id);
		return { status: 200, body: { id, deleted: true } };
	}

	/** humaans.txt 3262–3298: multipart form with personId, type and the file. */
	private createFile(req: RecordedRequest): Reply {
		const form = parseMultipart(req);
		if (!form) return humaansError(422, 'ValidationError', 'Expected multipart/form-data');
		const issues: Row[] = [];
		const types = ['profilePhoto', 'identityDocument', 'document', 'equipment', 'leavingFile'];
		if (!form.fields.type) issues.push({ name: 'type', reason: 'required' });
		else if (!types.includes(form.fields.type)) issues.push({ name: 'type', reason: `must be one of ${types.join(', ')}` });
		const file = form.files[0];
		if (!file) issues.push({ name: 'file', reason: 'required' });
		if (issues.length) return humaansError(422, 'ValidationError', 'Validation failed', issues);
		const id = humaansId();
		const now = new Date().toISOString();
		const row: Row = {
			id,
			companyId: this.me.companyId,
			personId: form.fields.personId || null,
			type: form.fields.type,
			uploadedBy: this.me.id,
			filename: file.filename,
			url: `${this.baseUrl}/file/${id}`,
			variants: null,
			createdAt: now,
			updatedAt: now,
		};
		this.table('/api/files').set(id, row);
		this.fileBytes.set(`file:${id}`, { data: file.data, contentType: file.contentType });
		return { status: 200, body: row };
	}

	private download(key: string): Reply {
		const stored = this.fileBytes.get(key);
		if (!stored) return { status: 404, body: 'Not found', raw: true };
		return { status: 200, body: stored.data, raw: true, headers: { 'content-type': stored.contentType } };
	}

	/** Signs a webhook delivery the way humaans.txt 271–296 describes. */
	static sign(secret: string, id: string, timestamp: string, body: string): string {
		const key = Buffer.from(secret.split('_')[1], 'base64');
		return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
	}
}
