import type { CollectionContract } from './types';

// humaans.txt 7954–8262 ("Time away periods"): list only. The list documents no $limit /
// $skip, yet answers with { total, limit, skip, data }; the server pages it like every list.
export const timeAwayPeriod: CollectionContract = {
	path: '/api/time-away-periods',
	list: true,
	filters: { personId: 'eq', isCurrentPeriod: 'eq', isFinalPeriod: 'eq', date: 'eq' },
	// `date` sets the day balances are calculated for (humaans.txt 8174–8176); it selects no rows.
	modifiers: ['date'],
};
