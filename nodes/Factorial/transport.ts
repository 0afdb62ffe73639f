import type { IDataObject, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import type { ErrorBodyReader } from '../shared/errors';
import { isRecord } from '../shared/errors';
import type { SystemClient } from '../shared/operations';
import type { Page } from '../shared/pagination';
import { collectPages, envelopeReader } from '../shared/pagination';
import type { ApiRequest, RequestContext } from '../shared/request';
import { RATE_LIMIT_RETRY, credentialBaseUrl, jsonClient } from '../shared/request';

/** The dated API version every path and webhook subscription is pinned to. */
export const FACTORIAL_API_VERSION = '2026-07-01';

/** Prefix of every endpoint path (OpenAPI paths: `/api/2026-07-01/resources/<module>/<resource>`). */
export const FACTORIAL_API_PATH = `/api/${FACTORIAL_API_VERSION}/resources`;

export const FACTORIAL_PRODUCTION_URL = 'https://api.factorialhr.com';

export type FactorialAuthentication = 'apiKey' | 'oAuth2';

/** The credential type of each Authentication choice: `factorialApi` or `factorialOAuth2Api`. */
export function credentialTypeOf(authentication: FactorialAuthentication): string {
	return authentication === 'oAuth2' ? 'factorialOAuth2Api' : 'factorialApi';
}

/** The Authentication option every Factorial node (actions and trigger) shows first. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Key', value: 'apiKey' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'apiKey',
	description: 'API keys never expire; an OAuth2 refresh token lasts one week without use',
};

/**
 * Cursor paging. The OpenAPI file declares no paging parameters, only `meta.end_cursor` /
 * `meta.has_next_page`; Factorial's pagination page names them: `limit` (at most 100, the
 * default) and `after_id` = the previous page's `end_cursor` (factorial-notes.md A.1).
 */
export const FACTORIAL_MAX_PAGE_SIZE = 100;

export const FACTORIAL_PAGING = {
	type: 'cursor',
	cursorParam: 'after_id',
	sizeParam: 'limit',
	maxPageSize: FACTORIAL_MAX_PAGE_SIZE,
} as const;

/** `{ data: [...], meta: { has_next_page, end_cursor, total, limit } }`; `meta.limit` may be null. */
export const readFactorialPage = envelopeReader({
	items: 'data',
	total: 'meta.total',
	nextCursor: 'meta.end_cursor',
	hasMore: 'meta.has_next_page',
});

const textOf = (value: unknown): string | undefined => {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (Array.isArray(value)) {
		const parts = value.map(textOf).filter((part): part is string => part !== undefined);
		return parts.length ? parts.join('; ') : undefined;
	}
	if (isRecord(value)) {
		const message = textOf(value.message) ?? textOf(value.detail) ?? textOf(value.error);
		const field = typeof value.field === 'string' ? value.field : typeof value.attribute === 'string' ? value.attribute : undefined;
		if (message) return field ? `${field}: ${message}` : message;
		// Rails-style `{ field: ["is invalid"] }`.
		const parts = Object.entries(value)
			.map(([key, entry]) => {
				const text = textOf(entry);
				return text ? `${key}: ${text}` : undefined;
			})
			.filter((part): part is string => part !== undefined);
		return parts.length ? parts.join('; ') : undefined;
	}
	return undefined;
};

/**
 * Factorial's error bodies are not described in the OpenAPI file; the reader accepts the
 * Rails shapes the API answers with: `{ error }`, `{ error: { message, code } }`,
 * `{ message }` and `{ errors: [...] | { field: [...] } }`.
 */
export const readFactorialError: ErrorBodyReader = (body) => {
	if (!isRecord(body)) return undefined;
	const error = body.error;
	const nested = isRecord(error) ? error : undefined;
	const message =
		textOf(nested?.message) ?? textOf(body.message) ?? textOf(body.errors) ?? (typeof error === 'string' ? textOf(error) : undefined);
	if (!message) return undefined;
	// `{ error: "unauthorized", message }`: the short error word is the code.
	const code = nested?.code ?? body.code ?? (typeof error === 'string' && textOf(error) !== message ? error : undefined);
	const details = body.errors !== undefined && textOf(body.errors) !== message ? textOf(body.errors) : textOf(nested?.details);
	return {
		message,
		code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
		description: details,
	};
};

/** The credential's environment URL, or its Base URL when the environment is Custom. */
export function factorialBaseUrl(credentials: IDataObject): string {
	const environment = typeof credentials.environment === 'string' ? credentials.environment : '';
	if (environment === 'custom' || environment === '') return credentialBaseUrl(credentials, FACTORIAL_PRODUCTION_URL);
	return environment.replace(/\/+$/, '');
}

const clientFor = (credentialType: string) =>
	jsonClient({
		credentialType,
		baseUrl: factorialBaseUrl,
		readError: readFactorialError,
		// Factorial documents 200 POST requests a minute; 429 answers carry Retry-After.
		retry: RATE_LIMIT_RETRY,
		// Array parameters keep their documented `name[]` key: `ids[]=1&ids[]=2`.
		arrayFormat: 'repeat',
	});

const clients = {
	apiKey: clientFor(credentialTypeOf('apiKey')),
	oAuth2: clientFor(credentialTypeOf('oAuth2')),
};

/** The node's Authentication choice; only execute() reads parameters per item. */
export function authenticationOf(ctx: RequestContext): FactorialAuthentication {
	const read = ctx.getNodeParameter as (name: string, ...rest: unknown[]) => unknown;
	const value = 'getInputData' in ctx ? read.call(ctx, 'authentication', 0, 'apiKey') : read.call(ctx, 'authentication', 'apiKey');
	return value === 'oAuth2' ? 'oAuth2' : 'apiKey';
}

/** The Factorial client: the credential the node's Authentication option picks. */
export const factorialClient: SystemClient & {
	request(ctx: RequestContext, request: ApiRequest, itemIndex?: number): Promise<unknown>;
} = {
	async request(ctx: RequestContext, request: ApiRequest, itemIndex?: number) {
		return await clients[authenticationOf(ctx)].request(ctx, request, itemIndex);
	},
};

/** One authenticated request. `path` is a full path, e.g. `${FACTORIAL_API_PATH}/employees/employees`. */
export async function factorialRequest(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: { body?: IDataObject; qs?: IDataObject; itemIndex?: number } = {},
): Promise<unknown> {
	return await factorialClient.request(ctx, { method, path, qs: options.qs, body: options.body }, options.itemIndex);
}

/** Up to `wanted` records of a paged list (Infinity = all), 100 per request. */
export async function factorialList(
	ctx: RequestContext,
	path: string,
	wanted: number,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	return await collectPages(FACTORIAL_PAGING, wanted, async (pageQs): Promise<Page> => {
		const body = await factorialRequest(ctx, 'GET', path, { qs: { ...qs, ...pageQs } });
		return readFactorialPage(body);
	}, { node: ctx.getNode(), system: 'Factorial', path });
}

const companyIds = new WeakMap<object, Promise<string | undefined>>();

/**
 * The company of the credential in use, from `GET /api_public/credentials` (`company_id`,
 * "company id for all kind of accesses"). Read once per node run.
 */
export async function factorialCompanyId(ctx: RequestContext): Promise<string | undefined> {
	let id = companyIds.get(ctx);
	if (!id) {
		id = factorialRequest(ctx, 'GET', `${FACTORIAL_API_PATH}/api_public/credentials`).then((body) => {
			const records = readFactorialPage(body).items;
			const found = records.find((record) => record.company_id !== undefined && record.company_id !== null);
			return found ? String(found.company_id) : undefined;
		});
		companyIds.set(ctx, id);
		id.catch(() => companyIds.delete(ctx));
	}
	return await id;
}
