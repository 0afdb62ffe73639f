import type { IExecuteFunctions } from 'n8n-workflow';
import type { FilterSpec, OperationSpec, PlannedRequest } from '../shared/operations';
import { invalidParameter } from '../shared/validation';

type Prepare = NonNullable<OperationSpec['prepare']>;

/**
 * A list filter documented as `string | empty`: passing the parameter with no value selects
 * the records where the field is unset (e.g. documents' `personId`, humaans.txt 2136–2137).
 * It is shown as a boolean; the executor puts it in the query under its parameter name and
 * `emptyValuePrepare` turns `true` into `field=` and drops `false`.
 */
export interface EmptyValueFilter {
	/** The API query parameter, e.g. `personId`. */
	field: string;
	/** The editor parameter (and the placeholder query key the executor uses). */
	parameter: string;
	label: string;
	description: string;
	/** Label of the filter on the same field, which cannot be combined with this one. */
	excludes?: string;
}

export function emptyValueFilter(def: EmptyValueFilter): FilterSpec {
	return { name: def.parameter, parameter: def.parameter, label: def.label, type: 'boolean', description: def.description };
}

export function emptyValuePrepare(def: EmptyValueFilter): Prepare {
	return function (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
		if (!(def.parameter in request.qs)) return;
		const on = request.qs[def.parameter] === true;
		delete request.qs[def.parameter];
		if (!on) return;
		if (def.field in request.qs) {
			throw invalidParameter(
				this.getNode(),
				itemIndex,
				def.label,
				`cannot be combined with "${def.excludes ?? def.field}"`,
			);
		}
		request.qs[def.field] = '';
	};
}

/**
 * A filter documented only as `field.$in` (an object filter, e.g. timesheet entries' `id`,
 * humaans.txt 9092–9098): the executor sends one value as plain equality, so it is put back
 * as `field[$in]`.
 */
export function keepInOperator(field: string): Prepare {
	return function (request: PlannedRequest) {
		if (!(field in request.qs)) return;
		request.qs[`${field}[$in]`] = [String(request.qs[field])];
		delete request.qs[field];
	};
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
