import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, range } from './common';

// Document: "Company – year start month" (hromni.txt 1471–1516).
export const leaveParameter: ResourceSpec = {
	value: 'leaveParameter',
	name: 'Leave Parameter',
	description: 'Leave year start month and working schedule of the company',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the leave parameters',
			description: 'Retrieve the leave year start month and the working schedule',
			method: 'GET',
			path: `${COMPANY}/leave-management/parameters`,
			pathParams: [companyField],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the leave parameters',
			description: 'Set the leave year start month and the working schedule',
			method: 'PUT',
			path: `${COMPANY}/leave-management/parameters`,
			pathParams: [companyField],
			fields: [
				{ name: 'yearStartMonth', type: 'number', default: 1, typeOptions: { minValue: 1, maxValue: 12 }, description: 'Month the leave year starts in, 1 (January) to 12', ...range(1, 12, true) },
				{
					name: 'workingSchedule',
					type: 'options',
					options: [
						{ name: 'Employee Schedule', value: 'EMPLOYEE_SCHEDULE' },
						{ name: 'Monday to Friday', value: 'MONDAY_TO_FRIDAY' },
					],
					default: 'MONDAY_TO_FRIDAY',
					description: 'Which days count as working days for leave',
				},
			],
		},
	],
};
