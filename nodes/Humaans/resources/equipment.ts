import { restResource } from '../../shared/operations';
import type { FieldSpec } from '../../shared/fields';
import { ownerField, personFilter } from '../system';

// humaans.txt 2613–2977: "Equipment".
const typeField: FieldSpec = {
	name: 'type',
	type: 'string',
	placeholder: 'e.g. Laptop',
	description: 'The type of the equipment (see the Equipment Type resource for the types in use)',
};
const nameField: FieldSpec = {
	name: 'name',
	type: 'string',
	placeholder: 'e.g. MacBook Pro (13-inch, 2017)',
	description: 'The name / model of the equipment',
};
const issueDateField: FieldSpec = { name: 'issueDate', type: 'date', description: 'The date when the equipment was issued' };

const details: FieldSpec[] = [
	{ name: 'serialNumber', type: 'string', nullable: true, description: 'The serial number.' },
	{ name: 'cost', type: 'string', nullable: true, placeholder: 'e.g. 1299.99', description: 'Cost, the fraction should be separated with a dot.' },
	{ name: 'currency', type: 'string', nullable: true, placeholder: 'e.g. EUR', description: 'Currency in 3 letter format (ISO 4217), e.g. EUR, USD, GBP, BTC.' },
	{ name: 'note', type: 'string', nullable: true, description: 'Any additional notes.' },
	// No list endpoint for files (humaans.txt 3136–3298), so the attachment is given by ID.
	{ name: 'fileId', label: 'File ID', type: 'string', nullable: true, description: 'A file attachment: the ID of a file uploaded with the File resource.' },
	{
		name: 'receiptDate',
		type: 'date',
		nullable: true,
		description: 'The date when the equipment was received by the employee, if different from issue date.',
	},
	{ name: 'collectionDate', type: 'date', nullable: true, description: 'The date when the equipment was collected from the employee.' },
];

const simplify = ['id', 'personId', 'type', 'name', 'serialNumber', 'cost', 'currency', 'issueDate', 'receiptDate', 'collectionDate'];

export const equipment = restResource({
	value: 'equipment',
	name: 'Equipment',
	plural: 'equipment',
	path: '/api/equipment',
	idRef: 'equipment',
	getAll: { filters: [personFilter], simplify },
	get: { simplify },
	create: {
		fields: [
			ownerField,
			typeField,
			nameField,
			issueDateField,
		],
		optional: details,
	},
	update: { optional: [typeField, nameField, issueDateField, ...details] },
	delete: {},
});
