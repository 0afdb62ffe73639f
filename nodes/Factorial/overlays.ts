import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { binaryItem, binaryPropertyParameter } from '../shared/binary';
import { isRecord } from '../shared/errors';
import type { FieldSpec } from '../shared/fields';
import type { OperationOverlay, OperationSpec, PlannedRequest, SystemClient } from '../shared/operations';
import { documentsDocument } from './generated/documentsDocument';
import type { FactorialResource } from './types';

/**
 * Hand-written changes to generated operations, keyed `resource.operation` (see
 * applyOverlay). Each entry says why; the quirk numbers refer to docs/quirks/factorial.md.
 */

function operation(resource: FactorialResource, value: string): OperationSpec {
	const op = resource.operations.find((candidate) => candidate.value === value);
	if (!op) throw new Error(`Overlay: ${resource.value} has no operation ${value}`);
	return op;
}

/** Moves required fields of a generated operation to its optional collection. */
function optionalize(resource: FactorialResource, value: string, names: string[]): Partial<OperationSpec> {
	const op = operation(resource, value);
	const moved: FieldSpec[] = [];
	const fields = (op.fields ?? []).filter((field) => {
		if (!names.includes(field.name)) return true;
		moved.push(field);
		return false;
	});
	if (moved.length !== names.length) throw new Error(`Overlay: ${resource.value}.${value} lacks one of ${names.join(', ')}`);
	return { fields, optional: [...(op.optional ?? []), ...moved] };
}

const fileNameOf = (url: string, id: unknown): string => {
	try {
		const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
		if (last) return last;
	} catch {
		// not a URL: fall through to the ID
	}
	return `document-${String(id ?? 'file')}`;
};

/**
 * Documents › Download URL › Create Many answers `[{ id, url }]` ("temporal document url").
 * With Download Files on, each URL is fetched into the output binary field, without the
 * credential: the file host is not Factorial's API.
 */
async function downloadDocuments(
	this: IExecuteFunctions,
	planned: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const answer = await client.request(this, planned, itemIndex);
	const records = (Array.isArray(answer) ? answer : isRecord(answer) ? [answer] : []).filter(isRecord) as IDataObject[];
	const download = this.getNodeParameter('downloadFiles', itemIndex, false) as boolean;
	if (!download) return records.map((json) => ({ json }));
	const items: INodeExecutionData[] = [];
	for (const record of records) {
		const url = typeof record.url === 'string' ? record.url : '';
		if (!url) {
			items.push({ json: record });
			continue;
		}
		const response = (await client.request(
			this,
			{ method: 'GET', path: '', url, binary: true, anonymous: true, fullResponse: true },
			itemIndex,
		)) as { body: Buffer; headers?: IDataObject };
		const type = response.headers?.['content-type'];
		const data = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body as ArrayBuffer);
		items.push(await binaryItem(this, itemIndex, data, fileNameOf(url, record.id), typeof type === 'string' ? type.split(';')[0] : undefined, record));
	}
	return items;
}

export const FACTORIAL_OVERLAY: OperationOverlay = {
	'downloadUrl.bulkCreate': {
		// Sentence case keeps acronyms only in capitals: "URLs" would read as miscased.
		action: 'Create many download links',
		description: 'Create temporary download URLs for documents, and optionally download the files',
		extraProperties: [
			{
				displayName: 'Download Files',
				name: 'downloadFiles',
				type: 'boolean',
				default: false,
				description: 'Whether to download each document into a binary field of its output item',
			},
			{ ...binaryPropertyParameter('output'), displayOptions: { show: { downloadFiles: [true] } } },
		],
		perform: downloadDocuments,
	},
	// A plain upload has no signees (quirk F-07): the list is optional.
	'document.create': optionalize(documentsDocument, 'create', ['signee_ids[]']),
};
