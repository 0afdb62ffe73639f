import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { HUMAANS_LOOKUPS, loadOptionsMethodName, searchMethodName } from '../lookups';
import type { HumaansLookup } from '../lookups';
import { HUMAANS_MAX_PAGE_SIZE, humaansList, humaansRequest, readHumaansPage } from '../transport';

/** Dropdowns load at most this many entries; beyond it the user switches to an ID or expression. */
const LOAD_OPTIONS_LIMIT = 1000;

function matches(label: string, id: string, filter?: string): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return label.toLowerCase().includes(needle) || id.toLowerCase() === needle;
}

/**
 * Humaans has no free-text search, so a search pages through the list (250 at a time,
 * the pagination token being the `$skip`) and filters the labels locally.
 */
function listSearch(lookup: HumaansLookup) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const skip = Number(paginationToken ?? 0) || 0;
		const qs: IDataObject = { ...(lookup.qs ?? {}), $limit: HUMAANS_MAX_PAGE_SIZE, $skip: skip };
		if (lookup.path === '/api/people' && filter && filter.includes('@')) qs.email = filter.trim();
		const page = readHumaansPage(await humaansRequest(this, 'GET', lookup.path, { qs }));
		const results = page.items
			.map((item) => ({ name: lookup.label(item), value: String(item.id) }))
			.filter((entry) => matches(entry.name, entry.value, filter));
		const next = skip + page.items.length;
		const more = page.items.length === HUMAANS_MAX_PAGE_SIZE && (page.total === undefined || next < page.total);
		return { results, paginationToken: more ? String(next) : undefined };
	};
}

function loadOptions(lookup: HumaansLookup) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const items = await humaansList(this, lookup.path, LOAD_OPTIONS_LIMIT, lookup.qs ?? {});
		return items
			.map((item) => ({ name: lookup.label(item), value: String(item.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const listSearchMethods = Object.fromEntries(
	Object.entries(HUMAANS_LOOKUPS).map(([key, lookup]) => [searchMethodName(key), listSearch(lookup)]),
);

export const loadOptionsMethods = Object.fromEntries(
	Object.entries(HUMAANS_LOOKUPS).map(([key, lookup]) => [loadOptionsMethodName(key), loadOptions(lookup)]),
);
