import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Payslip" (employmenthero.txt 1279–1432).
export const payslip: ResourceSpec = {
	value: 'payslip',
	name: 'Payslip',
	operations: [
		listOperation({
			action: 'Get many payslips',
			description: 'Retrieve the payslips of an employee',
			path: `${EMPLOYEE_PATH}/payslips`,
			pathParams: [organisationParam, employeeParam],
			simplify: ['id', 'name', 'pay_period_starting', 'pay_period_ending', 'payment_date', 'wages', 'tax', 'super', 'total_deduction', 'net_pay'],
		}),
	],
};
