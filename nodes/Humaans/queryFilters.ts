import type { IExecuteFunctions } from 'n8n-workflow';
import type { FilterSpec, OperationSpec, PlannedRequest } from '../shared/operations';
import { invalidParameter } from '../shared/validation';

type Prepare = NonNullable<OperationSpec['prepare']>;

/**
 * A list filter documented as `string | empty`: passing the parameter with no value selects
 * the records where the field is unset (e.g. documents' `personId`, humaans.txt 2136–2137).
 * Shown as a boolean; the planner sends `field=` when it is on and refuses it together with
 * another filter on the same field.
 */
export interface EmptyValueFilter {
	/** The API query parameter, e.g. `personId`. */
	field: string;
	/** The editor parameter. */
	parameter: string;
	label: string;
	description: string;
}

export function emptyValueFilter(def: EmptyValueFilter): FilterSpec {
	return { name: def.field, parameter: def.parameter, label: def.label, type: 'boolean', description: def.description, emptyValue: true };
}

/** Refuses an exact-date filter together with a From / To range on the same field. */
export function exactOrRange(field: string, label: string): Prepare {
	return function (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
		const range = Object.keys(request.qs).some((key) => key.startsWith(`${field}[$`));
		if (field in request.qs && range) {
			throw invalidParameter(this.getNode(), itemIndex, label, `cannot be combined with "${label} From" or "${label} To"`);
		}
	};
}
