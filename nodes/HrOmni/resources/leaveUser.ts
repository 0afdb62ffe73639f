import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, range, searchFilter, userField } from './common';

// Document: "Leave management – User" (hromni.txt 1517–1768).
const fields: FieldSpec[] = [
	{
		name: 'role',
		type: 'options',
		options: [
			{ name: 'Approver', value: 'APPROVER' },
			{ name: 'User', value: 'USER' },
		],
		default: 'USER',
		description: 'Approvers can approve or decline leave requests',
	},
	{ name: 'ptoAllowance', label: 'PTO Allowance', type: 'number', default: 20, typeOptions: { minValue: 1, maxValue: 365, numberPrecision: 2 }, description: 'Paid time off days per year, 1–365', ...range(1, 365) },
];

const optional: FieldSpec[] = [
	{ name: 'canCarryOverDays', type: 'boolean', description: 'Whether unused days may be carried over' },
	{ name: 'maxCarryOverDays', type: 'number', typeOptions: { minValue: 0, maxValue: 365, numberPrecision: 2 }, description: 'Most days that may be carried over, 0–365', ...range(0, 365) },
	{ name: 'carryOverMonthsAfterYearEnd', type: 'number', typeOptions: { minValue: 1, maxValue: 11 }, description: 'Months after the leave year end in which carried-over days can be used, 1–11', ...range(1, 11, true) },
	{ name: 'canExceedPtoAllowance', label: 'Can Exceed PTO Allowance', type: 'boolean', description: 'Whether the user may book more than the allowance' },
];

const base = `${COMPANY}/leave-management/users`;

export const leaveUser: ResourceSpec = {
	value: 'leaveUser',
	name: 'Leave User',
	description: 'Users added to the leave management module and their allowances',
	operations: [
		{
			value: 'add',
			name: 'Add',
			action: 'Add a user to leave management',
			description: 'Add a company user to the leave management module',
			method: 'POST',
			path: `${base}/{userId}`,
			pathParams: [companyField, userField()],
			fields,
			optional,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get the leave settings of a user',
			description: 'Retrieve the leave settings of a user added to the module',
			method: 'GET',
			path: `${base}/{userId}`,
			pathParams: [companyField, userField()],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many leave users',
			description: 'List the users added to the leave management module',
			method: 'GET',
			path: base,
			pathParams: [companyField],
			list: true,
			filters: [searchFilter],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the leave settings of a user',
			description: 'Replace the role and allowances of a user in the leave management module',
			method: 'PUT',
			path: `${base}/{userId}`,
			pathParams: [companyField, userField()],
			fields,
			optional,
		},
		{
			value: 'remove',
			name: 'Remove',
			action: 'Remove a user from leave management',
			description: 'Remove a user from the leave management module',
			method: 'DELETE',
			path: `${base}/{userId}`,
			pathParams: [companyField, userField()],
			output: { deleted: true },
		},
	],
};
