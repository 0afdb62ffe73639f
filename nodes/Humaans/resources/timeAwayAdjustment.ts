// humaans.txt 7277–7555 ("Time away adjustments")
import type { FieldSpec } from '../../shared/fields';
import { restResource } from '../../shared/operations';
import { dateRangeFilters, ownerField, personsFilter } from '../system';
import { sortFilter } from './timeAway';

const timeAwayTypeId: FieldSpec = {
	name: 'timeAwayTypeId',
	label: 'Time Away Type',
	type: 'ref',
	ref: 'timeAwayType',
	description: 'The time away type this record is attached to',
};

const deltaAmount: FieldSpec = {
	name: 'deltaAmount',
	type: 'number',
	description: 'The time that should be added to the allowance. A negative number reduces the allowance.',
};

// The document names no unit values; its example uses "days", so a free string is kept.
const unit: FieldSpec = { name: 'unit', type: 'string', placeholder: 'e.g. days', description: 'The unit of the time away adjustment.' };

const validUntil: FieldSpec = { name: 'validUntil', type: 'date', nullable: true, description: 'The date when the adjustment expires.' };

export const timeAwayAdjustment = restResource({
	value: 'timeAwayAdjustment',
	name: 'Time Away Adjustment',
	plural: 'time away adjustments',
	path: '/api/time-away-adjustments',
	idRef: 'timeAwayAdjustment',
	description: 'One-off days added to or removed from a time off balance',
	getAll: {
		filters: [
			personsFilter,
			// The document describes `date` here as "Filter by end date"; it filters the adjustment date.
			...dateRangeFilters('date', 'Date'),
			sortFilter('date', 'Date'),
			sortFilter('createdAt', 'Created At'),
		],
	},
	get: {},
	create: {
		fields: [
			ownerField,
			timeAwayTypeId,
			{ name: 'date', type: 'date', description: 'The date when the adjustment was granted' },
			{ name: 'reason', type: 'string', description: 'A note describing the reason for this adjustment' },
		],
		// deltaAmount is not marked required in the document's create parameters (humaans.txt 7441).
		optional: [deltaAmount, unit, validUntil],
	},
	update: {
		optional: [
			{ name: 'date', type: 'date', description: 'The date when the adjustment was granted.' },
			deltaAmount,
			unit,
			{ name: 'reason', type: 'string', description: 'A note describing the reason for this adjustment.' },
			validUntil,
			{ ...timeAwayTypeId, description: 'The time away type this adjustment is attached to.' },
		],
	},
	delete: {},
});
