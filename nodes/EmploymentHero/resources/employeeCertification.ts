import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Employee Certification Detail" (employmenthero.txt 1179–1278).
export const employeeCertification: ResourceSpec = {
	value: 'employeeCertification',
	name: 'Employee Certification',
	operations: [
		listOperation({
			action: 'Get many employee certifications',
			description: 'Retrieve the certifications assigned to an employee',
			path: `${EMPLOYEE_PATH}/certifications`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
