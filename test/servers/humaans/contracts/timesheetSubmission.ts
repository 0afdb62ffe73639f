import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';

type Row = Record<string, unknown>;

/** Last day of the month that `date` (YYYY-MM-DD) falls in. */
function endOfMonth(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** humaans.txt 9322–9328: the time and days of the person's entries in the month. */
function durations(row: Row, server: HumaansServer) {
	const entries = [...server.table('/api/timesheet-entries').values()].filter(
		(entry) =>
			entry.personId === row.personId &&
			String(entry.date) >= String(row.startDate) &&
			String(entry.date) <= String(row.endDate),
	);
	let minutes = 0;
	for (const entry of entries) {
		const duration = entry.duration as { hours: number; minutes: number } | null;
		if (duration) minutes += duration.hours * 60 + duration.minutes;
	}
	row.durationAsTime = { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
	row.durationAsDays = new Set(entries.map((entry) => entry.date)).size;
}

// humaans.txt 9269–9549
export const timesheetSubmissions: CollectionContract = {
	path: '/api/timesheet-submissions',
	list: true,
	get: true,
	delete: true,
	// 9362–9371: personId and startDate, with the comparison operators for the date.
	filters: { personId: 'eq', startDate: 'range' },
	create: { required: ['personId', 'startDate'], optional: [] },
	// 9492–9498: status is required on update.
	update: { required: ['status'], optional: ['changesRequested'] },
	enums: { status: ['pending', 'approved', 'rejected'] },
	dates: ['startDate'],
	defaults: { status: 'pending', reviewedBy: null, reviewedAt: null, changesRequested: null },
	onCreate: (row, server) => {
		row.endDate = endOfMonth(String(row.startDate));
		row.submittedAt = new Date().toISOString();
		durations(row, server as HumaansServer);
		return undefined;
	},
	onUpdate: (row, server) => {
		// The server's choice: approving or rejecting records the token's user as the reviewer.
		const reviewed = row.status === 'approved' || row.status === 'rejected';
		row.reviewedBy = reviewed ? (server as HumaansServer).me.id : null;
		row.reviewedAt = reviewed ? new Date().toISOString() : null;
	},
};
