import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { SystemClient } from '../shared/operations';
import { humaansBaseUrl, HUMAANS_CREDENTIAL } from './transport';

/**
 * Downloads a file URL that Humaans returned. Relative URLs (data exports) resolve against
 * the account's base URL. The access token is sent only to that same origin, never to
 * another host such as a CDN.
 */
export async function downloadFromHumaans(
	ctx: IExecuteFunctions,
	client: SystemClient,
	url: string,
	itemIndex: number,
): Promise<{ data: Buffer; mimeType?: string }> {
	const credentials = await ctx.getCredentials(HUMAANS_CREDENTIAL);
	const base = new URL(humaansBaseUrl(credentials));
	const target = new URL(url, `${base.origin}/`);
	const response = (await client.request(
		ctx,
		{
			method: 'GET',
			path: target.pathname,
			url: target.toString(),
			binary: true,
			fullResponse: true,
			anonymous: target.origin !== base.origin,
			// Humaans may hand a download over to a storage host: followed without the token.
			followCrossOriginAnonymously: true,
		},
		itemIndex,
	)) as { body: Buffer | ArrayBuffer; headers: IDataObject };
	const data = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body);
	const type = response.headers?.['content-type'];
	return { data, mimeType: typeof type === 'string' ? type.split(';')[0] : undefined };
}
