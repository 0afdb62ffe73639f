// humaans.txt 6407–6521 ("Public holiday calendars"): a list endpoint only.
import { restResource } from '../../shared/operations';

export const publicHolidayCalendar = restResource({
	value: 'publicHolidayCalendar',
	name: 'Public Holiday Calendar',
	plural: 'public holiday calendars',
	path: '/api/public-holiday-calendars',
	description: 'Public holiday calendars of countries and regions',
	getAll: {
		filters: [
			{
				name: 'id',
				operator: 'in',
				parameter: 'ids',
				label: 'Public Holiday Calendar Names or IDs',
				type: 'refList',
				ref: 'publicHolidayCalendar',
				description: 'Only these calendars.',
			},
			{
				name: 'id',
				operator: 'nin',
				parameter: 'excludedIds',
				label: 'Excluded Public Holiday Calendar Names or IDs',
				type: 'refList',
				ref: 'publicHolidayCalendar',
				description: 'Leave out these calendars.',
			},
		],
		simplify: ['id', 'name', 'country', 'countryCode', 'region', 'regionCode', 'dayCount'],
	},
});
