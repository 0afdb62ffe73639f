import type { IExecuteFunctions } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { emptyValueFilter } from '../queryFilters';
import type { EmptyValueFilter } from '../queryFilters';
import { personFilter } from '../system';

// Document: "Documents" (humaans.txt 2025–2351). A document belongs to a person or, with no
// person, to the whole company.

const documentTypeId: FieldSpec = {
	name: 'documentTypeId',
	label: 'Document Type',
	type: 'ref',
	ref: 'documentType',
	description: 'The document type',
};
const issueDate: FieldSpec = { name: 'issueDate', type: 'date', description: 'The date when the document was issued' };
// humaans.txt 2251–2253: `type` ("The document type.") is documented beside documentTypeId
// without saying how the two differ, so it is offered as free text.
const type: FieldSpec = { name: 'type', type: 'string', description: 'The document type' };

// humaans.txt 2136–2137: `personId string | empty`, "Pass the parameter with no value to
// retrieve company wide documents." (`$or`, 2139–2145, is not offered.)
const companyWideOnly: EmptyValueFilter = {
	field: 'personId',
	parameter: 'companyWideOnly',
	label: 'Company-Wide Only',
	description: 'Whether to return only company-wide documents (those not attached to a person)',
};

const simplify = ['id', 'personId', 'name', 'documentTypeId', 'link', 'fileId', 'file', 'issueDate', 'updatedAt'];

// humaans.txt 2064–2068: "Documents must have either a link or a file attached."
function linkOrFile(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const body = request.body ?? {};
	if (!body.link && !body.fileId) {
		throw invalidParameter(this.getNode(), itemIndex, 'Additional Fields', 'a document needs a Link or a File ID');
	}
}

export const document = restResource({
	value: 'document',
	name: 'Document',
	plural: 'documents',
	path: '/api/documents',
	idRef: 'document',
	getAll: { filters: [personFilter, emptyValueFilter(companyWideOnly)], simplify },
	get: { simplify },
	create: {
		prepare: linkOrFile,
		fields: [{ name: 'name', type: 'string', description: 'The name of the document', placeholder: 'e.g. Employment agreement 2020' }],
		optional: [
			{
				name: 'personId',
				label: 'Person',
				type: 'ref',
				ref: 'person',
				nullable: true,
				description: 'The person this document belongs to; none for a company-wide document.',
			},
			documentTypeId,
			{
				name: 'link',
				type: 'string',
				nullable: true,
				description: 'Documents must have either a link or a file attached.',
				placeholder: 'e.g. https://drive.google.com/docs/KMjibfqIQC3hiZK2tFItQetm',
			},
			{
				name: 'fileId',
				label: 'File ID',
				type: 'string',
				nullable: true,
				description: 'Documents must have either a link or a file attached. The ID of a file uploaded through the Files endpoint.',
			},
			issueDate,
			type,
		],
		description: 'Create a document from a link or an uploaded file',
	},
	// humaans.txt 2285–2301: name, documentTypeId, issueDate and type only (the example below
	// them sends `link`, which the parameter list does not include).
	update: {
		optional: [{ name: 'name', type: 'string', description: 'The name of the document' }, documentTypeId, issueDate, type],
	},
	delete: {},
});
