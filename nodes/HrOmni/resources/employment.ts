import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, hoursFields, length, refField, userField } from './common';

// Document: "Employment details" (hromni.txt 835–1029).
const ROLES = [
	'APPRENTICE',
	'CONTRACTOR',
	'DIRECTOR',
	'EMPLOYEE',
	'JUNIOR_EXECUTIVE',
	'MANAGER',
	'NON_EXECUTIVE_DIRECTOR',
	'OTHER',
	'SENIOR_EXECUTIVE',
	'TEAM_LEAD',
];
const label = (value: string) =>
	value
		.split('_')
		.map((word) => word.charAt(0) + word.slice(1).toLowerCase())
		.join(' ');

const fields: FieldSpec[] = [
	refField('departmentId', 'Department', 'department', 'Department the user works in'),
	{ name: 'title', type: 'string', description: 'Job title (1–60 characters)', ...length(1, 60) },
	{ name: 'role', type: 'options', options: ROLES.map((value) => ({ name: label(value), value })), default: 'EMPLOYEE' },
	// The field table says "format 'dd-mm-yyyy'" (hromni.txt 894) while the example sends
	// 2020-05-01: the field table is followed.
	{ name: 'startDate', type: 'date', dateFormat: 'dayMonthYearDash', description: 'First day of employment (sent as dd-mm-yyyy)' },
	// All seven days are required here (hromni.txt 895–901).
	...hoursFields({ weekday: '0900:1700', weekend: 'off' }),
];

const optional: FieldSpec[] = [
	{
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Full Time', value: 'FULL_TIME' },
			{ name: 'Part Time', value: 'PART_TIME' },
		],
		default: 'FULL_TIME',
	},
];

export const employment: ResourceSpec = {
	value: 'employment',
	name: 'Employment',
	description: 'Employment details of a company user: department, title, role, hours',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an employment',
			description: 'Record the employment of a company user',
			method: 'POST',
			path: `${COMPANY}/users/{userId}/employment`,
			pathParams: [companyField, userField()],
			fields,
			optional,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an employment',
			description: 'Replace the employment details of a company user',
			method: 'PUT',
			path: `${COMPANY}/users/{userId}/employment`,
			pathParams: [companyField, userField()],
			fields,
			optional,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an employment',
			description: 'Retrieve the employment details of a company user',
			method: 'GET',
			path: `${COMPANY}/users/{userId}/employment`,
			pathParams: [companyField, userField()],
		},
		{
			value: 'cease',
			name: 'Cease',
			action: 'Cease an employment',
			description: 'End the employment of a company user',
			method: 'DELETE',
			path: `${COMPANY}/users/{userId}/employment`,
			pathParams: [companyField, userField()],
			output: { deleted: true },
		},
	],
};
