import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { OperationSpec, PlannedRequest, SystemClient } from './operations';
import { simplifyItem } from './operations';

/**
 * For list endpoints that return every record in one response (no paging, no server-side
 * filters): one request, then the operation's filters and Return All / Limit are applied
 * locally. Use the result as an OperationSpec's `perform` hook on a `list: true` operation.
 */

/** Whether a record passes a filter the user set to `value`. */
export type RecordPredicate = (record: IDataObject, value: unknown) => boolean;

export interface UnpaginatedListOptions {
	/** Reads the records from the response body; by default the body must be an array. */
	readItems?: (body: unknown) => IDataObject[];
	/**
	 * Local filters, keyed by the query key the planner gave each filter (the system's
	 * `queryKey(name, 'eq')`). Matched keys are removed from the query before sending.
	 */
	filters?: Record<string, RecordPredicate>;
	/** Keys kept when the user turns on Simplify. */
	simplify?: string[];
}

export function arrayItems(body: unknown): IDataObject[] {
	return Array.isArray(body) ? (body as IDataObject[]).filter((item) => item !== null && typeof item === 'object') : [];
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Case-insensitive equality with one property. */
export function equalsIgnoringCase(key: string): RecordPredicate {
	return (record, value) => text(record[key]).trim().toLowerCase() === text(value).trim().toLowerCase();
}

/** Case-insensitive "contains" over several properties, also over them joined by spaces. */
export function containsIgnoringCase(...keys: string[]): RecordPredicate {
	return (record, value) => {
		const needle = text(value).trim().toLowerCase();
		if (!needle) return true;
		const parts = keys.map((key) => text(record[key]).toLowerCase());
		return parts.some((part) => part.includes(needle)) || parts.join(' ').includes(needle);
	};
}

/**
 * Applies local filters and the requested count to records already fetched, and makes the
 * items (simplified when `keys` are given) in the same pass.
 */
export function filterAndLimit(
	records: IDataObject[],
	active: Array<[RecordPredicate, unknown]>,
	wanted: number,
	keys?: string[],
): INodeExecutionData[] {
	const out: INodeExecutionData[] = [];
	for (const record of records) {
		if (out.length >= wanted) break;
		if (active.every(([predicate, value]) => predicate(record, value))) out.push({ json: keys ? simplifyItem(record, keys) : record });
	}
	return out;
}

export function unpaginatedList(options: UnpaginatedListOptions = {}): NonNullable<OperationSpec['perform']> {
	const readItems = options.readItems ?? arrayItems;
	const filters = options.filters ?? {};
	return async function (
		this: IExecuteFunctions,
		planned: PlannedRequest,
		itemIndex: number,
		client: SystemClient,
	): Promise<INodeExecutionData[]> {
		const qs: IDataObject = { ...planned.qs };
		const active: Array<[RecordPredicate, unknown]> = [];
		for (const [key, predicate] of Object.entries(filters)) {
			if (!(key in qs)) continue;
			active.push([predicate, qs[key]]);
			delete qs[key];
		}
		const body = await client.request(
			this,
			{ method: planned.method, path: planned.path, ...(Object.keys(qs).length ? { qs } : {}) },
			itemIndex,
		);
		const keys = planned.simplify ? options.simplify : undefined;
		return filterAndLimit(readItems(body), active, planned.wanted ?? Infinity, keys);
	};
}
