import type { ResourceSpec } from '../../shared/operations';

// Document: "Country list" (hromni.txt 3504–3540).
export const country: ResourceSpec = {
	value: 'country',
	name: 'Country',
	description: 'Countries HR Omni supports (no login needed)',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many countries',
			description: 'List the supported countries, or every country',
			method: 'GET',
			path: '/countries',
			list: true,
			filters: [{ name: 'showAll', type: 'boolean', default: true, description: 'Whether to list every country instead of only those companies can register in' }],
			unpaginated: true,
		},
	],
};
