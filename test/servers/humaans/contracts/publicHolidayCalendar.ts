import type { CollectionContract } from './types';

// humaans.txt 6407–6521 ("Public holiday calendars"): list only.
export const publicHolidayCalendar: CollectionContract = {
	path: '/api/public-holiday-calendars',
	list: true,
	filters: { id: 'inNin' },
};
