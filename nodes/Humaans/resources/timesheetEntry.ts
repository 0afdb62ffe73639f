import type { FieldSpec } from '../../shared/fields';
import { restResource } from '../../shared/operations';
import { emptyValueFilter, exactOrRange } from '../queryFilters';
import type { EmptyValueFilter } from '../queryFilters';
import { dateRangeFilters, ownerField, personFilter } from '../system';

// Document: "Timesheet entries" (humaans.txt 9009–9268). Times are sent as written; the
// document shows them as HH:mm:ss (e.g. "09:00:00", 9053–9054).
const date: FieldSpec = { name: 'date', type: 'date', description: 'The date of this timesheet entry' };
const startTime: FieldSpec = {
	name: 'startTime',
	type: 'string',
	description: 'The start time of this timesheet entry',
	placeholder: 'e.g. 09:00:00',
};
const endTime: FieldSpec = {
	name: 'endTime',
	type: 'string',
	description: 'The end time of this timesheet entry',
	placeholder: 'e.g. 17:30:00',
};

// humaans.txt 9088–9090: `endTime string | empty`; an empty value selects entries still open.
const openOnly: EmptyValueFilter = {
	field: 'endTime',
	parameter: 'withoutEndTime',
	label: 'Without End Time Only',
	description: 'Whether to return only entries that have no end time yet',
};

export const timesheetEntry = restResource({
	value: 'timesheetEntry',
	name: 'Timesheet Entry',
	plural: 'timesheet entries',
	path: '/api/timesheet-entries',
	idRef: 'timesheetEntry',
	getAll: {
		prepare: exactOrRange('date', 'Date'),
		filters: [
			personFilter,
			// humaans.txt 9077 and 9084: `date` has no type of its own and the list "can be
			// filtered using more complex filter conditions", so $gte / $lte are offered with it.
			{ name: 'date', label: 'Date', type: 'date', description: 'Only entries on this date' },
			...dateRangeFilters('date', 'Date'),
			{ name: 'endTime', label: 'End Time', type: 'string', description: 'Only entries ending at this time', placeholder: 'e.g. 17:30:00' },
			emptyValueFilter(openOnly),
			// humaans.txt 9092–9098: `id` is an object filter with `$in` only.
			{
				name: 'id',
				operator: 'in',
				listOnly: true,
				parameter: 'ids',
				label: 'Timesheet Entry Names or IDs',
				type: 'refList',
				ref: 'timesheetEntry',
				description: 'Only these timesheet entries.',
			},
		],
	},
	get: {},
	create: {
		fields: [
			ownerField,
			date,
			startTime,
		],
		optional: [endTime],
	},
	update: { optional: [date, startTime, endTime] },
	delete: {},
});
