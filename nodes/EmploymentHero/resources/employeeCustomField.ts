import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Employee Custom Field" (employmenthero.txt 1845–1920). `value` is a string for
// free_text fields and a list of `{ id, value }` options for select fields.
export const employeeCustomField: ResourceSpec = {
	value: 'employeeCustomField',
	name: 'Employee Custom Field',
	operations: [
		listOperation({
			action: 'Get many employee custom fields',
			description: 'Retrieve the custom field values of an employee',
			path: `${EMPLOYEE_PATH}/custom_fields`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
