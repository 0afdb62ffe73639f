import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { formatDate } from '../../shared/dates';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { dateRangeFilters, ownerField, personFilter } from '../system';

// humaans.txt 1438–1703: "Custom values". `value` is `string | string[] | null` (line 1473).
const VALUE_DESCRIPTION =
	'Text, a date, a person ID, or a JSON array of strings (e.g. ["a","b"]) for multi select fields';

const valueField: FieldSpec = { name: 'value', type: 'string', description: VALUE_DESCRIPTION };

const resourceIdDescription =
	'For a person’s subresource, its ID: a bank account ID (banking), an equipment ID (equipment)';

/**
 * The value as the document types it. An array (from an expression, or text that parses as a
 * JSON array) is sent as an array of strings; a date object as YYYY-MM-DD; other text as is.
 * Text that merely starts with "[" but is not JSON stays text: the document leaves open how
 * such a text value would be told apart, and a failing parse is the safer reading.
 */
function toApiValue(ctx: IExecuteFunctions, itemIndex: number, raw: unknown): unknown {
	const node = ctx.getNode();
	let value = raw;
	if (typeof value === 'string' && value.trim().startsWith('[')) {
		try {
			value = JSON.parse(value) as unknown;
		} catch {
			return raw;
		}
	}
	if (Array.isArray(value)) {
		return value.map((entry) => {
			if (typeof entry === 'string') return entry;
			if (typeof entry === 'number' || typeof entry === 'boolean') return String(entry);
			throw invalidParameter(node, itemIndex, 'Value', 'a list value must contain only text');
		});
	}
	if (DateTime.isDateTime(value) || value instanceof Date) return formatDate(node, itemIndex, 'Value', value);
	if (value !== null && typeof value === 'object' && 'toISO' in value) return formatDate(node, itemIndex, 'Value', value);
	if (value !== null && typeof value === 'object') {
		throw invalidParameter(node, itemIndex, 'Value', 'must be text or a list of text');
	}
	return value;
}

/** Replaces the text-converted value with the typed one (lists, dates). */
function typedValue(read: (ctx: IExecuteFunctions, itemIndex: number) => unknown) {
	return function (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
		if (!request.body || !('value' in request.body) || request.body.value === null) return;
		request.body.value = toApiValue(this, itemIndex, read(this, itemIndex)) as IDataObject[string];
	};
}

export const customValue = restResource({
	value: 'customValue',
	name: 'Custom Value',
	plural: 'custom values',
	path: '/api/custom-values',
	idRef: 'customValue',
	getAll: {
		filters: [
			personFilter,
			{
				name: 'customFieldId',
				operator: 'in',
				parameter: 'customFieldIds',
				label: 'Custom Field Names or IDs',
				type: 'refList',
				ref: 'customField',
				description: 'Only values of these custom fields.',
			},
			{
				name: 'customFieldId',
				operator: 'nin',
				parameter: 'excludeCustomFieldIds',
				label: 'Exclude Custom Field Names or IDs',
				type: 'refList',
				ref: 'customField',
				description: 'Only values of other custom fields than these.',
			},
			{
				name: 'resourceId',
				operator: 'in',
				parameter: 'resourceIds',
				label: 'Resource IDs',
				type: 'stringList',
				description: 'Only values belonging to these resources (bank account or equipment IDs)',
			},
			{
				name: 'resourceId',
				operator: 'nin',
				parameter: 'excludeResourceIds',
				label: 'Exclude Resource IDs',
				type: 'stringList',
				description: 'Only values not belonging to these resources',
			},
			// Documented as `date | date-time`; we send full timestamps so a time of day is kept.
			...dateRangeFilters('createdAt', 'Created At', 'dateTime'),
			...dateRangeFilters('updatedAt', 'Updated At', 'dateTime'),
		],
	},
	get: {},
	create: {
		prepare: typedValue((ctx, i) => ctx.getNodeParameter('value', i)),
		fields: [
			ownerField,
			{ name: 'customFieldId', label: 'Custom Field', type: 'ref', ref: 'customField', description: 'The custom field this value is for' },
			valueField,
		],
		optional: [{ name: 'resourceId', label: 'Resource ID', type: 'string', nullable: true, description: resourceIdDescription }],
	},
	update: { prepare: typedValue((ctx, i) => (ctx.getNodeParameter('updateFields', i, {}) as IDataObject).value), optional: [{ ...valueField, nullable: true }] },
	delete: {},
});
