import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import type { IExecuteFunctions } from 'n8n-workflow';
import type { PlannedRequest } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { COMPANY, clockTime, companyField, length, refField, userField } from './common';

// Document: "Time entries" (hromni.txt 2901–3090).
const entryField = refField('entryId', 'Time Entry', 'timeEntry', 'The time entry');
const fields: FieldSpec[] = [
	{ name: 'trackingDate', type: 'date', description: 'Day the time is tracked for' },
	{ name: 'startingTime', type: 'string', placeholder: 'e.g. 08:30', description: 'When the time started (HH:MM)', ...clockTime },
	{ name: 'isBreak', type: 'boolean', default: false, description: 'Whether this entry tracks a break' },
	{ name: 'isManual', type: 'boolean', default: true, description: 'Whether the entry is entered by hand' },
];
const optional: FieldSpec[] = [
	refField('projectId', 'Project', 'project', 'Project the time is for'),
	{ name: 'endingTime', type: 'string', placeholder: 'e.g. 12:30', description: 'When the time ended (HH:MM)', ...clockTime },
	{ name: 'note', type: 'string', description: 'Note for the entry (up to 500 characters)', ...length(0, 500) },
];

function endAfterStart(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const body = request.body ?? {};
	if (typeof body.endingTime === 'string' && typeof body.startingTime === 'string' && body.endingTime < body.startingTime) {
		throw invalidParameter(this.getNode(), itemIndex, 'Ending Time', `${body.endingTime} is before the starting time ${body.startingTime}`);
	}
}

const listFilters: FieldSpec[] = [
	{ name: 'dateFrom', type: 'date', description: 'Only entries tracked on or after this day' },
	{ name: 'dateTo', type: 'date', description: 'Only entries tracked on or before this day' },
	refField('projectId', 'Project', 'project', 'Only entries of this project'),
];
const SIMPLE = ['timeEntryId', 'trackingDate', 'startingTime', 'endingTime', 'hoursTracked', 'isBreak', 'isManual', 'note', 'user', 'project'];

export const timeEntry: ResourceSpec = {
	value: 'timeEntry',
	name: 'Time Entry',
	description: 'Tracked working and break time',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a time entry',
			description: 'Track working or break time for a user',
			method: 'POST',
			path: `${COMPANY}/time-tracking/users/{userId}/time-entries`,
			pathParams: [companyField, userField('The user who tracks the time')],
			fields,
			optional,
			prepare: endAfterStart,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a time entry',
			description: 'Replace a time entry of a user',
			method: 'PUT',
			path: `${COMPANY}/time-tracking/users/{userId}/time-entries/{entryId}`,
			pathParams: [companyField, userField('The user the entry belongs to'), entryField],
			fields,
			optional,
			prepare: endAfterStart,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a time entry',
			description: 'Delete a time entry of a user',
			method: 'DELETE',
			// hromni.txt 2998 gives `/time-tracking/projects/:entry-id:`, the project delete path
			// with an entry ID: it would address a project. The entry's own URL, the one its update
			// uses (2957), is sent instead.
			path: `${COMPANY}/time-tracking/users/{userId}/time-entries/{entryId}`,
			pathParams: [companyField, userField('The user the entry belongs to'), entryField],
			output: { deleted: true },
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many time entries',
			description: 'List the time entries of the company',
			method: 'GET',
			path: `${COMPANY}/time-tracking/time-entries`,
			pathParams: [companyField],
			list: true,
			filters: listFilters,
			simplify: SIMPLE,
			unpaginated: true,
		},
		{
			value: 'getAllForUser',
			name: 'Get Many for User',
			action: 'Get many time entries of a user',
			description: 'List the time entries of one user',
			method: 'GET',
			path: `${COMPANY}/time-tracking/users/{userId}/time-entries`,
			pathParams: [companyField, userField()],
			list: true,
			filters: listFilters,
			simplify: SIMPLE,
			unpaginated: true,
		},
	],
};
