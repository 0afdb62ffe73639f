import { restResource } from '../../shared/operations';

// Document: "Identity document types" (humaans.txt 3300–3364). List only; each type is
// `{ id, companyId, value }`, `value` being the label (e.g. "Passport").
export const identityDocumentType = restResource({
	value: 'identityDocumentType',
	name: 'Identity Document Type',
	plural: 'identity document types',
	path: '/api/identity-document-types',
	getAll: { description: 'Retrieve the identity document types in use in the account' },
});
