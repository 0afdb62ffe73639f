import type { CollectionContract } from './types';

type Row = Record<string, unknown>;

const minutesOf = (time: unknown) => {
	const match = typeof time === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time) : null;
	return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
};

/** humaans.txt 9046–9048 and 9065–9068: `duration` is `{ hours, minutes }` from start to end. */
function withDuration(row: Row): undefined {
	const start = minutesOf(row.startTime);
	const end = minutesOf(row.endTime);
	row.duration = start !== undefined && end !== undefined && end >= start
		? { hours: Math.floor((end - start) / 60), minutes: (end - start) % 60 }
		: null;
	return undefined;
}

// humaans.txt 9009–9268
export const timesheetEntries: CollectionContract = {
	path: '/api/timesheet-entries',
	list: true,
	get: true,
	delete: true,
	// 9080–9098: personId; `date` with the comparison operators (9077: "more complex filter
	// conditions"); `endTime string | empty`; `id` as an object filter with `$in`.
	filters: { personId: 'eq', date: 'range', endTime: 'eq', id: 'object' },
	create: { required: ['personId', 'date', 'startTime'], optional: ['endTime'] },
	update: { optional: ['date', 'startTime', 'endTime'] },
	dates: ['date'],
	defaults: { endTime: null },
	onCreate: withDuration,
	onUpdate: withDuration,
};
