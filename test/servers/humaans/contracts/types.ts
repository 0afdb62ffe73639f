import type { Reply } from '../../base';

type Row = Record<string, unknown>;

/** How a list endpoint documents a filter (humaans.txt "Filtering", 147–179). */
export type FilterKind =
	/** `field=value` only. */
	| 'eq'
	/** `string | $in`. */
	| 'in'
	/** `string | $in | $nin`. */
	| 'inNin'
	/** `date | $gt | $gte | $lt | $lte`. */
	| 'range'
	/** An object filter such as `id[$in]`. */
	| 'object';

/**
 * One resource of the Humaans document as the contract server enforces it. Field lists are
 * copied from the document's "Parameters" sections, so a request with an undocumented
 * field or filter gets the 422 the real API would send.
 */
export interface CollectionContract {
	path: string;
	list?: boolean;
	get?: boolean;
	delete?: boolean;
	filters?: Record<string, FilterKind>;
	requiredFilters?: string[];
	/** `$sort` allowed: `true` for any field, or the documented `$sort.<field>` names (others get 422). */
	sort?: boolean | string[];
	/** Documented query parameters that change how results are computed, not which rows match (e.g. a balance date). */
	modifiers?: string[];
	/** Filters on something other than a row attribute: the contract selects the matching rows itself. */
	computedFilters?: Record<string, (rows: Row[], condition: unknown, server: unknown) => Row[]>;
	/** Applied when the query does not set the field (people: status defaults to active). */
	defaultFilter?: Record<string, unknown>;
	/** Values that disable a filter (people: `status=all`). */
	matchAll?: Record<string, string>;
	create?: { required: string[]; optional: string[] };
	update?: { required?: string[]; optional: string[] };
	enums?: Record<string, string[]>;
	/** Fields that must be `YYYY-MM-DD`. */
	dates?: string[];
	defaults?: Row;
	onCreate?: (row: Row, server: unknown) => Reply | undefined;
	/** May refuse the update (a reply) after the row is merged; nothing is stored then. */
	onUpdate?: (row: Row, server: unknown) => Reply | void;
	/** May refuse a delete the document forbids (job roles: not a person's last one). */
	onDelete?: (row: Row, server: unknown) => Reply | undefined;
}

