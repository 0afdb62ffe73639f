import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Emergency Contact" (employmenthero.txt 789–854).
export const emergencyContact: ResourceSpec = {
	value: 'emergencyContact',
	name: 'Emergency Contact',
	operations: [
		listOperation({
			action: 'Get many emergency contacts',
			description: 'Retrieve the emergency contacts of an employee',
			path: `${EMPLOYEE_PATH}/emergency_contacts`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
