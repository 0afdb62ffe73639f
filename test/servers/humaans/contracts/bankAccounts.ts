import type { CollectionContract } from './types';

// humaans.txt 318–586
export const bankAccounts: CollectionContract = {
	path: '/api/bank-accounts',
	list: true,
	get: true,
	delete: true,
	filters: { personId: 'in' },
	create: {
		required: ['personId'],
		optional: ['bankName', 'nameOnAccount', 'accountNumber', 'swiftCode', 'sortCode', 'routingNumber'],
	},
	update: { optional: ['bankName', 'nameOnAccount', 'accountNumber', 'swiftCode', 'sortCode', 'routingNumber'] },
};

