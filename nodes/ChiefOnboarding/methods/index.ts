import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import type { ChiefOnboardingLookup } from '../lookups';
import { CHIEFONBOARDING_LOOKUPS, loadOptionsMethodName, searchMethodName } from '../lookups';
import { chiefOnboardingList } from '../transport';

function matches(label: string, id: string, filter?: string): boolean {
	if (!filter) return true;
	const needle = filter.trim().toLowerCase();
	return label.toLowerCase().includes(needle) || id === needle;
}

async function entries(ctx: ILoadOptionsFunctions, lookup: ChiefOnboardingLookup) {
	const items = await chiefOnboardingList(ctx, lookup.path);
	return items.map((item) => ({ name: lookup.label(item), value: String(item.id) }));
}

/** The list comes whole (no search or paging on the API), so it is filtered here. */
function listSearch(lookup: ChiefOnboardingLookup) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const results = (await entries(this, lookup)).filter((entry) => matches(entry.name, entry.value, filter));
		return { results: results.sort((a, b) => a.name.localeCompare(b.name)) };
	};
}

/** Errors are not swallowed: the editor shows why the list could not be loaded. */
function loadOptions(lookup: ChiefOnboardingLookup) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return (await entries(this, lookup)).sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const listSearchMethods = Object.fromEntries(
	Object.entries(CHIEFONBOARDING_LOOKUPS).map(([key, lookup]) => [searchMethodName(key), listSearch(lookup)]),
);

export const loadOptionsMethods = Object.fromEntries(
	Object.entries(CHIEFONBOARDING_LOOKUPS).map(([key, lookup]) => [loadOptionsMethodName(key), loadOptions(lookup)]),
);
