import type { FieldSpec } from '../../shared/fields';
import { restResource } from '../../shared/operations';

// Document: "Document types" (humaans.txt 1893–2024). Only list, create and update are
// documented (no retrieve or delete endpoint), and `name` is required on update too (2002).
const name: FieldSpec = {
	name: 'name',
	type: 'string',
	description:
		'The label of the document type; types organise documents and control who can see them',
	placeholder: 'e.g. Employment agreement',
};

export const documentType = restResource({
	value: 'documentType',
	name: 'Document Type',
	plural: 'document types',
	path: '/api/document-types',
	idRef: 'documentType',
	getAll: {},
	create: { fields: [name] },
	update: { fields: [name], description: 'Rename a document type' },
});
