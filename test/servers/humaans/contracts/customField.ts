import type { CollectionContract } from './types';
import { fieldInvalid as invalid } from '../replies';

// humaans.txt 1211–1437. Section and type cannot be changed after creation (update lists
// only name and config).

// humaans.txt 1248: config is an object.
function configProblem(row: Record<string, unknown>) {
	const { config } = row;
	return config !== null && (typeof config !== 'object' || Array.isArray(config)) ? invalid('config', 'must be an object') : undefined;
}

export const customFields: CollectionContract = {
	path: '/api/custom-fields',
	list: true,
	get: true,
	delete: true,
	filters: { section: 'inNin', type: 'inNin' },
	create: { required: ['name', 'section', 'type'], optional: ['config'] },
	update: { optional: ['name', 'config'] },
	enums: { type: ['text', 'longText', 'select', 'multiSelect', 'date', 'person', 'link'] },
	defaults: { config: {} },
	onUpdate: (row) => {
		// An update cannot be refused from this hook; a non-object config fails the test loudly.
		if (configProblem(row)) throw new Error('config must be an object');
	},
	onCreate: (row) => {
		// humaans.txt 1246: "If section is diversity, this is limited to text, select, multiSelect".
		if (row.section === 'diversity' && !['text', 'select', 'multiSelect'].includes(String(row.type))) {
			return invalid('type', 'must be one of text, select, multiSelect for section diversity');
		}
		return configProblem(row);
	},
};
