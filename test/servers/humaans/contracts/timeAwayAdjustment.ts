import type { Reply } from '../../base';
import type { CollectionContract } from './types';
import { validationFailed as invalid } from '../replies';

// humaans.txt 7277–7555 ("Time away adjustments")
type Row = Record<string, unknown>;

/** `deltaAmount number` (humaans.txt 7441): a JSON number, not a numeric string. */
function checkAmount(row: Row): Reply | undefined {
	if (row.deltaAmount !== undefined && typeof row.deltaAmount !== 'number') {
		return invalid([{ name: 'deltaAmount', reason: 'must be a number' }]);
	}
	return undefined;
}

export const timeAwayAdjustment: CollectionContract = {
	path: '/api/time-away-adjustments',
	list: true,
	get: true,
	delete: true,
	filters: { personId: 'in', date: 'range' },
	sort: ['date', 'createdAt'],
	create: { required: ['personId', 'date', 'reason', 'timeAwayTypeId'], optional: ['deltaAmount', 'unit', 'validUntil'] },
	update: { optional: ['date', 'deltaAmount', 'unit', 'reason', 'validUntil', 'timeAwayTypeId'] },
	dates: ['date', 'validUntil'],
	defaults: { validUntil: null },
	onCreate: checkAmount,
	onUpdate: checkAmount,
};
