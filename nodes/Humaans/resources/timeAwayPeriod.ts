// humaans.txt 7954–8262 ("Time away periods"): a list endpoint only.
import { restResource } from '../../shared/operations';
import { personFilter } from '../system';

export const timeAwayPeriod = restResource({
	value: 'timeAwayPeriod',
	name: 'Time Away Period',
	plural: 'time away periods',
	path: '/api/time-away-periods',
	description: 'Allowance, accrual and balance of a person for each time off period',
	getAll: {
		// The list documents no $limit / $skip (humaans.txt 8157–8189) but answers with
		// { total, limit, skip, data } like every list, so it is paged like the others.
		filters: [
			personFilter,
			{ name: 'isCurrentPeriod', label: 'Current Period Only', type: 'boolean', default: true, description: 'Whether to return the current period only' },
			{ name: 'isFinalPeriod', label: 'Final Period Only', type: 'boolean', default: true, description: 'Whether to return the final period only' },
			{
				name: 'date',
				label: 'Calculate As Of',
				type: 'date',
				description:
					'The balances and accruals of the current period are calculated based on this date. Defaults to today.',
			},
		],
		simplify: [
			'id',
			'personId',
			'timeAwayTypeId',
			'startDate',
			'endDate',
			'isCurrentPeriod',
			'allowance',
			'accrued',
			'used',
			'balance',
		],
	},
});
