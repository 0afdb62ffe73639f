import type { CollectionContract } from './types';

// humaans.txt 2978–3058: list only, filtered by equipment type.
export const equipmentNames: CollectionContract = {
	path: '/api/equipment-names',
	list: true,
	filters: { type: 'eq' },
};
