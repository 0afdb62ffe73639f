import { restResource } from '../../shared/operations';
import type { FieldSpec } from '../../shared/fields';
import { ownerField, personsFilter } from '../system';

// humaans.txt 2352–2612: "Emergency contacts". Up to 2 per employee, one of them primary.
const details: FieldSpec[] = [
	{ name: 'name', type: 'string', nullable: true, description: 'The name of the emergency contact.' },
	{ name: 'email', type: 'email', nullable: true, description: 'The email of the emergency contact.' },
	{ name: 'phoneNumber', type: 'string', nullable: true, placeholder: 'e.g. +4479460000', description: 'The phone number of the emergency contact.' },
	{ name: 'relationship', type: 'string', nullable: true, description: 'The relationship of the emergency contact to the employee.' },
];

const isPrimary: FieldSpec = {
	name: 'isPrimary',
	type: 'boolean',
	description: 'Whether this is the primary emergency contact. Only one emergency contact can be primary.',
};

export const emergencyContact = restResource({
	value: 'emergencyContact',
	name: 'Emergency Contact',
	plural: 'emergency contacts',
	path: '/api/emergency-contacts',
	idRef: 'emergencyContact',
	getAll: {
		filters: [personsFilter, { ...isPrimary, description: 'Whether to return only primary (or only non-primary) emergency contacts' }],
	},
	get: {},
	create: {
		fields: [ownerField],
		optional: [...details, isPrimary],
	},
	// The update endpoint documents only these four fields; isPrimary is set at creation.
	update: { optional: details },
	delete: {},
});
