import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Pay Detail" (employmenthero.txt 1433–1526).
export const payDetail: ResourceSpec = {
	value: 'payDetail',
	name: 'Pay Detail',
	operations: [
		listOperation({
			action: 'Get many pay details',
			description: 'Retrieve the pay details of an employee',
			path: `${EMPLOYEE_PATH}/pay_details`,
			pathParams: [organisationParam, employeeParam],
			simplify: ['id', 'effective_from', 'classification', 'industrial_instrument', 'pay_rate_template', 'salary', 'salary_type', 'pay_unit', 'pay_category', 'currency'],
		}),
	],
};
