import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, hoursFields, length, refField, searchFilter } from './common';

// Document: "Department" (hromni.txt 657–835).
const departmentField = refField('departmentId', 'Department', 'department', 'The department');

export const department: ResourceSpec = {
	value: 'department',
	name: 'Department',
	description: 'Departments and their working hours',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a department',
			description: 'Create a department with its working hours',
			method: 'POST',
			path: `${COMPANY}/departments`,
			pathParams: [companyField],
			fields: [{ name: 'name', type: 'string', description: 'Department name (1–150 characters)', ...length(1, 150) }],
			optional: hoursFields(),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a department',
			description: 'Replace the name and working hours of a department',
			method: 'PUT',
			path: `${COMPANY}/departments/{departmentId}`,
			pathParams: [companyField, departmentField],
			// The update table's "optional" column says YES for name and NO for the hours
			// (hromni.txt 740–751), the reverse of create's "required" column: a mislabelled
			// header, so name stays required and the hours optional, as for create.
			fields: [{ name: 'name', type: 'string', description: 'Department name (1–150 characters)', ...length(1, 150) }],
			optional: hoursFields(),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a department',
			description: 'Retrieve a department and its working hours',
			method: 'GET',
			path: `${COMPANY}/departments/{departmentId}`,
			pathParams: [companyField, departmentField],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many departments',
			description: 'List the departments of the company',
			method: 'GET',
			// hromni.txt 795 writes `/departments/?page=1&pageSize=20?search=NAME` (trailing slash,
			// second "?"): sent as `/departments?page=1&pageSize=20&search=NAME`.
			path: `${COMPANY}/departments`,
			pathParams: [companyField],
			list: true,
			filters: [searchFilter],
		},
	],
};
