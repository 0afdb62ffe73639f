import type { CollectionContract } from './types';

// humaans.txt 784–895: list (companyId, $sort) and retrieve; no create, update or delete.
export const compensationTypes: CollectionContract = {
	path: '/api/compensation-types',
	list: true,
	get: true,
	filters: { companyId: 'eq' },
	sort: true,
};
