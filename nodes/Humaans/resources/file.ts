import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { binaryItem, binaryPropertyParameter, readInputFile, sendMultipart } from '../../shared/binary';
import { isRecord } from '../../shared/errors';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest, ResourceSpec, SystemClient } from '../../shared/operations';
import { downloadFromHumaans } from '../download';

// humaans.txt 3136–3298. Files have no list endpoint, so IDs are typed, not picked.
const fileId: FieldSpec = { name: 'id', parameter: 'fileId', label: 'File ID', type: 'string', placeholder: 'e.g. UJx97ZPPgz2EncFbxXIQkxEq' };

const FILE_TYPES = [
	{ name: 'Document', value: 'document' },
	{ name: 'Equipment', value: 'equipment' },
	{ name: 'Identity Document', value: 'identityDocument' },
	{ name: 'Leaving File', value: 'leavingFile' },
	{ name: 'Profile Photo', value: 'profilePhoto' },
];

async function downloadFile(
	this: IExecuteFunctions,
	planned: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const file = await client.request(this, { method: 'GET', path: planned.path }, itemIndex);
	if (!isRecord(file) || typeof file.url !== 'string') return [{ json: (file ?? {}) as IDataObject }];
	const { data, mimeType } = await downloadFromHumaans(this, client, file.url, itemIndex);
	return [await binaryItem(this, itemIndex, data, String(file.filename ?? 'file'), mimeType, file)];
}

export const file: ResourceSpec = {
	value: 'file',
	name: 'File',
	description: 'Uploaded files: profile photos and attachments of documents, equipment and offboarding',
	operations: [
		{
			value: 'create',
			name: 'Upload',
			action: 'Upload a file',
			description: 'Upload a file from binary data, to attach it to a person, document or other record',
			method: 'POST',
			path: '/api/files',
			fields: [
				{
					name: 'type',
					type: 'options',
					options: FILE_TYPES,
					default: 'document',
					description: 'What kind of resource the file will be attached to',
				},
			],
			optional: [
				{
					name: 'personId',
					label: 'Person',
					type: 'ref',
					ref: 'person',
					description: 'The person the file will be attached to. Leave unset for a company-wide document.',
				},
			],
			extraProperties: [binaryPropertyParameter('input')],
			// The document's curl uploads the file with a bare `-F @file`; the form field is named `file`.
			async prepare(planned, itemIndex) {
				planned.files = [await readInputFile(this, itemIndex, 'file')];
			},
			perform: sendMultipart,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a file',
			description: "Retrieve a file's metadata (name, type, download URL)",
			method: 'GET',
			path: '/api/files/{id}',
			pathParams: [fileId],
		},
		{
			value: 'download',
			name: 'Download',
			action: 'Download a file',
			description: 'Retrieve a file and download its content into a binary field',
			method: 'GET',
			path: '/api/files/{id}',
			pathParams: [fileId],
			extraProperties: [binaryPropertyParameter('output')],
			perform: downloadFile,
		},
	],
};
