import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { fieldInvalid as invalid } from '../replies';

type Row = Record<string, unknown>;

/**
 * humaans.txt 1473–1485: value is `string | string[] | null`; an array for multiSelect fields,
 * a date string for date fields, a string otherwise. Checked against the custom field when
 * the server knows it.
 */
function valueProblem(row: Row, server: unknown): string | undefined {
	const { value } = row;
	if (value === null) return undefined;
	const isList = Array.isArray(value) && value.every((entry) => typeof entry === 'string');
	if (typeof value !== 'string' && !isList) return 'must be a string, an array of strings or null';
	const field = (server as HumaansServer).table('/api/custom-fields').get(String(row.customFieldId));
	if (!field) return undefined;
	if (field.type === 'multiSelect' && !isList) return 'must be an array of strings for a multiSelect field';
	if (field.type !== 'multiSelect' && isList) return `must be a string for a ${String(field.type)} field`;
	if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return 'must be a date in YYYY-MM-DD format';
	return undefined;
}

// humaans.txt 1438–1703
export const customValues: CollectionContract = {
	path: '/api/custom-values',
	list: true,
	get: true,
	delete: true,
	filters: { personId: 'eq', customFieldId: 'inNin', resourceId: 'inNin', createdAt: 'range', updatedAt: 'range' },
	create: { required: ['value', 'personId', 'customFieldId'], optional: ['resourceId'] },
	update: { optional: ['value'] },
	defaults: { resourceId: null },
	onCreate: (row, server) => {
		const problem = valueProblem(row, server);
		return problem ? invalid('value', problem) : undefined;
	},
	onUpdate: (row, server) => {
		// An update cannot be refused from this hook; a wrongly typed value fails the test loudly.
		const problem = valueProblem(row, server);
		if (problem) throw new Error(`value ${problem}`);
	},
};
