import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Bank Account" (employmenthero.txt 980–1041).
export const bankAccount: ResourceSpec = {
	value: 'bankAccount',
	name: 'Bank Account',
	operations: [
		listOperation({
			action: 'Get many bank accounts',
			description: 'Retrieve the bank accounts of an employee',
			path: `${EMPLOYEE_PATH}/bank_accounts`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
