import type {
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { isRecord } from '../../shared/errors';
import { pathSegment } from '../../shared/validation';
import type { EmploymentHeroLookup } from '../lookups';
import { EMPLOYMENT_HERO_LOOKUPS, loadOptionsMethodName, searchMethodName } from '../lookups';
import {
	EMPLOYMENT_HERO_MAX_PAGE_SIZE,
	employmentHeroList,
	employmentHeroRequest,
	readEmploymentHeroPage,
} from '../transport';

/** Dropdowns load at most this many entries; beyond it the user switches to an ID or expression. */
const LOAD_OPTIONS_LIMIT = 1000;

function matches(label: string, id: string, filter?: string): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return label.toLowerCase().includes(needle) || id.toLowerCase() === needle;
}

/** Fills `{organisationId}` from the node's Organisation parameter. */
function resolvePath(ctx: ILoadOptionsFunctions, lookup: EmploymentHeroLookup): string {
	if (!lookup.path.includes('{organisationId}')) return lookup.path;
	let raw: unknown;
	try {
		raw = ctx.getCurrentNodeParameter('organisationId', { extractValue: true });
	} catch {
		raw = undefined;
	}
	if (isRecord(raw) && 'value' in raw) raw = raw.value;
	if (raw === undefined || raw === null || raw === '') {
		throw new NodeOperationError(ctx.getNode(), `Choose an Organisation first to list ${lookup.displayName.toLowerCase()} records`);
	}
	return lookup.path.replace('{organisationId}', pathSegment(ctx.getNode(), 0, 'Organisation', raw));
}

/**
 * Employment Hero has no free-text search, so a search pages through the list (100 at a
 * time, the pagination token being the next `page_index`) and filters the labels locally.
 */
function listSearch(lookup: EmploymentHeroLookup) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const path = resolvePath(this, lookup);
		const pageIndex = Number(paginationToken ?? 1) || 1;
		const body = await employmentHeroRequest(this, {
			method: 'GET',
			path,
			qs: { page_index: pageIndex, item_per_page: EMPLOYMENT_HERO_MAX_PAGE_SIZE },
		});
		const page = readEmploymentHeroPage(body);
		const extra: INodeListSearchItems[] = pageIndex === 1 ? (lookup.extra ?? []) : [];
		const results = [
			...extra,
			...page.items.map((item) => ({ name: lookup.label(item), value: String(item.id) })),
		].filter((entry) => matches(entry.name, String(entry.value), filter));
		const more =
			page.items.length === EMPLOYMENT_HERO_MAX_PAGE_SIZE &&
			(page.totalPages === undefined || pageIndex < page.totalPages);
		return { results, paginationToken: more ? String(pageIndex + 1) : undefined };
	};
}

function loadOptions(lookup: EmploymentHeroLookup) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const items = await employmentHeroList(this, resolvePath(this, lookup), LOAD_OPTIONS_LIMIT);
		return items
			.map((item) => ({ name: lookup.label(item), value: String(item.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const listSearchMethods = Object.fromEntries(
	Object.entries(EMPLOYMENT_HERO_LOOKUPS).map(([key, lookup]) => [searchMethodName(key), listSearch(lookup)]),
);

export const loadOptionsMethods = Object.fromEntries(
	Object.entries(EMPLOYMENT_HERO_LOOKUPS).map(([key, lookup]) => [loadOptionsMethodName(key), loadOptions(lookup)]),
);
