import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, refField, userField, yearField } from './common';

// Document: "User leave summary" and "List users leave summary" (hromni.txt 1676–1753).

export const leaveSummary: ResourceSpec = {
	value: 'leaveSummary',
	name: 'Leave Summary',
	description: 'PTO booked, requested and carried over per user and year',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the leave summary of a user',
			description: 'Retrieve the PTO summary of one user',
			method: 'GET',
			path: `${COMPANY}/leave-management/users/{userId}/leave-summary`,
			pathParams: [companyField, userField()],
			optional: [yearField],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many leave summaries',
			description: 'List the PTO summaries of the users in the leave management module',
			method: 'GET',
			path: `${COMPANY}/leave-management/users/leave-summary`,
			pathParams: [companyField],
			list: true,
			filters: [
				yearField,
				// The URL example names it departmentId (hromni.txt 1707), the parameter table
				// "department" (1751): departmentId is sent, as on the other leave lists.
				refField('departmentId', 'Department', 'department', 'Only users of this department'),
			],
		},
	],
};
