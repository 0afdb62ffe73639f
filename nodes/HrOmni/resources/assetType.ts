import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, length, refField } from './common';

// Document: "Create asset type" … "List types" (hromni.txt 2592–2676).
const nameField = { name: 'name', type: 'string' as const, description: 'Name of the asset type (1–50 characters)', ...length(1, 50) };

export const assetType: ResourceSpec = {
	value: 'assetType',
	name: 'Asset Type',
	description: 'Kinds of assets (laptop, software…)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an asset type',
			description: 'Create an asset type',
			method: 'POST',
			path: `${COMPANY}/assets/types`,
			pathParams: [companyField],
			fields: [nameField],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an asset type',
			description: 'Rename an asset type',
			method: 'PUT',
			path: `${COMPANY}/assets/types/{typeId}`,
			pathParams: [companyField, refField('typeId', 'Asset Type', 'assetType', 'The asset type')],
			fields: [nameField],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many asset types',
			description: 'List the asset types of the company',
			method: 'GET',
			path: `${COMPANY}/assets/types`,
			pathParams: [companyField],
			list: true,
			unpaginated: true,
		},
	],
};
