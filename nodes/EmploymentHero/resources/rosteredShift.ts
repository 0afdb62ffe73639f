import type { ResourceSpec } from '../../shared/operations';
import { ORGANISATION_PATH, getOperation, listOperation, organisationParam, recordParam } from '../system';

const SIMPLIFY = ['id', 'start_time', 'end_time', 'status', 'member_id', 'member_full_name', 'location_id', 'location_name', 'work_type_name', 'is_open_shift'];

// Document: "Rostered Shift" (employmenthero.txt 1921–2098). The format of from_date and
// to_date is not documented; we send ISO dates (yyyy-mm-dd) like every other date of the
// API. How arrays are written is not documented either: we send them Rails-style
// (`statuses[]=published`).
export const rosteredShift: ResourceSpec = {
	value: 'rosteredShift',
	name: 'Rostered Shift',
	operations: [
		listOperation({
			action: 'Get many rostered shifts',
			description: 'Retrieve the rostered shifts you can access',
			path: `${ORGANISATION_PATH}/rostered_shifts`,
			pathParams: [organisationParam],
			filters: [
				{ name: 'from_date', label: 'From Date', type: 'date', description: 'Start of the range (inclusive)' },
				{ name: 'to_date', label: 'To Date', type: 'date', description: 'End of the range (inclusive)' },
				{
					name: 'statuses',
					label: 'Statuses',
					type: 'stringList',
					placeholder: 'e.g. published',
					description: 'Only shifts with one of these statuses',
				},
				{
					name: 'location_ids',
					label: 'Location IDs',
					type: 'stringList',
					placeholder: 'e.g. 23e55174-2c7f-468d-9d11-9c387e2c3e70',
					description: 'Only shifts at one of these locations',
				},
				{
					name: 'member_ids',
					label: 'Member Names or IDs',
					type: 'refList',
					ref: 'employee',
					description: 'Only shifts rostered to one of these employees.',
					typeOptions: { loadOptionsDependsOn: ['organisationId.value'] },
				},
				{
					name: 'unassigned_shifts_only',
					label: 'Unassigned Shifts Only',
					type: 'boolean',
					description: 'Whether to return only shifts nobody is rostered to',
				},
				{
					name: 'exclude_shifts_overlapping_from_date',
					label: 'Exclude Shifts Overlapping From Date',
					type: 'boolean',
					description:
						'Whether to return only shifts starting within the range, not those that started the day before',
				},
			],
			simplify: SIMPLIFY,
		}),
		getOperation({
			action: 'Get a rostered shift',
			description: 'Retrieve a rostered shift',
			path: `${ORGANISATION_PATH}/rostered_shifts/{id}`,
			pathParams: [organisationParam, recordParam('rosteredShift', 'Rostered Shift', 'rosteredShiftId')],
			simplify: SIMPLIFY,
		}),
	],
};
