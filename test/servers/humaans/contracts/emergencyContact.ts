import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { fieldInvalid } from '../replies';

const PATH = '/api/emergency-contacts';

// humaans.txt 2352–2612
export const emergencyContacts: CollectionContract = {
	path: PATH,
	list: true,
	get: true,
	delete: true,
	filters: { isPrimary: 'eq', personId: 'in' },
	create: { required: ['personId'], optional: ['name', 'email', 'phoneNumber', 'relationship', 'isPrimary'] },
	update: { optional: ['name', 'email', 'phoneNumber', 'relationship'] },
	defaults: { name: null, email: null, phoneNumber: null, formattedPhoneNumber: null, relationship: null, isPrimary: false },
	onCreate: (row, server) => {
		// humaans.txt 2354: "Up to 2 emergency contacts can be created per employee."
		const existing = [...(server as HumaansServer).table(PATH).values()].filter((c) => c.personId === row.personId);
		if (existing.length >= 2) {
			return {
				status: 422,
				body: {
					code: 422,
					name: 'ValidationError',
					message: 'Validation failed',
					issues: [{ name: 'personId', reason: 'a person can have at most 2 emergency contacts' }],
				},
			};
		}
		if (row.isPrimary !== undefined && typeof row.isPrimary !== 'boolean') {
			return fieldInvalid('isPrimary', 'must be a boolean');
		}
		// formattedPhoneNumber is server-set "for display"; the contract server keeps it equal.
		row.formattedPhoneNumber = row.phoneNumber ?? null;
		return undefined;
	},
	onUpdate: (row) => {
		row.formattedPhoneNumber = row.phoneNumber ?? null;
	},
};
