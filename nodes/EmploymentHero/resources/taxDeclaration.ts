import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_PATH, employeeParam, getOperation, organisationParam } from '../system';

// Document: "Tax Declaration" (employmenthero.txt 1527–1592): one object per employee; an
// employee without one answers "not found".
export const taxDeclaration: ResourceSpec = {
	value: 'taxDeclaration',
	name: 'Tax Declaration',
	operations: [
		getOperation({
			action: 'Get the tax declaration of an employee',
			description: 'Retrieve the tax declaration of an employee',
			path: `${EMPLOYEE_PATH}/tax_declaration`,
			pathParams: [organisationParam, employeeParam],
		}),
	],
};
