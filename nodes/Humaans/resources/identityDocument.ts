import type { FieldSpec } from '../../shared/fields';
import { restResource } from '../../shared/operations';
import { ownerField, personFilter } from '../system';

// Document: "Identity documents" (humaans.txt 3365–3709).
const typeDescription =
	'The type of identity document, e.g. Passport, Driving License or Visa (any value is allowed)';

const details: FieldSpec[] = [
	{
		name: 'number',
		type: 'string',
		nullable: true,
		description: 'The number of the identification document as specified on the document.',
	},
	{
		name: 'countryCode',
		type: 'string',
		nullable: true,
		description: 'Country of issue code in ISO 3166-2 format, e.g. GB for United Kingdom.',
		placeholder: 'e.g. GB',
	},
	{ name: 'expiryDate', type: 'date', nullable: true, description: 'Expiry date of the document.' },
	{ name: 'note', type: 'string', nullable: true, description: 'An optional note about the identity document.' },
	{
		name: 'verifiedBy',
		label: 'Verified By',
		type: 'ref',
		ref: 'person',
		nullable: true,
		description: 'The person that verified the legitimacy of this identity document.',
	},
];

const fileIdDescription = 'The ID of the file attached to this identity document (uploaded through the Files endpoint)';

const simplify = ['id', 'personId', 'type', 'number', 'countryCode', 'expiryDate', 'fileId', 'isVerified', 'updatedAt'];

export const identityDocument = restResource({
	value: 'identityDocument',
	name: 'Identity Document',
	plural: 'identity documents',
	path: '/api/identity-documents',
	idRef: 'identityDocument',
	// humaans.txt 3477: `personId string` (no $in).
	getAll: { filters: [personFilter], simplify },
	get: { simplify },
	create: {
		// humaans.txt 3563–3591: personId, type and fileId are required.
		fields: [
			ownerField,
			{ name: 'type', type: 'string', description: typeDescription, placeholder: 'e.g. Passport' },
			{ name: 'fileId', label: 'File ID', type: 'string', description: fileIdDescription },
		],
		optional: details,
	},
	update: {
		optional: [
			{ name: 'type', type: 'string', description: typeDescription, placeholder: 'e.g. Passport' },
			{ name: 'fileId', label: 'File ID', type: 'string', description: fileIdDescription },
			...details,
		],
	},
	delete: {},
});
