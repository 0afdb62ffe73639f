import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, ENABLE_DISABLE, companyField, passwordFromCredential } from './common';

// Document: "Leave management – Enable/Disable module" (hromni.txt 1266–1297).
export const leaveManagement: ResourceSpec = {
	value: 'leaveManagement',
	name: 'Leave Management',
	description: 'Switch the leave management module on or off',
	operations: [
		{
			value: 'setState',
			name: 'Enable or Disable',
			action: 'Enable or disable leave management',
			description: "Enable or disable the module; HR Omni asks for the user's password, which is taken from the credential",
			method: 'POST',
			path: `${COMPANY}/leave-management`,
			pathParams: [companyField],
			fields: [{ name: 'action', type: 'options', options: ENABLE_DISABLE, default: 'ENABLE', description: 'Whether to enable or disable the module' }],
			prepare: passwordFromCredential('password'),
		},
	],
};
