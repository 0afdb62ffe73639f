import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, searchFilter } from './common';

// Document: "Get employees" (hromni.txt 445–502). Several statuses are sent comma-separated.
export const employee: ResourceSpec = {
	value: 'employee',
	name: 'Employee',
	description: 'Employees of a company with their employment status',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many employees',
			description: 'List the employees of the company',
			method: 'GET',
			path: `${COMPANY}/users/employees`,
			pathParams: [companyField],
			list: true,
			filters: [
				{
					name: 'status',
					label: 'Statuses',
					type: 'multiOptions',
					options: [
						{ name: 'Active', value: 'ACTIVE' },
						{ name: 'In Termination', value: 'IN_TERMINATION' },
						{ name: 'Terminated', value: 'TERMINATED' },
					],
					default: [],
					description: 'Only employees with one of these statuses',
				},
				searchFilter,
			],
			async prepare(request) {
				if (Array.isArray(request.qs.status)) request.qs.status = (request.qs.status as string[]).join(',');
			},
		},
	],
};
