import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, userField } from './common';
import { datesInOrder, leaveFields } from './leaveRequest';

// Document: "Calculate PTO days" (hromni.txt 1869–1914).
export const ptoCalculation: ResourceSpec = {
	value: 'ptoCalculation',
	name: 'PTO Calculation',
	description: 'How many PTO days a leave would take, without requesting it',
	operations: [
		{
			value: 'calculate',
			name: 'Calculate',
			action: 'Calculate PTO days',
			description: 'Calculate how many PTO days a leave would take for a user',
			method: 'POST',
			path: `${COMPANY}/leave-management/users/{userId}/requests/calculate-pto`,
			pathParams: [companyField, userField('The user who would take the leave')],
			fields: leaveFields,
			prepare: datesInOrder,
		},
	],
};
