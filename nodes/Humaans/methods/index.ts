import type { IDataObject } from 'n8n-workflow';
import { lookupMethods } from '../../shared/lookups';
import { HUMAANS_LOOKUPS } from '../lookups';
import { HUMAANS_MAX_PAGE_SIZE, humaansList, humaansRequest, readHumaansPage } from '../transport';

/**
 * Humaans has no free-text search, so a search pages through the list (250 at a time,
 * the pagination token being the `$skip`) and the labels are filtered locally. People can
 * be looked up by work email.
 */
export const { listSearch: listSearchMethods, loadOptions: loadOptionsMethods } = lookupMethods(HUMAANS_LOOKUPS, {
	async page(ctx, lookup, path, token, filter) {
		const skip = Number(token ?? 0) || 0;
		const qs: IDataObject = { ...(lookup.qs ?? {}), $limit: HUMAANS_MAX_PAGE_SIZE, $skip: skip };
		if (path === '/api/people' && filter && filter.includes('@')) qs.email = filter.trim();
		const page = readHumaansPage(await humaansRequest(ctx, 'GET', path, { qs }));
		const next = skip + page.items.length;
		const more = page.items.length === HUMAANS_MAX_PAGE_SIZE && (page.total === undefined || next < page.total);
		return { items: page.items, next: more ? String(next) : undefined };
	},
	async all(ctx, lookup, path, limit) {
		return await humaansList(ctx, path, limit, lookup.qs ?? {});
	},
});
