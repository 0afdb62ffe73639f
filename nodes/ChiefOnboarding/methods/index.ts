import { lookupMethods } from '../../shared/lookups';
import { CHIEFONBOARDING_LOOKUPS } from '../lookups';
import { chiefOnboardingList } from '../transport';

/** The lists come whole (no search or paging on the API), so they are filtered here. */
export const { listSearch: listSearchMethods, loadOptions: loadOptionsMethods } = lookupMethods(CHIEFONBOARDING_LOOKUPS, {
	async page(ctx, _lookup, path) {
		return { items: await chiefOnboardingList(ctx, path), sort: true };
	},
	async all(ctx, _lookup, path) {
		return await chiefOnboardingList(ctx, path);
	},
});
