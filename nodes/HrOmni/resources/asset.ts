import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, length, range, refField, searchFilter, userField } from './common';

// Document: "Assets & Inventory" (hromni.txt 2343–2591, 2677–2708).
const assetField = refField('assetId', 'Asset', 'asset', 'The asset');

const fields: FieldSpec[] = [
	refField('typeId', 'Asset Type', 'assetType', 'Kind of asset'),
	{ name: 'name', type: 'string', description: 'Name of the asset (1–100 characters)', ...length(1, 100) },
	{ name: 'reference', type: 'string', description: 'Unique reference such as a serial number (1–50 characters)', ...length(1, 50) },
	// Validation says 0–5, the comment "from 1 to 5" (hromni.txt 2377): 0–5 is accepted.
	{ name: 'condition', type: 'number', default: 5, typeOptions: { minValue: 0, maxValue: 5 }, description: 'Condition from 0 (worst) to 5 (best)', ...range(0, 5, true) },
];

export const asset: ResourceSpec = {
	value: 'asset',
	name: 'Asset',
	description: 'Company assets and inventory: create, assign, return, retire',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an asset',
			description: 'Add an asset to the inventory, optionally assigned to a user',
			method: 'POST',
			path: `${COMPANY}/assets`,
			pathParams: [companyField],
			fields,
			optional: [userField('Assign the new asset to this user')],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an asset',
			description: 'Replace the type, name, reference and condition of an asset',
			method: 'PUT',
			path: `${COMPANY}/assets/{assetId}`,
			pathParams: [companyField, assetField],
			fields,
		},
		{
			value: 'assign',
			name: 'Assign',
			action: 'Assign an asset to a user',
			description: 'Hand an asset to a user',
			method: 'PUT',
			path: `${COMPANY}/assets/{assetId}/assign/{userId}`,
			pathParams: [companyField, assetField, userField('The user who receives the asset')],
		},
		{
			value: 'return',
			name: 'Return',
			action: 'Return an asset',
			description: 'Record that an asset came back, with its condition',
			method: 'PUT',
			// hromni.txt 2427 writes `/assets/:asset-id:/returned:` — the trailing colon is a stray
			// marker (compare `/retired` at 2450): sent as `/assets/{assetId}/returned`.
			path: `${COMPANY}/assets/{assetId}/returned`,
			pathParams: [companyField, assetField],
			fields: [{ name: 'condition', type: 'number', default: 5, typeOptions: { minValue: 0, maxValue: 5 }, description: 'Condition on return, 0–5', ...range(0, 5, true) }],
		},
		{
			value: 'retire',
			name: 'Retire',
			action: 'Retire an asset',
			description: 'Take an asset out of use',
			method: 'PUT',
			path: `${COMPANY}/assets/{assetId}/retired`,
			pathParams: [companyField, assetField],
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an asset',
			description: 'Retrieve an asset',
			method: 'GET',
			path: `${COMPANY}/assets/{assetId}`,
			pathParams: [companyField, assetField],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many assets',
			description: 'List the assets of the company',
			method: 'GET',
			path: `${COMPANY}/assets`,
			pathParams: [companyField],
			list: true,
			filters: [
				{ ...searchFilter, description: 'Name or reference of the asset' },
				refField('typeId', 'Asset Type', 'assetType', 'Only assets of this type'),
				{
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Assigned', value: 'ASSIGNED' },
						{ name: 'Available', value: 'AVAILABLE' },
						{ name: 'Retired', value: 'RETIRED' },
					],
					default: 'AVAILABLE',
					description: 'Only assets with this status',
				},
			],
		},
		{
			value: 'getHistory',
			name: 'Get History',
			action: 'Get the history of an asset',
			description: 'List what happened to an asset, one item per event',
			method: 'GET',
			path: `${COMPANY}/assets/{assetId}/history`,
			pathParams: [companyField, assetField],
			list: true,
		},
		{
			value: 'getForUser',
			name: 'Get Many for User',
			action: 'Get the assets of a user',
			description: 'List the assets assigned to a user',
			method: 'GET',
			path: `${COMPANY}/users/{userId}/assets`,
			pathParams: [companyField, userField()],
			list: true,
			unpaginated: true,
		},
	],
};
