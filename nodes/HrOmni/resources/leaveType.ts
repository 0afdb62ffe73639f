import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, hexColour, length, range, refField } from './common';

// Document: "Leave type" (hromni.txt 1298–1470).
const leaveTypeField = refField('leaveTypeId', 'Leave Type', 'leaveType', 'The leave type');

const fields: FieldSpec[] = [
	{ name: 'name', type: 'string', description: 'Name of the leave type (2–100 characters)', ...length(2, 100) },
	{
		name: 'approvalType',
		type: 'options',
		options: [
			{ name: 'Auto Approve', value: 'AUTO_APPROVE' },
			{ name: 'Manual', value: 'MANUAL' },
		],
		default: 'MANUAL',
		description: 'Whether requests of this type need an approver',
	},
];

const optional: FieldSpec[] = [
	{ name: 'shortDescription', type: 'string', description: 'Up to 150 characters', ...length(1, 150) },
	{ name: 'takesFromPto', label: 'Takes From PTO', type: 'boolean', description: 'Whether days taken are deducted from the PTO allowance' },
	{ name: 'hideFromCalendar', type: 'boolean', description: "Whether leave of this type is hidden from the company's leave calendar" },
	{ name: 'paymentPercentage', type: 'number', typeOptions: { minValue: 0, maxValue: 100 }, description: 'Share of pay during the leave, 0–100', ...range(0, 100, true) },
	{ name: 'color', type: 'string', placeholder: 'e.g. #65EE7B', description: 'HEX colour shown in the calendar', ...hexColour },
];

export const leaveType: ResourceSpec = {
	value: 'leaveType',
	name: 'Leave Type',
	description: 'Kinds of leave (holiday, sick leave…) of the leave management module',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a leave type',
			description: 'Create a leave type',
			method: 'POST',
			path: `${COMPANY}/leave-management/leave-types`,
			pathParams: [companyField],
			fields,
			optional,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a leave type',
			description: 'Replace the settings of a leave type',
			method: 'PUT',
			path: `${COMPANY}/leave-management/leave-types/{leaveTypeId}`,
			pathParams: [companyField, leaveTypeField],
			fields,
			optional,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a leave type',
			description: 'Retrieve a leave type',
			method: 'GET',
			path: `${COMPANY}/leave-management/leave-types/{leaveTypeId}`,
			pathParams: [companyField, leaveTypeField],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many leave types',
			description: 'List the leave types of the company',
			method: 'GET',
			path: `${COMPANY}/leave-management/leave-types`,
			pathParams: [companyField],
			list: true,
			unpaginated: true,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a leave type',
			description: 'Delete a leave type',
			method: 'DELETE',
			path: `${COMPANY}/leave-management/leave-types/{leaveTypeId}`,
			pathParams: [companyField, leaveTypeField],
			output: { deleted: true },
		},
	],
};
