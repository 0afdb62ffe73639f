import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, ENABLE_DISABLE, companyField, passwordFromCredential } from './common';

// Document: "Time Tracking – Enable/Disable module" (hromni.txt 2709–2740).
export const timeTracking: ResourceSpec = {
	value: 'timeTracking',
	name: 'Time Tracking',
	description: 'Switch the time tracking module on or off',
	operations: [
		{
			value: 'setState',
			name: 'Enable or Disable',
			action: 'Enable or disable time tracking',
			description: "Enable or disable the module; HR Omni asks for the user's password, which is taken from the credential",
			method: 'POST',
			path: `${COMPANY}/time-tracking`,
			pathParams: [companyField],
			fields: [{ name: 'action', type: 'options', options: ENABLE_DISABLE, default: 'ENABLE', description: 'Whether to enable or disable the module' }],
			prepare: passwordFromCredential('password'),
		},
	],
};
