import type { Reply } from '../../base';
import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { validationFailed as invalid } from '../replies';

// humaans.txt 6600–7276 ("Time away")
type Row = Record<string, unknown>;

/** A 422 error object (humaans.txt 181–261). */
const FIELDS = ['startPeriod', 'endPeriod', 'note', 'workingFromLocationId', 'requestStatus', 'reviewNote'];

/** `x=a` or `x[$in]=a&x[$in]=b` as the list of accepted values. */
function wantedValues(condition: unknown): string[] {
	if (condition !== null && typeof condition === 'object' && '$in' in condition) {
		const list = (condition as { $in: unknown }).$in;
		return (Array.isArray(list) ? list : [list]).map(String);
	}
	return [String(condition)];
}

/** The type's name and whether it is time off come from the time away type (humaans.txt 6646–6652). */
function fromType(row: Row, server: unknown): Reply | undefined {
	// "Defaults to full" (humaans.txt 6632, 6640): null resets the period.
	if (row.startPeriod === null) row.startPeriod = 'full';
	if (row.endPeriod === null) row.endPeriod = 'full';
	const type = (server as HumaansServer).table('/api/time-away-types').get(String(row.timeAwayTypeId));
	if (!type) return invalid([{ name: 'timeAwayTypeId', reason: 'not found' }]);
	row.name = type.name;
	row.isTimeOff = type.category === 'timeOff';
	return undefined;
}

export const timeAway: CollectionContract = {
	path: '/api/time-away',
	list: true,
	get: true,
	delete: true,
	// `$or` (humaans.txt 6838–6868) is not evaluated by this server nor sent by the node, so it is refused rather than ignored.
	filters: { personId: 'in', personStatus: 'in', startDate: 'range', endDate: 'range', timeAwayTypeId: 'eq', requestStatus: 'in' },
	sort: ['startDate', 'endDate', 'createdAt'],
	computedFilters: {
		// The status of the person the entry belongs to (people statuses, humaans.txt 5400).
		personStatus: (rows, condition, server) => {
			const people = (server as HumaansServer).table('/api/people');
			const wanted = wantedValues(condition);
			return rows.filter((row) => wanted.includes(String(people.get(String(row.personId))?.status)));
		},
	},
	create: { required: ['personId', 'startDate', 'endDate', 'timeAwayTypeId'], optional: FIELDS },
	update: { optional: ['startDate', 'endDate', 'timeAwayTypeId', ...FIELDS] },
	enums: { startPeriod: ['full', 'am', 'pm'], endPeriod: ['full', 'am'], requestStatus: ['pending', 'approved', 'declined'] },
	dates: ['startDate', 'endDate'],
	// "Will be approved if time away approvals are not required" (humaans.txt 6694).
	defaults: { startPeriod: 'full', endPeriod: 'full', note: null, workingFromLocationId: null, requestStatus: 'approved', reviewNote: null },
	onCreate: (row, server) => {
		row.requestedBy = (server as HumaansServer).me.id;
		return fromType(row, server);
	},
	onUpdate: (row, server) => fromType(row, server),
};
