import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ApiErrorDetails, ErrorBodyReader } from '../shared/errors';
import { isRecord } from '../shared/errors';
import type { SystemClient } from '../shared/operations';
import type { ApiRequest, RequestContext } from '../shared/request';
import { credentialBaseUrl, jsonClient } from '../shared/request';
import { arrayItems } from '../shared/clientList';

export const CHIEFONBOARDING_CREDENTIAL = 'chiefOnboardingApi';

export const EMPLOYEES_PATH = '/api/employees/';
export const SEQUENCES_PATH = '/api/sequences/';
export const USERS_PATH = '/api/users/';
export const OFFBOARDING_PATH = '/api/offboarding/';

/**
 * The instance's own address (ChiefOnboarding is self-hosted). Tolerates what users paste:
 * surrounding spaces, trailing slashes, a trailing `/api`, a missing scheme.
 */
export function chiefOnboardingBaseUrl(credentials: IDataObject): string {
	let base = credentialBaseUrl(credentials).replace(/\/api$/i, '').replace(/\/+$/, '');
	if (base && !/^https?:\/\//i.test(base)) base = `https://${base}`;
	return base;
}

/** DRF field errors `{ field: ["msg"], nested: { "0": ["msg"] } }` as `field: msg` lines. */
export function fieldErrors(body: IDataObject, prefix = ''): string[] {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(body)) {
		const name = key === 'non_field_errors' ? prefix : prefix ? `${prefix}.${key}` : key;
		if (Array.isArray(value)) {
			const messages = value.filter((entry) => typeof entry === 'string' || typeof entry === 'number').map(String);
			const nested = value.filter(isRecord);
			if (messages.length) lines.push(name ? `${name}: ${messages.join(' ')}` : messages.join(' '));
			nested.forEach((entry, i) => lines.push(...fieldErrors(entry, name ? `${name}.${i}` : String(i))));
		} else if (isRecord(value)) {
			lines.push(...fieldErrors(value, name));
		} else if (typeof value === 'string') {
			lines.push(name ? `${name}: ${value}` : value);
		}
	}
	return lines;
}

const HINTS: Record<number, string> = {
	401: 'Check the API token of the ChiefOnboarding credential. Tokens are created on the server with "python manage.py drf_create_token <admin email>" and are revoked when that user is removed.',
	403: 'ChiefOnboarding accepts only tokens of administrator users. Create the token for an administrator.',
};

/**
 * A 404 on an API route means the routes are not mounted (they are only when the instance
 * sets API_ACCESS=True), the Base URL is not a ChiefOnboarding instance, or the instance is
 * too old to have the route (offboarding arrived later than the other endpoints).
 */
export function notFoundDetails(path: string): ApiErrorDetails {
	const base = `ChiefOnboarding answered 404 Not Found for ${path}`;
	if (path === OFFBOARDING_PATH) {
		return {
			message: `${base}: API access may be disabled on this instance (API_ACCESS=True), or this ChiefOnboarding version has no offboarding endpoint`,
			description:
				'The API routes exist only when the instance runs with the environment variable API_ACCESS=True. If the other operations work, update ChiefOnboarding to a version with POST /api/offboarding/.',
		};
	}
	return {
		message: `${base}: API access may be disabled on this instance (set API_ACCESS=True) or the route is missing in this version`,
		description:
			'The API routes exist only when the instance runs with the environment variable API_ACCESS=True (then restart it). Also check that the Base URL of the credential is the address of your ChiefOnboarding instance.',
	};
}

/**
 * Error bodies are DRF's: `{ "detail": "..." }` or field errors; a 404 gets its own message.
 * A plain `{ "message": "..." }` (a proxy, a rate limiter) is a message, not a field error:
 * DRF field errors are always lists.
 */
export function chiefOnboardingErrorReader(path: string): ErrorBodyReader {
	return (body, statusCode) => {
		if (statusCode === 404) return notFoundDetails(path);
		if (!isRecord(body)) return undefined;
		if (typeof body.detail === 'string' && body.detail) {
			return { message: body.detail, description: HINTS[statusCode] };
		}
		if (typeof body.message === 'string' && body.message) {
			return { message: body.message, description: HINTS[statusCode] };
		}
		const lines = fieldErrors(body);
		if (!lines.length) return undefined;
		return {
			message: lines.join('; '),
			description: 'ChiefOnboarding refused the values sent. Each entry names the field and the reason.',
		};
	};
}

/** Default reader for callers that do not know the path (every route is under /api/). */
export const readChiefOnboardingError: ErrorBodyReader = chiefOnboardingErrorReader('/api/');

/** Clients by path: each reads its errors with the path's 404 message. */
const clients = new Map<string, ReturnType<typeof jsonClient>>();

/**
 * One authenticated JSON request (`Authorization: Token …` is applied by n8n from the
 * credential), under the shared retry policy: a POST is never sent twice after a 5xx.
 */
export async function chiefOnboardingRequest(ctx: RequestContext, request: ApiRequest, itemIndex?: number): Promise<unknown> {
	let client = clients.get(request.path);
	if (!client) {
		client = jsonClient({
			credentialType: CHIEFONBOARDING_CREDENTIAL,
			baseUrl: chiefOnboardingBaseUrl,
			readError: chiefOnboardingErrorReader(request.path),
			systemName: 'ChiefOnboarding',
		});
		// Paths are the few fixed API routes plus one per record ID; keep the map small.
		if (clients.size > 50) clients.clear();
		clients.set(request.path, client);
	}
	return await client.request(ctx, request, itemIndex);
}

export const chiefOnboardingClient: SystemClient = {
	async request(ctx: IExecuteFunctions, request, itemIndex) {
		return await chiefOnboardingRequest(ctx, request, itemIndex);
	},
};

/** GET of an unpaginated list endpoint: the whole array in one request. */
export async function chiefOnboardingList(ctx: RequestContext, path: string, itemIndex?: number): Promise<IDataObject[]> {
	return arrayItems(await chiefOnboardingRequest(ctx, { method: 'GET', path }, itemIndex));
}
