import type { IDataObject } from 'n8n-workflow';
import { lookupMethods } from '../../shared/lookups';
import { FACTORIAL_LOOKUPS } from '../lookups';
import { FACTORIAL_API_PATH, FACTORIAL_MAX_PAGE_SIZE, factorialList, factorialRequest, readFactorialPage } from '../transport';

/**
 * One page (100) per call, the pagination token being the API's cursor. Lists with a text
 * filter search on the server; the others are filtered by label.
 */
export const { listSearch: listSearchMethods, loadOptions: loadOptionsMethods } = lookupMethods(FACTORIAL_LOOKUPS, {
	async page(ctx, lookup, path, token, filter) {
		const qs: IDataObject = { limit: FACTORIAL_MAX_PAGE_SIZE };
		if (token) qs.after_id = token;
		const searched = Boolean(filter?.trim() && lookup.searchParam);
		if (searched) qs[lookup.searchParam as string] = (filter as string).trim();
		const page = readFactorialPage(await factorialRequest(ctx, 'GET', `${FACTORIAL_API_PATH}${path}`, { qs }));
		const more = page.hasMore !== false && page.items.length > 0 && page.nextCursor && page.nextCursor !== token;
		return { items: page.items, next: more ? page.nextCursor : undefined, searched };
	},
	async all(ctx, _lookup, path, limit) {
		return await factorialList(ctx, `${FACTORIAL_API_PATH}${path}`, limit);
	},
});
