import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { isRecord } from './errors';
import type { RefCatalogue } from './fields';
import { withArticle } from './fields';

/**
 * Records a user picks from a list instead of pasting IDs. A system lists its lookups once;
 * the `ref` fields of its resources (`lookupRefs`) and its list-search and load-options
 * methods (`lookupMethods`) come from that one table, named by one rule.
 */
export interface Lookup {
	/** Shown as "Select a …" in the list mode of resource locators. */
	displayName: string;
	/** The list endpoint; `{name}` parts are filled from the node's parameter of that name. */
	path: string;
	qs?: IDataObject;
	label: (item: IDataObject) => string;
	/** The record's ID; `id` by default. */
	value?: (item: IDataObject) => string;
	/** Example ID shown in "By ID" mode. */
	placeholder?: string;
	/** Entries offered before the records, e.g. a wildcard. */
	extra?: INodeListSearchItems[];
}

/** One page of records for a search; `searched` when the API already applied the filter. */
export interface LookupPage {
	items: IDataObject[];
	next?: string;
	searched?: boolean;
	/** Sort the entries by label (for lists that come whole, in no useful order). */
	sort?: boolean;
}

/** How a system fetches the records of its lookups. */
export interface LookupSource<L extends Lookup = Lookup> {
	/** One page of a list search, from `token` (undefined for the first page). */
	page(ctx: ILoadOptionsFunctions, lookup: L, path: string, token: string | undefined, filter: string | undefined): Promise<LookupPage>;
	/** Up to `limit` records for a dropdown; systems without load-options leave it out. */
	all?(ctx: ILoadOptionsFunctions, lookup: L, path: string, limit: number): Promise<IDataObject[]>;
	/** Labels of the parameters paths may name, e.g. `{ companyId: 'Company' }`. */
	pathParameters?: Record<string, string>;
}

/** Dropdowns load at most this many entries; beyond it the user switches to an ID or expression. */
export const LOAD_OPTIONS_LIMIT = 1000;

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
/** The one naming rule: `searchPerson`, `loadPersonOptions`. */
export const searchMethodName = (key: string) => `search${pascal(key)}`;
export const loadOptionsMethodName = (key: string) => `load${pascal(key)}Options`;

export function lookupRefs(lookups: Record<string, Lookup>, options: { loadOptions: boolean; placeholder?: string }): RefCatalogue {
	return Object.fromEntries(
		Object.entries(lookups).map(([key, lookup]) => [
			key,
			{
				displayName: lookup.displayName,
				searchMethod: searchMethodName(key),
				...(options.loadOptions ? { loadOptionsMethod: loadOptionsMethodName(key) } : {}),
				...((lookup.placeholder ?? options.placeholder) ? { placeholder: lookup.placeholder ?? options.placeholder } : {}),
			},
		]),
	);
}

/** Whether an entry matches what the user typed: part of its label, or exactly its ID. */
export function matchesFilter(label: string, id: string, filter?: string): boolean {
	const needle = filter?.trim().toLowerCase();
	if (!needle) return true;
	return label.toLowerCase().includes(needle) || id.toLowerCase() === needle;
}

/** Fills `{name}` in a lookup's path from the node's parameters, or asks for them first. */
function resolvePath(ctx: ILoadOptionsFunctions, lookup: Lookup, labels: Record<string, string>): string {
	return lookup.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		let raw: unknown;
		try {
			raw = ctx.getCurrentNodeParameter(name, { extractValue: true });
		} catch {
			raw = undefined;
		}
		if (isRecord(raw) && 'value' in raw) raw = raw.value;
		const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
		if (value === '' || value === '.' || value === '..') {
			const label = labels[name] ?? name;
			throw new NodeOperationError(
				ctx.getNode(),
				`Choose ${withArticle(label)} first to list ${lookup.displayName.toLowerCase()} records`,
			);
		}
		return encodeURIComponent(value);
	});
}

const entry = (lookup: Lookup, item: IDataObject) => ({
	name: lookup.label(item),
	value: lookup.value ? lookup.value(item) : String(item.id),
});

export function lookupMethods<L extends Lookup>(lookups: Record<string, L>, source: LookupSource<L>) {
	const labels = source.pathParameters ?? {};
	const listSearch = (lookup: L) =>
		async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
			const page = await source.page(this, lookup, resolvePath(this, lookup, labels), paginationToken, filter);
			const extra = paginationToken === undefined ? (lookup.extra ?? []) : [];
			const results = [...extra, ...page.items.map((item) => entry(lookup, item))].filter(
				(result) => result.value !== '' && (page.searched || matchesFilter(result.name, String(result.value), filter)),
			);
			if (page.sort) results.sort((a, b) => a.name.localeCompare(b.name));
			return { results, paginationToken: page.next };
		};
	// Errors are not swallowed: the editor shows why the list could not be loaded.
	const loadOptions = (lookup: L) =>
		async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
			const items = (await source.all?.(this, lookup, resolvePath(this, lookup, labels), LOAD_OPTIONS_LIMIT)) ?? [];
			return items.map((item) => entry(lookup, item)).sort((a, b) => a.name.localeCompare(b.name));
		};
	const methods = <T>(make: (lookup: L) => T) =>
		Object.fromEntries(Object.entries(lookups).map(([key, lookup]) => [key, make(lookup)]));
	return {
		listSearch: Object.fromEntries(Object.entries(methods(listSearch)).map(([key, fn]) => [searchMethodName(key), fn])),
		loadOptions: source.all
			? Object.fromEntries(Object.entries(methods(loadOptions)).map(([key, fn]) => [loadOptionsMethodName(key), fn]))
			: {},
	};
}
