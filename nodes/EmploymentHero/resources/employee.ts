import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, EMPLOYEE_SIMPLIFY, ORGANISATION_PATH, employeeParam, getOperation, listOperation, organisationParam } from '../system';

// Document: "Employee" (employmenthero.txt 311–532). The short path of "Get An Employee"
// (478: `/v1/organisations/:id`) is wrong; its curl and HTTP request lines (479, 526) give
// `/organisations/:organisation_id/employees/:id`, which is what we call.
export const employee: ResourceSpec = {
	value: 'employee',
	name: 'Employee',
	operations: [
		listOperation({
			action: 'Get many employees',
			description: 'Retrieve the employees of an organisation',
			path: `${ORGANISATION_PATH}/employees`,
			pathParams: [organisationParam],
			simplify: EMPLOYEE_SIMPLIFY,
		}),
		getOperation({
			action: 'Get an employee',
			description: 'Retrieve an employee',
			path: EMPLOYEE_PATH,
			pathParams: [organisationParam, { ...employeeParam, description: 'The employee to retrieve' }],
			simplify: EMPLOYEE_SIMPLIFY,
		}),
	],
};
