import type { IDataObject } from 'n8n-workflow';

/**
 * Credential fields that hold addresses and settings rather than secrets. They stay
 * readable in errors (a message may rightly name the Base URL or the login email).
 */
const NOT_SECRET = new Set([
	'baseUrl',
	'authUrl',
	'accessTokenUrl',
	'grantType',
	'authentication',
	'scope',
	'authQueryParameters',
	'token_type',
	'email',
	'usePkce',
]);

/** What replaces a secret wherever it appears. */
export const HIDDEN = '[hidden]';

/** Parts of a secret shorter than this (cookie flags such as `true`) are not secrets on their own. */
const MIN_PART_LENGTH = 8;

function addVariants(into: Set<string>, value: string) {
	if (value.length < 3) return;
	into.add(value);
	const encoded = encodeURIComponent(value);
	if (encoded !== value) into.add(encoded);
	const escaped = JSON.stringify(value).slice(1, -1);
	if (escaped !== value) into.add(escaped);
}

/** `a=b; c=d` (cookies) → each value, so a single echoed cookie is hidden too. */
function cookieValues(value: string): string[] {
	if (!value.includes('=')) return [];
	return value
		.split(';')
		.map((pair) => pair.slice(pair.indexOf('=') + 1).trim())
		.filter((part) => part.length >= MIN_PART_LENGTH);
}

function collect(into: Set<string>, value: unknown, key: string | undefined, depth: number) {
	if (depth > 5 || (key !== undefined && NOT_SECRET.has(key))) return;
	if (typeof value === 'string') {
		addVariants(into, value.trim());
		for (const part of cookieValues(value)) addVariants(into, part);
	} else if (Array.isArray(value)) {
		for (const entry of value) collect(into, entry, undefined, depth + 1);
	} else if (typeof value === 'object' && value !== null) {
		for (const [name, entry] of Object.entries(value as IDataObject)) collect(into, entry, name, depth + 1);
	}
}

/**
 * Every secret string of a credential: tokens, passwords, cookies, CSRF tokens, OAuth2
 * access and refresh tokens, client secrets (also URL-encoded and JSON-escaped), longest
 * first so a token is hidden whole before any part of it.
 */
export function credentialSecrets(...credentials: Array<IDataObject | undefined>): string[] {
	const found = new Set<string>();
	for (const data of credentials) if (data) collect(found, data, undefined, 0);
	return [...found].sort((a, b) => b.length - a.length);
}

export function scrubText(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(HIDDEN);
	return out;
}

/** A copy of any JSON-like value with every secret replaced, in keys and values alike. */
export function scrubValue<T>(value: T, secrets: string[], depth = 0): T {
	if (!secrets.length) return value;
	if (typeof value === 'string') return scrubText(value, secrets) as T;
	if (depth > 20 || typeof value !== 'object' || value === null) return value;
	if (Buffer.isBuffer(value)) return scrubText(value.toString('utf8'), secrets) as T;
	if (Array.isArray(value)) return value.map((entry: unknown) => scrubValue(entry, secrets, depth + 1)) as T;
	const proto = Object.getPrototypeOf(value) as unknown;
	if (proto !== Object.prototype && proto !== null) return value;
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		out[scrubText(key, secrets)] = scrubValue(entry, secrets, depth + 1) as IDataObject[string];
	}
	return out as T;
}

/** Replaces secrets in every enumerable field of an error (message, description, errorResponse, …). */
export function scrubError<E extends Error>(error: E, secrets: string[]): E {
	if (!secrets.length) return error;
	const fields = error as unknown as Record<string, unknown>;
	error.message = scrubText(error.message, secrets);
	if (typeof error.stack === 'string') error.stack = scrubText(error.stack, secrets);
	for (const key of Object.keys(fields)) {
		const value = fields[key];
		if (value instanceof Error) fields[key] = scrubError(value, secrets);
		else fields[key] = scrubValue(value, secrets);
	}
	return error;
}
