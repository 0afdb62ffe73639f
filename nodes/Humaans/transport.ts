import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import type { ErrorBodyReader } from '../shared/errors';
import { isRecord } from '../shared/errors';
import type { RequestContext } from '../shared/request';
import { credentialBaseUrl, jsonClient } from '../shared/request';
import type { Page } from '../shared/pagination';
import { collectPages, envelopeReader } from '../shared/pagination';

export const HUMAANS_CREDENTIAL = 'humaansApi';
export const HUMAANS_DEFAULT_BASE_URL = 'https://app.humaans.io';

/** Largest `$limit` the API accepts (document: "Maximum allowed value is 250"). */
export const HUMAANS_MAX_PAGE_SIZE = 250;

export const HUMAANS_PAGING = {
	type: 'offset',
	limitParam: '$limit',
	offsetParam: '$skip',
	maxPageSize: HUMAANS_MAX_PAGE_SIZE,
} as const;

export const readHumaansPage = envelopeReader({ items: 'data', total: 'total' });

/** Error object: `{ id, code, name, message, issues[{ name, reason, forbidden }] }`. */
export const readHumaansError: ErrorBodyReader = (body) => {
	if (!isRecord(body)) return undefined;
	const message = typeof body.message === 'string' ? body.message : undefined;
	if (!message) return undefined;
	const issues = Array.isArray(body.issues) ? (body.issues as IDataObject[]) : [];
	const description = issues
		.map((issue) => `${String(issue.name ?? '')}: ${String(issue.reason ?? '')}${issue.forbidden ? ' (insufficient privileges)' : ''}`)
		.join('; ');
	return {
		message,
		code: typeof body.name === 'string' ? body.name : undefined,
		description: description || undefined,
	};
};

export function humaansBaseUrl(credentials: IDataObject): string {
	return credentialBaseUrl(credentials, HUMAANS_DEFAULT_BASE_URL);
}

/**
 * The Humaans API client: Bearer credential, Humaans error objects, repeat-style arrays,
 * and the shared retry policy (the document calls 502/503 temporary).
 */
export const humaansClient = jsonClient({
	credentialType: HUMAANS_CREDENTIAL,
	baseUrl: humaansBaseUrl,
	readError: readHumaansError,
	systemName: 'Humaans',
	arrayFormat: 'repeat',
});

/** One authenticated request for lookups and the trigger. */
export async function humaansRequest(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: { body?: IDataObject; qs?: IDataObject; itemIndex?: number } = {},
): Promise<unknown> {
	return await humaansClient.request(ctx, { method, path, qs: options.qs, body: options.body }, options.itemIndex);
}

/** Fetches up to `wanted` records of a list endpoint with the largest pages allowed. */
export async function humaansList(
	ctx: RequestContext,
	path: string,
	wanted: number,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	return await collectPages(HUMAANS_PAGING, wanted, async (pageQs): Promise<Page> => {
		const body = await humaansRequest(ctx, 'GET', path, { qs: { ...qs, ...pageQs } });
		return readHumaansPage(body);
	}, { node: ctx.getNode(), system: 'Humaans', path });
}
