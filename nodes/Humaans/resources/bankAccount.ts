import { restResource } from '../../shared/operations';
import type { FieldSpec } from '../../shared/fields';
import { ownerField, personsFilter } from '../system';

// Document: "Bank accounts" (humaans.txt 318–586). At most one bank account per person.
const details: FieldSpec[] = [
	{ name: 'bankName', type: 'string', nullable: true, description: 'The name of the bank.' },
	{ name: 'nameOnAccount', type: 'string', nullable: true, description: 'The name on the bank account.' },
	{ name: 'accountNumber', type: 'string', nullable: true, description: 'Bank account number.' },
	{ name: 'swiftCode', label: 'SWIFT Code', type: 'string', nullable: true, description: 'The SWIFT code of the bank account if relevant.' },
	{ name: 'sortCode', type: 'string', nullable: true, description: 'The sort code of the bank account if relevant.' },
	{ name: 'routingNumber', type: 'string', nullable: true, description: 'The routing number of the bank account if relevant.' },
];

export const bankAccount = restResource({
	value: 'bankAccount',
	name: 'Bank Account',
	plural: 'bank accounts',
	path: '/api/bank-accounts',
	idRef: 'bankAccount',
	getAll: { filters: [personsFilter] },
	get: {},
	create: {
		fields: [ownerField],
		optional: details,
	},
	update: { optional: details },
	delete: {},
});
