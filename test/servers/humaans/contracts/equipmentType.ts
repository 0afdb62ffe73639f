import type { CollectionContract } from './types';

// humaans.txt 3059–3135: list only, no filters.
export const equipmentTypes: CollectionContract = {
	path: '/api/equipment-types',
	list: true,
};
