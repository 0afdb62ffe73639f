import type { IDataObject } from 'n8n-workflow';
import { isRecord } from '../../shared/errors';
import { lookupMethods } from '../../shared/lookups';
import { HR_OMNI_LOOKUPS } from '../lookups';
import { HR_OMNI_MAX_PAGE_SIZE, hrOmniCall, readHrOmniPage } from '../transport';

/**
 * HR Omni's `search` matches whole keywords unless a keyword ends in `*` (e.g. hromni.txt
 * 500), so what the user typed becomes prefix keywords: "jo do" → "jo* do*".
 */
export function prefixSearch(filter: string): string {
	return filter
		.trim()
		.split(/\s+/)
		.filter((word) => word !== '')
		.map((word) => (word.endsWith('*') ? word : `${word}*`))
		.join(' ');
}

/**
 * Paginated lists are paged with `page` / `pageSize` (and searched by the API where it
 * documents `search`); the others come whole and are filtered here.
 */
export const { listSearch: listSearchMethods } = lookupMethods(HR_OMNI_LOOKUPS, {
	pathParameters: { companyId: 'Company' },
	async page(ctx, lookup, path, token, filter) {
		if (!lookup.paginated) {
			const result = await hrOmniCall(ctx, 'GET', path, { qs: lookup.qs });
			const items = lookup.items ? lookup.items(result) : result;
			return { items: Array.isArray(items) ? (items as unknown[]).filter(isRecord) : [] };
		}
		const page = Number(token ?? 1) || 1;
		const qs: IDataObject = { ...(lookup.qs ?? {}), page, pageSize: HR_OMNI_MAX_PAGE_SIZE };
		const searched = !!lookup.search && !!filter && filter.trim() !== '';
		if (searched) qs.search = prefixSearch(filter as string);
		const body = readHrOmniPage(await hrOmniCall(ctx, 'GET', path, { qs }));
		const more =
			body.items.length > 0 &&
			(body.totalPages !== undefined ? page < body.totalPages : body.items.length === HR_OMNI_MAX_PAGE_SIZE);
		return { items: body.items, next: more ? String(page + 1) : undefined, searched };
	},
});
