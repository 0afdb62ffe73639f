import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ErrorBodyReader } from '../shared/errors';
import { asNodeError, isRecord } from '../shared/errors';
import type { SystemClient } from '../shared/operations';
import type { Page, PagingStyle } from '../shared/pagination';
import { collectPages, envelopeReader } from '../shared/pagination';
import type { ApiRequest, RequestContext } from '../shared/request';
import { credentialBaseUrl, jsonClient } from '../shared/request';

export const EMPLOYMENT_HERO_CREDENTIAL = 'employmentHeroOAuth2Api';
export const EMPLOYMENT_HERO_DEFAULT_BASE_URL = 'https://api.employmenthero.com';

/** Every resource lives under `/api/v1` (the document's short paths omit the `/api` prefix). */
export const API = '/api/v1';

/** employmenthero.txt 2287: `item_per_page` "default: 20 and maximum: 100". */
export const EMPLOYMENT_HERO_MAX_PAGE_SIZE = 100;

// employmenthero.txt 2275–2276 names the size parameter `items_per_page`; the table below it
// (2286–2287), every response and the rostered-shift/unavailability parameters use
// `item_per_page`, which is what we send.
export const EMPLOYMENT_HERO_PAGING: PagingStyle = {
	type: 'page',
	pageParam: 'page_index',
	sizeParam: 'item_per_page',
	maxPageSize: EMPLOYMENT_HERO_MAX_PAGE_SIZE,
	firstPage: 1,
};

/**
 * Lists come as `{ data: { items, item_per_page, page_index, total_pages, total_items } }`
 * (employmenthero.txt 2258–2291). The client below unwraps `data`, so the reader sees the
 * inner object.
 */
export const readEmploymentHeroPage = envelopeReader({
	items: 'items',
	totalPages: 'total_pages',
	total: 'total_items',
});

/**
 * Error body (employmenthero.txt 2231–2257): `{ code, error, errors: [{ message }] }`. The
 * messages of `errors` are Employment Hero's own ("Invalid argument", "Record not found").
 */
export const readEmploymentHeroError: ErrorBodyReader = (body) => {
	if (!isRecord(body)) return undefined;
	const details = (Array.isArray(body.errors) ? body.errors : [])
		.map((entry) => (isRecord(entry) && typeof entry.message === 'string' ? entry.message.trim() : ''))
		.filter((message) => message !== '');
	const error = body.error;
	const summary =
		typeof error === 'string'
			? error
			: isRecord(error) && typeof error.message === 'string'
				? error.message
				: undefined;
	const message = details.length ? details.join('; ') : summary;
	if (!message) return undefined;
	const code = body.code;
	return {
		message,
		code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
		description: details.length && summary && summary !== message ? summary : undefined,
	};
};

export function employmentHeroBaseUrl(credentials: IDataObject): string {
	return credentialBaseUrl(credentials, EMPLOYMENT_HERO_DEFAULT_BASE_URL);
}

/**
 * The raw client: n8n signs each request with the OAuth2 access token and, on a 401,
 * refreshes it and stores the rotated refresh token (nothing here caches a token).
 * Retries follow the shared policy. Arrays in the query are sent Rails-style
 * (`statuses[]=a&statuses[]=b`).
 */
const rawClient = jsonClient({
	credentialType: EMPLOYMENT_HERO_CREDENTIAL,
	baseUrl: employmentHeroBaseUrl,
	readError: readEmploymentHeroError,
	systemName: 'Employment Hero',
	arrayFormat: 'brackets',
});

/**
 * `{ data: X }` → X. A body without the envelope is returned as is: the document shows a
 * rostered shift by ID without it (employmenthero.txt 2065–2090). No record has a field
 * named `data`.
 */
export function unwrapData(body: unknown): unknown {
	if (isRecord(body) && (isRecord(body.data) || Array.isArray(body.data))) return body.data;
	return body;
}

/** Sends one request and unwraps the `data` envelope. */
export async function employmentHeroRequest(
	ctx: RequestContext,
	request: ApiRequest,
	itemIndex?: number,
): Promise<unknown> {
	try {
		return unwrapData(await rawClient.request(ctx, request, itemIndex));
	} catch (error) {
		throw asNodeError(ctx.getNode(), error, itemIndex);
	}
}

export const employmentHeroClient: SystemClient = {
	async request(ctx: IExecuteFunctions, request: ApiRequest, itemIndex: number) {
		return await employmentHeroRequest(ctx, request, itemIndex);
	},
};

/** Fetches up to `wanted` records of a list endpoint with the largest pages allowed. */
export async function employmentHeroList(
	ctx: RequestContext,
	path: string,
	wanted: number,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	return await collectPages(EMPLOYMENT_HERO_PAGING, wanted, async (pageQs): Promise<Page> => {
		const body = await employmentHeroRequest(ctx, { method: 'GET', path, qs: { ...qs, ...pageQs } });
		return readEmploymentHeroPage(body);
	}, { node: ctx.getNode(), system: 'Employment Hero', path });
}
