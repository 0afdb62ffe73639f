import type { IDataObject } from 'n8n-workflow';

/**
 * For list endpoints that return every record in one response (no paging, no server-side
 * filters): such an operation is `unpaginated`, and filters the API cannot apply carry a
 * `match` predicate (these helpers) that the executor applies to the records.
 */

/** Whether a record passes a filter the user set to `value`. */
export type RecordPredicate = (record: IDataObject, value: unknown) => boolean;

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
