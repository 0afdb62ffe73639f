import type { CollectionContract } from './types';

// humaans.txt 1893–2024: list, create and update only; `name` is required on update too (2002).
export const documentTypes: CollectionContract = {
	path: '/api/document-types',
	list: true,
	create: { required: ['name'], optional: [] },
	update: { required: ['name'], optional: [] },
	defaults: { companyId: 'T7uqPFK7am4lFTZm39AmNuay' },
};
