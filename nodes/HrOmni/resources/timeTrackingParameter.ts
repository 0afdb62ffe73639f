import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField } from './common';

// Document: "Time tracking parameters" (hromni.txt 2741–2780).
export const timeTrackingParameter: ResourceSpec = {
	value: 'timeTrackingParameter',
	name: 'Time Tracking Parameter',
	description: 'Whether users may manage projects themselves',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the time tracking parameters',
			description: 'Retrieve whether users may create, update and delete projects',
			method: 'GET',
			path: `${COMPANY}/time-tracking/parameters`,
			pathParams: [companyField],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update the time tracking parameters',
			description: 'Set whether users may create, update and delete projects',
			method: 'PUT',
			path: `${COMPANY}/time-tracking/parameters`,
			pathParams: [companyField],
			fields: [{ name: 'canUserManageProject', type: 'boolean', default: true, description: 'Whether users may manage projects themselves' }],
		},
	],
};
