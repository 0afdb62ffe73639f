import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { isRecord } from '../../shared/errors';
import type { HrOmniLookup } from '../lookups';
import { HR_OMNI_LOOKUPS, searchMethodName } from '../lookups';
import { HR_OMNI_MAX_PAGE_SIZE, hrOmniCall, readHrOmniPage } from '../transport';

function matches(label: string, id: string, filter?: string): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase().trim();
	return label.toLowerCase().includes(needle) || id.toLowerCase() === needle;
}

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

function companyPath(ctx: ILoadOptionsFunctions, lookup: HrOmniLookup): string {
	if (!lookup.path.includes('{companyId}')) return lookup.path;
	const company = ctx.getCurrentNodeParameter('companyId', { extractValue: true });
	if (typeof company !== 'string' || company.trim() === '') {
		throw new NodeOperationError(ctx.getNode(), `Choose a Company first: the ${lookup.displayName.toLowerCase()} list belongs to one company`);
	}
	return lookup.path.replace('{companyId}', encodeURIComponent(company.trim()));
}

function listSearch(lookup: HrOmniLookup) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const path = companyPath(this, lookup);
		const toResults = (items: IDataObject[], localFilter?: string) =>
			items
				.map((item) => ({ name: lookup.label(item), value: lookup.value(item) }))
				.filter((entry) => entry.value !== '' && matches(entry.name, entry.value, localFilter));
		if (!lookup.paginated) {
			const result = await hrOmniCall(this, 'GET', path, { qs: lookup.qs });
			const items = lookup.items ? lookup.items(result) : result;
			const records = Array.isArray(items) ? (items as unknown[]).filter(isRecord) : [];
			return { results: toResults(records, filter) };
		}
		const page = Number(paginationToken ?? 1) || 1;
		const qs: IDataObject = { ...(lookup.qs ?? {}), page, pageSize: HR_OMNI_MAX_PAGE_SIZE };
		const searched = lookup.search && filter && filter.trim() !== '';
		if (searched) qs.search = prefixSearch(filter);
		const body = readHrOmniPage(await hrOmniCall(this, 'GET', path, { qs }));
		const more =
			body.items.length > 0 &&
			(body.totalPages !== undefined ? page < body.totalPages : body.items.length === HR_OMNI_MAX_PAGE_SIZE);
		// Lists without a server-side search are filtered here.
		return { results: toResults(body.items, searched ? undefined : filter), paginationToken: more ? String(page + 1) : undefined };
	};
}

export const listSearchMethods = Object.fromEntries(
	Object.entries(HR_OMNI_LOOKUPS).map(([key, lookup]) => [searchMethodName(key), listSearch(lookup)]),
);
