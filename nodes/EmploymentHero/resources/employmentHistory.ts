import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Employment History" (employmenthero.txt 731–788).
export const employmentHistory: ResourceSpec = {
	value: 'employmentHistory',
	name: 'Employment History',
	operations: [
		listOperation({
			action: 'Get many employment histories',
			description: 'Retrieve the complete employment history of an employee',
			path: `${EMPLOYEE_PATH}/employment_histories`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
