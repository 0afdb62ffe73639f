import type { FilterOperator, SystemSpec } from '../shared/operations';
import type { FilterSpec } from '../shared/operations';
import type { FieldSpec } from '../shared/fields';
import { HUMAANS_REFS } from './lookups';
import { HUMAANS_PAGING, humaansClient, readHumaansError, readHumaansPage } from './transport';

/** Filters are Feathers-style: `field[$in]=a&field[$in]=b`, `field[$gte]=2020-01-01`. */
function humaansQueryKey(name: string, operator: FilterOperator): string {
	return operator === 'eq' ? name : `${name}[$${operator}]`;
}

export const humaansSystem: SystemSpec = {
	name: 'Humaans',
	refs: HUMAANS_REFS,
	client: humaansClient,
	readError: readHumaansError,
	paging: HUMAANS_PAGING,
	readPage: readHumaansPage,
	queryKey: humaansQueryKey,
	// A static Bearer token (nothing to refresh or rotate), so independent GETs may overlap;
	// n8n's HTTP Request node sends all items at once.
	concurrentGets: 16,
};

/** "From" / "To" filters for a date documented with `$gte` / `$lte`. */
export function dateRangeFilters(name: string, label: string, type: 'date' | 'dateTime' = 'date'): FilterSpec[] {
	return [
		{
			name,
			operator: 'gte',
			parameter: `${name}From`,
			label: `${label} From`,
			type,
			description: `Only records whose ${label.toLowerCase()} is on or after this date`,
		},
		{
			name,
			operator: 'lte',
			parameter: `${name}To`,
			label: `${label} To`,
			type,
			description: `Only records whose ${label.toLowerCase()} is on or before this date`,
		},
	];
}

/** A person filter documented as `personId string | $in`: several people may be picked. */
export const personsFilter: FilterSpec = {
	name: 'personId',
	operator: 'in',
	parameter: 'personIds',
	label: 'Person Names or IDs',
	type: 'refList',
	ref: 'person',
	description: 'Only records of these people.',
};

/** A person filter documented as plain `personId string`. */
export const personFilter: FilterSpec = {
	name: 'personId',
	label: 'Person',
	type: 'ref',
	ref: 'person',
	description: 'Only records of this person',
};

/** The person a record belongs to; one wording everywhere, so the editor gets one shared property. */
export const ownerField: FieldSpec = {
	name: 'personId',
	label: 'Person',
	type: 'ref',
	ref: 'person',
	description: 'The person this record belongs to',
};
