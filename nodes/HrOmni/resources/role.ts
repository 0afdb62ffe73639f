import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, userField } from './common';

// Document: "Roles" (hromni.txt 1–108). The role is a path segment; its values are the table at 13–24.
export const ROLE_OPTIONS = [
	{ name: 'Administrator', value: 'admin', description: 'Full access' },
	{ name: 'Company Admin', value: 'company:admin', description: 'Full access to company data (details, departments)' },
	{ name: 'Leave Management Admin', value: 'leave-management:admin', description: 'Full access to leave management settings' },
	{ name: 'Read Only Administrator', value: 'admin:read', description: 'Read access to all sections' },
	{ name: 'Read Only Company Admin', value: 'company:read', description: 'Read access to company data only' },
	{ name: 'Read Only Leave Management Admin', value: 'leave-management:read', description: 'Read access to leave management settings' },
	{ name: 'Read Only Users Admin', value: 'users:read', description: 'Read access to company users only' },
	{ name: 'Users Admin', value: 'users:admin', description: 'Full access to company users: create, edit, invite' },
];

const roleField: FieldSpec = { name: 'role', type: 'options', options: ROLE_OPTIONS, default: 'admin', description: 'The role to give or take away' };

export const role: ResourceSpec = {
	value: 'role',
	name: 'Role',
	description: 'Access roles of company users',
	operations: [
		{
			value: 'add',
			name: 'Add',
			action: 'Add a role to a user',
			description: 'Give a company user a role (requires an administrator)',
			method: 'PUT',
			path: `${COMPANY}/users/{userId}/roles/{role}`,
			pathParams: [companyField, userField('The user who gets the role'), roleField],
		},
		{
			value: 'getForUser',
			name: 'Get for User',
			action: 'Get the roles of a user',
			description: 'List the roles a company user holds',
			method: 'GET',
			path: `${COMPANY}/users/{userId}/roles`,
			pathParams: [companyField, userField()],
			// hromni.txt 27–41: `result` is a list of role values such as "admin".
			output: { wrap: 'roles' },
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many roles',
			description: 'List every role that can be given (requires an administrator)',
			method: 'GET',
			path: `${COMPANY}/users/roles`,
			pathParams: [companyField],
			list: true,
			unpaginated: true,
		},
		{
			value: 'remove',
			name: 'Remove',
			action: 'Remove a role from a user',
			description: 'Take a role away from a company user',
			method: 'DELETE',
			path: `${COMPANY}/users/{userId}/roles/{role}`,
			pathParams: [companyField, userField('The user who loses the role'), roleField],
			output: { deleted: true },
		},
	],
};
