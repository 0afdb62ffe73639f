import { restResource } from '../../shared/operations';
import type { FieldSpec } from '../../shared/fields';

// humaans.txt 1211–1437: "Custom fields".
// The type enum is listed (line 1246); the document's examples show `"type": "Laptop"`, which
// is not one of the listed values, so we follow the list. Sections are not enumerated
// (employment, diversity, banking and equipment appear in the text), so section is free text.
const typeOptions = [
	{ name: 'Date', value: 'date' },
	{ name: 'Link', value: 'link' },
	{ name: 'Long Text', value: 'longText' },
	{ name: 'Multi Select', value: 'multiSelect' },
	{ name: 'Person', value: 'person' },
	{ name: 'Select', value: 'select' },
	{ name: 'Text', value: 'text' },
];

const TYPE_DESCRIPTION =
	'Custom field type. If section is diversity, this is limited to text, select and multi select.';
const SECTION_DESCRIPTION = 'The profile section where the custom field will appear in';

const configField: FieldSpec = {
	name: 'config',
	type: 'json',
	default: '{}',
	description:
		'Type-specific settings, e.g. { "autocomplete": true } for text or { "choices": ["a"] } for select',
};

export const customField = restResource({
	value: 'customField',
	name: 'Custom Field',
	plural: 'custom fields',
	path: '/api/custom-fields',
	idRef: 'customField',
	getAll: {
		filters: [
			{
				name: 'section',
				operator: 'in',
				parameter: 'sections',
				label: 'Sections',
				type: 'stringList',
				description: 'Only custom fields in any of these profile sections',
			},
			{
				name: 'section',
				operator: 'nin',
				parameter: 'excludeSections',
				label: 'Exclude Sections',
				type: 'stringList',
				description: 'Only custom fields in none of these profile sections',
			},
			{
				name: 'type',
				operator: 'in',
				parameter: 'types',
				label: 'Types',
				type: 'multiOptions',
				options: typeOptions,
				description: 'Only custom fields of any of these types',
			},
			{
				name: 'type',
				operator: 'nin',
				parameter: 'excludeTypes',
				label: 'Exclude Types',
				type: 'multiOptions',
				options: typeOptions,
				description: 'Only custom fields of none of these types',
			},
		],
	},
	get: {},
	create: {
		fields: [
			{ name: 'name', type: 'string', description: 'The name of the custom field' },
			{ name: 'section', type: 'string', placeholder: 'e.g. employment', description: SECTION_DESCRIPTION },
			{ name: 'type', type: 'options', options: typeOptions, default: 'text', description: TYPE_DESCRIPTION },
		],
		optional: [configField],
	},
	update: {
		optional: [{ name: 'name', type: 'string', description: 'The name of the custom field' }, configField],
	},
	delete: {},
});
