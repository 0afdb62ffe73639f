import { restResource } from '../../shared/operations';
import type { FieldSpec } from '../../shared/fields';
import { ownerField, personsFilter } from '../system';

// humaans.txt 896–1210: "Compensations".
const PERIODS = ['annual', 'biannual', 'quarterly', 'monthly', 'biweekly', 'weekly', 'daily', 'hourly', 'fixed', 'sale'];

const periodOptions = PERIODS.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value })).sort(
	(a, b) => a.name.localeCompare(b.name),
);

const compensationTypeField: FieldSpec = {
	name: 'compensationTypeId',
	label: 'Compensation Type',
	type: 'ref',
	ref: 'compensationType',
	description: 'The compensation type this compensation is related to',
};
const amountField: FieldSpec = {
	name: 'amount',
	type: 'string',
	placeholder: 'e.g. 70000 or 12.5%',
	description: 'A number (e.g. 70000 or 8.5, with a dot as decimal separator) or a percentage (e.g. 12.5%)',
};
const periodField: FieldSpec = {
	name: 'period',
	type: 'options',
	options: periodOptions,
	default: 'annual',
	description: 'The period over which this compensation amount is paid',
};
const effectiveDateField: FieldSpec = {
	name: 'effectiveDate',
	type: 'date',
	description: 'The date when this compensation took effect. Can be a past or future date.',
};

const details: FieldSpec[] = [
	{ name: 'currency', type: 'string', nullable: true, placeholder: 'e.g. EUR', description: 'Currency in 3 letter format (ISO 4217), e.g. EUR, USD, GBP, BTC.' },
	{ name: 'note', type: 'string', nullable: true, description: 'An optional note about this particular compensation entry.' },
	{
		name: 'endDate',
		type: 'date',
		nullable: true,
		description: 'Compensations of type bonus and commission can have an end date to indicate they are no longer in effect.',
	},
	{ name: 'endReason', type: 'string', nullable: true, description: 'Why the compensation was ended, when it has an end date.' },
];

const simplify = ['id', 'personId', 'compensationTypeId', 'amount', 'currency', 'period', 'effectiveDate', 'endDate'];

export const compensation = restResource({
	value: 'compensation',
	name: 'Compensation',
	plural: 'compensations',
	path: '/api/compensations',
	idRef: 'compensation',
	getAll: {
		filters: [
			personsFilter,
			{ ...compensationTypeField, description: 'Only compensations of this compensation type' },
			{
				name: '$asOf',
				parameter: 'asOf',
				label: 'As Of',
				type: 'date',
				description:
					'Only one compensation of each type per employee: the one that was in effect on this date',
			},
		],
		simplify,
	},
	get: { simplify },
	create: {
		fields: [
			ownerField,
			compensationTypeField,
			amountField,
			periodField,
			effectiveDateField,
		],
		optional: details,
	},
	update: {
		optional: [compensationTypeField, amountField, periodField, effectiveDateField, ...details],
	},
	delete: {},
});
