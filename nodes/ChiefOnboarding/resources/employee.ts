import type { ResourceSpec } from '../../shared/operations';
import { emailFilter, nameContainsFilter } from '../system';
import { EMPLOYEES_PATH } from '../transport';

// Document: "Getting all employees" (chiefonboarding.txt 31–34). The endpoint returns every
// user (any role) as { id, first_name, last_name, email }, ordered by id, unpaginated.
export const employee: ResourceSpec = {
	value: 'employee',
	name: 'Employee',
	description: 'Users of the instance (all roles)',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many employees',
			description: 'List the users of the instance (ID, name and email), ordered by ID',
			method: 'GET',
			path: EMPLOYEES_PATH,
			list: true,
			unpaginated: true,
			filters: [emailFilter, nameContainsFilter('first_name', 'last_name')],
		},
	],
};
