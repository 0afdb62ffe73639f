import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import type { FactorialLookup } from '../lookups';
import { FACTORIAL_LOOKUPS, loadOptionsMethodName, lookupPath, searchMethodName } from '../lookups';
import { FACTORIAL_MAX_PAGE_SIZE, factorialList, factorialRequest, readFactorialPage } from '../transport';

/** Dropdowns load at most this many entries; beyond it the user switches to an ID or expression. */
const LOAD_OPTIONS_LIMIT = 1000;

function matches(label: string, id: string, filter?: string): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return label.toLowerCase().includes(needle) || id === filter.trim();
}

const entryOf = (lookup: FactorialLookup, item: IDataObject) => ({
	name: lookup.label(item),
	value: String(item[lookup.valueKey ?? 'id'] ?? ''),
});

/**
 * One page (100) per call, the pagination token being the API's cursor. Lists with a text
 * filter search on the server; the others are filtered by label here.
 */
function listSearch(lookup: FactorialLookup) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const qs: IDataObject = { limit: FACTORIAL_MAX_PAGE_SIZE };
		if (paginationToken) qs.after_id = paginationToken;
		if (filter && lookup.searchParam) qs[lookup.searchParam] = filter.trim();
		const page = readFactorialPage(await factorialRequest(this, 'GET', lookupPath(lookup), { qs }));
		const results = page.items
			.map((item) => entryOf(lookup, item))
			.filter((entry) => lookup.searchParam || matches(entry.name, entry.value, filter));
		const more = page.hasMore !== false && page.items.length > 0 && page.nextCursor && page.nextCursor !== paginationToken;
		return { results, paginationToken: more ? page.nextCursor : undefined };
	};
}

function loadOptions(lookup: FactorialLookup) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const items = await factorialList(this, lookupPath(lookup), LOAD_OPTIONS_LIMIT);
		return items.map((item) => entryOf(lookup, item)).sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const listSearchMethods = Object.fromEntries(
	Object.entries(FACTORIAL_LOOKUPS).map(([key, lookup]) => [searchMethodName(key), listSearch(lookup)]),
);

export const loadOptionsMethods = Object.fromEntries(
	Object.entries(FACTORIAL_LOOKUPS).map(([key, lookup]) => [loadOptionsMethodName(key), loadOptions(lookup)]),
);
