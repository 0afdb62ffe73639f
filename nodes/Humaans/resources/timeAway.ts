// humaans.txt 6600–7276 ("Time away")
import type { FieldSpec } from '../../shared/fields';
import type { FilterSpec } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { dateRangeFilters, ownerField, personsFilter } from '../system';

// Documented as `string | null`; a dropdown cannot be emptied, and null means the default (full).
const startPeriod: FieldSpec = {
	name: 'startPeriod',
	type: 'options',
	options: [
		{ name: 'Afternoon Off (PM)', value: 'pm' },
		{ name: 'Full Day', value: 'full' },
		{ name: 'Morning Off (AM)', value: 'am' },
	],
	default: 'full',
	description: 'Whether the first date is taken in full or as a half day. Defaults to full.',
};

// "pm" is not documented for the end period (humaans.txt 6667–6669).
const endPeriod: FieldSpec = {
	name: 'endPeriod',
	type: 'options',
	options: [
		{ name: 'Full Day', value: 'full' },
		{ name: 'Morning Off (AM)', value: 'am' },
	],
	default: 'full',
	description:
		'Whether the last date is taken in full or as a half day (full by default)',
};

const requestStatuses = [
	{ name: 'Approved', value: 'approved' },
	{ name: 'Declined', value: 'declined' },
	{ name: 'Pending', value: 'pending' },
];

const requestStatus: FieldSpec = {
	name: 'requestStatus',
	type: 'options',
	options: requestStatuses,
	default: 'approved',
	description: 'If time away approvals are required, the status of the request. Will be approved if approvals are not required.',
};

const details: FieldSpec[] = [
	startPeriod,
	endPeriod,
	{
		name: 'note',
		type: 'string',
		nullable: true,
		description: 'An optional note about the time off entry. Only visible to the employee, their manager and admins.',
	},
	{
		name: 'workingFromLocationId',
		label: 'Working From Location',
		type: 'ref',
		ref: 'location',
		nullable: true,
		description: 'When the time away type is working from another location, the location the person was working from.',
	},
	requestStatus,
	{ name: 'reviewNote', type: 'string', description: 'A note to accompany a time away review.' },
];

const timeAwayTypeId: FieldSpec = {
	name: 'timeAwayTypeId',
	label: 'Time Away Type',
	type: 'ref',
	ref: 'timeAwayType',
	description: 'The time away type this record is attached to',
};

/** A documented `$sort.<field> number` parameter: 1 ascending, -1 descending. */
export const sortFilter = (field: string, label: string): FilterSpec => ({
	name: `$sort[${field}]`,
	parameter: `sortBy${field.charAt(0).toUpperCase()}${field.slice(1)}`,
	label: `Sort by ${label}`,
	type: 'options',
	options: [
		{ name: 'Ascending', value: 1 },
		{ name: 'Descending', value: -1 },
	],
	default: 1,
	description: `Order the results by ${label.toLowerCase()}`,
});

// The `$or` filter (humaans.txt 6838–6868) is not offered: the filters below are combined
// with AND, and OR conditions would need nested query objects the editor cannot express.
const filters: FilterSpec[] = [
	personsFilter,
	{
		name: 'personStatus',
		operator: 'in',
		parameter: 'personStatuses',
		label: 'Person Statuses',
		type: 'multiOptions',
		// Status values of people (humaans.txt 5398–5400); "all" is simply no filter here.
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'New Hire', value: 'newHire' },
			{ name: 'Offboarded', value: 'offboarded' },
		],
		default: [],
		description: 'Only time away of people with these statuses',
	},
	...dateRangeFilters('startDate', 'Start Date'),
	...dateRangeFilters('endDate', 'End Date'),
	{ ...timeAwayTypeId, description: 'Only time away of this type' },
	{
		name: 'requestStatus',
		operator: 'in',
		parameter: 'requestStatuses',
		label: 'Request Statuses',
		type: 'multiOptions',
		options: requestStatuses,
		default: [],
		description: 'Only time away with these request statuses. Useful when time away approvals are enabled.',
	},
	sortFilter('startDate', 'Start Date'),
	sortFilter('endDate', 'End Date'),
	sortFilter('createdAt', 'Created At'),
];

const simplify = [
	'id',
	'personId',
	'timeAwayTypeId',
	'name',
	'startDate',
	'startPeriod',
	'endDate',
	'endPeriod',
	'days',
	'requestStatus',
];

export const timeAway = restResource({
	value: 'timeAway',
	name: 'Time Away',
	plural: 'time away entries',
	path: '/api/time-away',
	idRef: 'timeAway',
	description: 'Time off and working away entries of people',
	getAll: { filters, simplify, description: 'Retrieve a list of time away entries' },
	get: { simplify, description: 'Retrieve a time away entry by ID' },
	create: {
		description: 'Create a time away entry',
		fields: [
			ownerField,
			timeAwayTypeId,
			{ name: 'startDate', type: 'date', description: 'The first date of the time away entry (inclusive)' },
			{ name: 'endDate', type: 'date', description: 'The last date of the time away entry (inclusive)' },
		],
		optional: details,
	},
	update: {
		description: 'Update a time away entry',
		optional: [
			{ name: 'startDate', type: 'date', description: 'The first date of the time away entry (inclusive).' },
			{ name: 'endDate', type: 'date', description: 'The last date of the time away entry (inclusive).' },
			{ ...timeAwayTypeId, description: 'The time away type this entry is attached to.' },
			...details,
		],
	},
	delete: { description: 'Permanently delete a time away entry' },
});
