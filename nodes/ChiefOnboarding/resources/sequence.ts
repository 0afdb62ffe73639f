import type { ResourceSpec } from '../../shared/operations';
import { nameContainsFilter } from '../system';
import { SEQUENCES_PATH } from '../transport';

// Document: "get all sequences" (chiefonboarding.txt 35–38): { id, name }, unpaginated.
// Onboarding and offboarding sequences come in one list; the API does not say which is which.
export const sequence: ResourceSpec = {
	value: 'sequence',
	name: 'Sequence',
	description: 'Onboarding and offboarding sequences',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many sequences',
			description: 'List the sequences of the instance (ID and name), ordered by ID',
			method: 'GET',
			path: SEQUENCES_PATH,
			list: true,
			unpaginated: true,
			filters: [nameContainsFilter('name')],
		},
	],
};
