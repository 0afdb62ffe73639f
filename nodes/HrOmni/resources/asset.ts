import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import type { Check } from './common';
import { COMPANY, companyField, length, operation, range, refField, searchFilter, userField } from './common';

// Document: "Assets & Inventory" (hromni.txt 2343–2591, 2677–2708).
const assetField = refField('assetId', 'Asset', 'asset', 'The asset');

const fields: FieldSpec[] = [
	refField('typeId', 'Asset Type', 'assetType', 'Kind of asset'),
	{ name: 'name', type: 'string', description: 'Name of the asset (1–100 characters)' },
	{ name: 'reference', type: 'string', description: 'Unique reference such as a serial number (1–50 characters)' },
	// Validation says 0–5, the comment "from 1 to 5" (hromni.txt 2377): 0–5 is accepted.
	{ name: 'condition', type: 'number', default: 5, typeOptions: { minValue: 0, maxValue: 5 }, description: 'Condition from 0 (worst) to 5 (best)' },
];

const conditionCheck: Check = { field: 'condition', ...range(0, 5, true) };
const checks: Check[] = [
	{ field: 'name', ...length(1, 100) },
	{ field: 'reference', ...length(1, 50) },
	conditionCheck,
];

export const asset: ResourceSpec = {
	value: 'asset',
	name: 'Asset',
	description: 'Company assets and inventory: create, assign, return, retire',
	operations: [
		operation({
			value: 'create',
			name: 'Create',
			action: 'Create an asset',
			description: 'Add an asset to the inventory, optionally assigned to a user',
			method: 'POST',
			path: `${COMPANY}/assets`,
			pathParams: [companyField],
			fields,
			optional: [userField('Assign the new asset to this user')],
			checks,
		}),
		operation({
			value: 'update',
			name: 'Update',
			action: 'Update an asset',
			description: 'Replace the type, name, reference and condition of an asset',
			method: 'PUT',
			path: `${COMPANY}/assets/{assetId}`,
			pathParams: [companyField, assetField],
			fields,
			checks,
		}),
		operation({
			value: 'assign',
			name: 'Assign',
			action: 'Assign an asset to a user',
			description: 'Hand an asset to a user',
			method: 'PUT',
			path: `${COMPANY}/assets/{assetId}/assign/{userId}`,
			pathParams: [companyField, assetField, userField('The user who receives the asset')],
		}),
		operation({
			value: 'return',
			name: 'Return',
			action: 'Return an asset',
			description: 'Record that an asset came back, with its condition',
			method: 'PUT',
			// hromni.txt 2427 writes `/assets/:asset-id:/returned:` — the trailing colon is a stray
			// marker (compare `/retired` at 2450): sent as `/assets/{assetId}/returned`.
			path: `${COMPANY}/assets/{assetId}/returned`,
			pathParams: [companyField, assetField],
			fields: [{ name: 'condition', type: 'number', default: 5, typeOptions: { minValue: 0, maxValue: 5 }, description: 'Condition on return, 0–5' }],
			checks: [conditionCheck],
		}),
		operation({
			value: 'retire',
			name: 'Retire',
			action: 'Retire an asset',
			description: 'Take an asset out of use',
			method: 'PUT',
			path: `${COMPANY}/assets/{assetId}/retired`,
			pathParams: [companyField, assetField],
		}),
		operation({
			value: 'get',
			name: 'Get',
			action: 'Get an asset',
			description: 'Retrieve an asset',
			method: 'GET',
			path: `${COMPANY}/assets/{assetId}`,
			pathParams: [companyField, assetField],
		}),
		operation({
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
		}),
		operation({
			value: 'getHistory',
			name: 'Get History',
			action: 'Get the history of an asset',
			description: 'List what happened to an asset, one item per event',
			method: 'GET',
			path: `${COMPANY}/assets/{assetId}/history`,
			pathParams: [companyField, assetField],
			list: true,
		}),
		operation({
			value: 'getForUser',
			name: 'Get Many for User',
			action: 'Get the assets of a user',
			description: 'List the assets assigned to a user',
			method: 'GET',
			path: `${COMPANY}/users/{userId}/assets`,
			pathParams: [companyField, userField()],
			list: true,
			unpaginated: true,
		}),
	],
};
