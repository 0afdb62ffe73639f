import { randomBytes } from 'node:crypto';
import type { RecordedRequest, Reply } from '../base';

export type Row = Record<string, unknown>;

/** HTTP status for each internal code. The document pairs none (hromni.txt 3558–3593); these are the evident ones. */
const STATUS_OF: Record<number, number> = {
	3001: 400,
	4001: 404,
	4002: 403,
	4003: 400,
	4004: 401,
	4005: 400,
	4006: 400,
	4007: 400,
	4008: 500,
	5000: 500,
	5001: 500,
};

/** `{ status: "success", result }` (every success example). */
export function ok(result: unknown, headers?: Record<string, string | string[]>): Reply {
	return { status: 200, body: { status: 'success', result }, ...(headers ? { headers } : {}) };
}

/** `{ status: "error", code, message }` (hromni.txt 3558–3568). */
export function fail(code: number, message: string, status = STATUS_OF[code] ?? 400): Reply {
	return { status, body: { status: 'error', code, message } };
}

export const invalid = (message: string) => fail(3001, message);
export const notFound = (what: string) => fail(4001, `${what} not found`);
export const forbidden = (message = 'Forbidden action') => fail(4002, message);

export function hexId(prefix: string, bytes = 15): string {
	return `${prefix}${randomBytes(bytes).toString('hex')}`;
}

/** A rule for one body or query field, after the document's field tables. */
export type FieldRule =
	| { type: 'string'; min?: number; max?: number; pattern?: RegExp; hint?: string }
	| { type: 'email'; max?: number }
	| { type: 'boolean' }
	| { type: 'number'; min?: number; max?: number; integer?: boolean }
	| { type: 'enum'; values: string[] }
	/** YYYY-MM-DD */
	| { type: 'isoDate' }
	/** dd-mm-yyyy */
	| { type: 'dmyDate' }
	/** off / flex / 0930:1230^1330:1730 (hromni.txt 697–705) */
	| { type: 'hours' }
	/** HH:MM */
	| { type: 'time' }
	| { type: 'emails'; min: number; max: number }
	| { type: 'holidays' };

export interface BodySpec {
	required?: Record<string, FieldRule>;
	optional?: Record<string, FieldRule>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const INTERVAL = /^([01]\d|2[0-4])([0-5]0):([01]\d|2[0-4])([0-5]0)$/;

export function validDate(text: string): boolean {
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function problem(field: string, value: unknown, rule: FieldRule): string | undefined {
	const bad = (why: string) => `${field} ${why}`;
	switch (rule.type) {
		case 'string': {
			if (typeof value !== 'string') return bad('must be a string');
			if (rule.min !== undefined && value.length < rule.min) return bad(`must be at least ${rule.min} characters`);
			if (rule.max !== undefined && value.length > rule.max) return bad(`must be at most ${rule.max} characters`);
			if (rule.pattern && !rule.pattern.test(value)) return bad(`must be ${rule.hint ?? 'valid'}`);
			return undefined;
		}
		case 'email':
			if (typeof value !== 'string' || !EMAIL.test(value)) return bad('must be a valid email address');
			if (value.length > (rule.max ?? 128)) return bad(`must be at most ${rule.max ?? 128} characters`);
			return undefined;
		case 'boolean':
			return typeof value === 'boolean' ? undefined : bad('must be true or false');
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) return bad('must be a number');
			if (rule.integer && !Number.isInteger(value)) return bad('must be an integer');
			if (rule.min !== undefined && value < rule.min) return bad(`must be at least ${rule.min}`);
			if (rule.max !== undefined && value > rule.max) return bad(`must be at most ${rule.max}`);
			return undefined;
		case 'enum':
			return typeof value === 'string' && rule.values.includes(value) ? undefined : bad(`must be one of ${rule.values.join(', ')}`);
		case 'isoDate':
			return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && validDate(value) ? undefined : bad('must be a date in YYYY-MM-DD format');
		case 'dmyDate': {
			const m = typeof value === 'string' ? /^(\d{2})-(\d{2})-(\d{4})$/.exec(value) : null;
			return m && validDate(`${m[3]}-${m[2]}-${m[1]}`) ? undefined : bad("must be a date in 'dd-mm-yyyy' format");
		}
		case 'hours': {
			if (typeof value !== 'string' || value.length > 200) return bad('must be working hours');
			if (value === 'off' || value === 'flex') return undefined;
			return value.split('^').every((i) => INTERVAL.test(i)) ? undefined : bad('must be off, flex or dddd:dddd^dddd:dddd');
		}
		case 'time':
			return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? undefined : bad('must be a time in HH:MM format');
		case 'emails': {
			if (!Array.isArray(value)) return bad('must be a list of emails');
			if (value.length < rule.min || value.length > rule.max) return bad(`must hold ${rule.min} to ${rule.max} emails`);
			if (value.some((e) => typeof e !== 'string' || !EMAIL.test(e))) return bad('must hold valid emails only');
			if (new Set(value.map((e) => String(e).toLowerCase())).size !== value.length) return bad('must not repeat an email');
			return undefined;
		}
		case 'holidays': {
			if (!Array.isArray(value) || value.length === 0) return bad('must be a non-empty list');
			for (const h of value as Row[]) {
				if (typeof h !== 'object' || h === null) return bad('must hold objects');
				const keys = Object.keys(h).sort().join(',');
				if (keys !== 'date,name') return bad('entries must have exactly date and name');
				if (typeof h.date !== 'string' || !validDate(h.date)) return bad('dates must be YYYY-MM-DD');
				if (typeof h.name !== 'string' || h.name.trim() === '' || h.name.length > 100) return bad('names must be 1 to 100 characters');
			}
			return undefined;
		}
	}
}

/**
 * Checks a JSON body against a field table: required fields present, types and ranges,
 * and nothing undocumented (3001, the document's validation code).
 */
export function checkBody(req: RecordedRequest, spec: BodySpec): { body: Row; error?: Reply } {
	const hasBody = req.rawBody.length > 0;
	if (hasBody && !String(req.headers['content-type'] ?? '').includes('application/json')) {
		return { body: {}, error: invalid('Request body must be JSON') };
	}
	const body = (req.body ?? {}) as Row;
	if (typeof body !== 'object' || Array.isArray(body)) return { body: {}, error: invalid('Request body must be a JSON object') };
	const required = spec.required ?? {};
	const optional = spec.optional ?? {};
	for (const key of Object.keys(body)) {
		if (!(key in required) && !(key in optional)) return { body, error: invalid(`Field "${key}" is not allowed`) };
	}
	for (const [key, rule] of Object.entries(required)) {
		if (body[key] === undefined || body[key] === null || body[key] === '') return { body, error: invalid(`Field "${key}" is required`) };
		const why = problem(key, body[key], rule);
		if (why) return { body, error: invalid(why) };
	}
	for (const [key, rule] of Object.entries(optional)) {
		if (body[key] === undefined) continue;
		const why = problem(key, body[key], rule);
		if (why) return { body, error: invalid(why) };
	}
	return { body };
}

export const PAGING_QUERY = ['page', 'pageSize'];

/** The largest page size this server accepts: the document names none, the node asks for 100. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Rejects query parameters a list does not document (3001). */
export function checkQuery(req: RecordedRequest, allowed: string[]): Reply | undefined {
	for (const key of Object.keys(req.query)) {
		if (!allowed.includes(key)) return invalid(`Query parameter "${key}" is not allowed`);
		if (typeof req.query[key] !== 'string') return invalid(`Query parameter "${key}" must be a single value`);
	}
	return undefined;
}

export function queryString(req: RecordedRequest, key: string): string | undefined {
	const value = req.query[key];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The paging envelope (e.g. hromni.txt 449–460): `totalRecords`, `totalPages`,
 * `currentPage` (echoed 0-based by most lists and as sent by departments and companies),
 * `currentPageSize` and the page's records under `key`.
 */
export function page(
	req: RecordedRequest,
	rows: Row[],
	options: { key?: string; extra?: Row; echoAsSent?: boolean } = {},
): Reply {
	const pageRaw = queryString(req, 'page');
	const sizeRaw = queryString(req, 'pageSize');
	const pageNo = pageRaw === undefined ? 1 : Number(pageRaw);
	const size = sizeRaw === undefined ? DEFAULT_PAGE_SIZE : Number(sizeRaw);
	if (!Number.isInteger(pageNo) || pageNo < 1) return invalid('page must be a positive integer');
	if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) return invalid(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
	const totalPages = Math.ceil(rows.length / size);
	return ok({
		...(options.extra ?? {}),
		totalRecords: rows.length,
		totalPages,
		currentPage: options.echoAsSent ? pageNo : pageNo - 1,
		currentPageSize: size,
		[options.key ?? 'result']: rows.slice((pageNo - 1) * size, pageNo * size),
	});
}

/**
 * The documented search: keywords separated by spaces, each matching a whole word unless
 * it ends in `*` (prefix), e.g. hromni.txt 500. Every keyword must match.
 */
export function searchMatches(search: string | undefined, ...values: unknown[]): boolean {
	if (!search) return true;
	const words = values
		.filter((v) => typeof v === 'string')
		.flatMap((v) => String(v).toLowerCase().split(/[^a-z0-9]+/))
		.filter(Boolean);
	return search
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.every((keyword) => {
			const prefix = keyword.endsWith('*');
			const stem = keyword.replace(/\*+$/, '').replace(/[^a-z0-9]+/g, '');
			if (!stem) return true;
			return words.some((word) => (prefix ? word.startsWith(stem) : word === stem));
		});
}

/** `name=value` pairs of a Cookie header. */
export function cookiesOf(req: RecordedRequest): Record<string, string> {
	const out: Record<string, string> = {};
	for (const part of String(req.headers.cookie ?? '').split(';')) {
		const eq = part.indexOf('=');
		if (eq <= 0) continue;
		out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
	}
	return out;
}
