import type { CollectionContract } from './types';

// humaans.txt 896–1210
const PERIODS = ['annual', 'biannual', 'quarterly', 'monthly', 'biweekly', 'weekly', 'daily', 'hourly', 'fixed', 'sale'];

export const compensations: CollectionContract = {
	path: '/api/compensations',
	list: true,
	get: true,
	delete: true,
	// `$asOf` (string, date) is accepted; the server does not narrow the rows by it.
	filters: { personId: 'in', compensationTypeId: 'eq', $asOf: 'eq' },
	create: {
		required: ['personId', 'compensationTypeId', 'amount', 'period', 'effectiveDate'],
		optional: ['currency', 'note', 'endDate', 'endReason'],
	},
	update: {
		optional: ['compensationTypeId', 'amount', 'currency', 'period', 'note', 'effectiveDate', 'endDate', 'endReason'],
	},
	enums: { period: PERIODS },
	dates: ['effectiveDate', 'endDate'],
	defaults: { currency: null, note: null, endDate: null, endReason: null },
};
