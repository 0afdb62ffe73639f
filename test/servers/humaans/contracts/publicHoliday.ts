import type { CollectionContract } from './types';

// humaans.txt 6522–6599 ("Public holidays"): list only; both filters are required (6562–6568).
export const publicHoliday: CollectionContract = {
	path: '/api/public-holidays',
	list: true,
	filters: { publicHolidayCalendarId: 'inNin', date: 'range' },
	requiredFilters: ['publicHolidayCalendarId', 'date'],
};
