import type { ResourceSpec } from '../../shared/operations';
import { API } from '../transport';
import { getOperation, listOperation } from '../system';

// Document: "Organisation" (employmenthero.txt 190–310).
export const organisation: ResourceSpec = {
	value: 'organisation',
	name: 'Organisation',
	operations: [
		listOperation({
			action: 'Get many organisations',
			description: 'Retrieve the organisations managed by you or the organisation you work for',
			path: `${API}/organisations`,
			pathParams: [],
		}),
		getOperation({
			action: 'Get an organisation',
			description: 'Retrieve an organisation with its details',
			path: `${API}/organisations/{organisationId}`,
			pathParams: [
				{ name: 'organisationId', label: 'Organisation', type: 'ref', ref: 'organisation', description: 'The organisation to retrieve' },
			],
			simplify: ['id', 'name', 'phone', 'country', 'primary_address', 'time_zone', 'employees_count', 'active_employees_count', 'created_at'],
		}),
	],
};
