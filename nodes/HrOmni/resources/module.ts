import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField } from './common';

// Document: "Company modules state" (hromni.txt 1030–1065).
export const companyModule: ResourceSpec = {
	value: 'module',
	name: 'Module',
	description: 'Which HR Omni modules are enabled for a company',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many modules',
			description: 'List every module of the company and whether it is enabled',
			method: 'GET',
			path: `${COMPANY}/modules`,
			pathParams: [companyField],
			list: true,
			unpaginated: true,
		},
	],
};
