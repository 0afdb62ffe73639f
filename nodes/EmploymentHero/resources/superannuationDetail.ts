import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, getOperation, organisationParam } from '../system';

// Document: "Superannuation Detail" (employmenthero.txt 1593–1662): one object per employee;
// an employee without one answers "not found".
export const superannuationDetail: ResourceSpec = {
	value: 'superannuationDetail',
	name: 'Superannuation Detail',
	operations: [
		getOperation({
			action: 'Get the superannuation detail of an employee',
			description: 'Retrieve the superannuation fund details of an employee',
			path: `${EMPLOYEE_PATH}/superannuation_detail`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
