import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { MultipartFile } from './multipart';
import { encodeMultipart } from './multipart';
import type { PlannedRequest, SystemClient } from './operations';
import { invalidParameter } from './validation';

/** The "Input Binary Field" / "Put Output File in Field" parameter. */
export function binaryPropertyParameter(direction: 'input' | 'output'): INodeProperties {
	return direction === 'input'
		? {
				displayName: 'Input Binary Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				required: true,
				hint: 'The name of the input binary field containing the file to be uploaded',
			}
		: {
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				required: true,
				hint: 'The name of the output binary field to put the file in',
			};
}

/** Reads the item's file during planning, so a missing file fails before any request. */
export async function readInputFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	formField: string,
): Promise<MultipartFile> {
	const property = String(ctx.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
	const item = ctx.getInputData()[itemIndex];
	const binary = item?.binary?.[property];
	if (!binary) {
		throw invalidParameter(
			ctx.getNode(),
			itemIndex,
			'Input Binary Field',
			`the item has no binary field "${property}"`,
		);
	}
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	return {
		name: formField,
		filename: binary.fileName ?? 'file',
		contentType: binary.mimeType ?? 'application/octet-stream',
		data,
	};
}

/** `perform` hook that sends the planned body fields and files as multipart/form-data. */
export async function sendMultipart(
	this: IExecuteFunctions,
	planned: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const fields: Record<string, string> = {};
	for (const [key, value] of Object.entries(planned.body ?? {})) {
		if (value === undefined || value === null) continue;
		fields[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	const { body, contentType } = encodeMultipart(fields, planned.files ?? []);
	const response = await client.request(
		this,
		{ method: planned.method, path: planned.path, qs: planned.qs, body, headers: { 'Content-Type': contentType } },
		itemIndex,
	);
	return [{ json: (response ?? {}) as IDataObject }];
}

/** An output item carrying a downloaded file. */
export async function binaryItem(
	ctx: IExecuteFunctions,
	itemIndex: number,
	data: Buffer,
	fileName: string,
	mimeType: string | undefined,
	json: IDataObject,
): Promise<INodeExecutionData> {
	const property = String(ctx.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
	const binary = await ctx.helpers.prepareBinaryData(data, fileName, mimeType);
	return { json, binary: { [property]: binary } };
}
