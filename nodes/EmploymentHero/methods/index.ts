import { lookupMethods } from '../../shared/lookups';
import { EMPLOYMENT_HERO_LOOKUPS } from '../lookups';
import {
	EMPLOYMENT_HERO_MAX_PAGE_SIZE,
	employmentHeroList,
	employmentHeroRequest,
	readEmploymentHeroPage,
} from '../transport';

/**
 * Employment Hero has no free-text search, so a search pages through the list (100 at a
 * time, the pagination token being the next `page_index`) and the labels are filtered locally.
 */
export const { listSearch: listSearchMethods, loadOptions: loadOptionsMethods } = lookupMethods(EMPLOYMENT_HERO_LOOKUPS, {
	pathParameters: { organisationId: 'Organisation' },
	async page(ctx, _lookup, path, token) {
		const pageIndex = Number(token ?? 1) || 1;
		const body = await employmentHeroRequest(ctx, {
			method: 'GET',
			path,
			qs: { page_index: pageIndex, item_per_page: EMPLOYMENT_HERO_MAX_PAGE_SIZE },
		});
		const page = readEmploymentHeroPage(body);
		const more =
			page.items.length === EMPLOYMENT_HERO_MAX_PAGE_SIZE && (page.totalPages === undefined || pageIndex < page.totalPages);
		return { items: page.items, next: more ? String(pageIndex + 1) : undefined };
	},
	async all(ctx, _lookup, path, limit) {
		return await employmentHeroList(ctx, path, limit);
	},
});
