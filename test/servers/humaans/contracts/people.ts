import type { CollectionContract } from './types';

// humaans.txt 4926–6406 (fields are completed with the People resource)
export const people: CollectionContract = {
	path: '/api/people',
	list: true,
	get: true,
	delete: true,
	filters: { email: 'eq', status: 'in', createdAt: 'range', updatedAt: 'range' },
	defaultFilter: { status: 'active' },
	matchAll: { status: 'all' },
	create: { required: ['firstName', 'lastName', 'email'], optional: [] },
	update: { optional: [] },
};

