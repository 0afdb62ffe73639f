import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, length, phone, searchFilter, userField } from './common';

// Document: "Company user" (hromni.txt 259–656).
const contact = (dateOfBirth: FieldSpec): FieldSpec[] => [
	{ name: 'phone', type: 'string', description: 'Phone number, e.g. +353 83 132 4567', ...phone, ...length(1, 20) },
	{ name: 'addressLine1', label: 'Address Line 1', type: 'string', ...length(1, 100) },
	{ name: 'addressLine2', label: 'Address Line 2', type: 'string', ...length(1, 100) },
	{ name: 'city', type: 'string', ...length(1, 100) },
	{ name: 'state', type: 'string', description: 'State or county', ...length(1, 100) },
	{ name: 'postCode', type: 'string', ...length(1, 10) },
	{ name: 'country', type: 'string', placeholder: 'e.g. Ireland', ...length(1, 30) },
	dateOfBirth,
	{ name: 'nationality', type: 'string', placeholder: 'e.g. Irish', ...length(1, 30) },
];

const nameFields: FieldSpec[] = [
	{ name: 'firstName', type: 'string', ...length(1, 60) },
	{ name: 'lastName', type: 'string', ...length(1, 60) },
	{ name: 'email', type: 'email', ...length(1, 128) },
];

const RELATIONS = ['CHILD', 'FRIEND', 'NEIGHBOUR', 'OTHER', 'PARENT', 'PARTNER', 'SPAUSE'];

export const companyUser: ResourceSpec = {
	value: 'companyUser',
	name: 'Company User',
	description: 'Users of a company: personal details and emergency contact',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a company user',
			description: 'Add a user to the company, optionally sending an invitation email',
			method: 'POST',
			path: `${COMPANY}/users`,
			pathParams: [companyField],
			fields: [
				...nameFields,
				{ name: 'sendInvite', type: 'boolean', default: true, description: 'Whether to email the user an invitation' },
			],
			// Create documents the date of birth in ISO 8601 (hromni.txt 321).
			optional: contact({ name: 'dateOfBirth', type: 'date', description: 'Date of birth' }),
			// hromni.txt 294–303: `result.user` holds the new ID.
			output: { unwrap: 'user' },
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a company user',
			description: 'Replace the personal details of a company user (first name, last name and email are required)',
			method: 'PUT',
			path: `${COMPANY}/users/{userId}`,
			pathParams: [companyField, userField()],
			fields: nameFields,
			// Update documents 'dd-mm-yyyy' in its field table (hromni.txt 403), although its example
			// shows 1900-01-01: the field table is followed.
			optional: contact({ name: 'dateOfBirth', type: 'date', dateFormat: 'dayMonthYearDash', description: 'Date of birth (sent as dd-mm-yyyy)' }),
		},
		{
			value: 'setEmergencyContact',
			name: 'Set Emergency Contact',
			action: 'Set the emergency contact of a company user',
			description: 'Set or replace the emergency contact of a company user',
			method: 'PUT',
			path: `${COMPANY}/users/{userId}/emergency-contact`,
			pathParams: [companyField, userField()],
			fields: [
				{ name: 'name', type: 'string', description: 'Name of the emergency contact', ...length(1, 100) },
				{ name: 'phone', type: 'string', description: 'Phone number of the emergency contact', ...phone, ...length(1, 20) },
			],
			optional: [
				{ name: 'email', type: 'email', ...length(1, 128) },
				{
					name: 'relation',
					type: 'options',
					// The document spells the first case SPAUSE (hromni.txt 423); it is sent as spelled.
					options: RELATIONS.map((value) => ({ name: value === 'SPAUSE' ? 'Spouse' : value.charAt(0) + value.slice(1).toLowerCase(), value })),
					default: 'FRIEND',
					description: 'How the contact is related to the user',
				},
				{ name: 'address', type: 'string', ...length(1, 100) },
			],
			optionalCollection: { name: 'additionalFields', displayName: 'Additional Fields' },
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a company user',
			description: 'Retrieve the personal details and emergency contact of a company user',
			method: 'GET',
			path: `${COMPANY}/users/{userId}`,
			pathParams: [companyField, userField()],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many company users',
			description: 'List the users of the company',
			method: 'GET',
			path: `${COMPANY}/users`,
			pathParams: [companyField],
			list: true,
			filters: [searchFilter],
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a company user',
			description: 'Remove a user from the company',
			method: 'DELETE',
			path: `${COMPANY}/users/{userId}`,
			pathParams: [companyField, userField()],
			output: { deleted: true },
		},
	],
};
