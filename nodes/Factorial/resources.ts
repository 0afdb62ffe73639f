import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { readInputFile } from '../shared/binary';
import { isRecord } from '../shared/errors';
import { performRequest } from '../shared/execute';
import { parameterName, titleCase } from '../shared/fields';
import { encodeMultipart } from '../shared/multipart';
import type { OperationOverlay, OperationSpec, PlannedRequest, ResourceSpec, SystemClient } from '../shared/operations';
import { applyOverlay } from '../shared/operations';
import { requireString } from '../shared/validation';
import { FACTORIAL_OVERLAY } from './overlays';
import { factorialSystem } from './system';
import { factorialCompanyId } from './transport';
import type { FactorialNodeGroup, FactorialOperation, FactorialResource } from './types';

/** The file parameter of the six multipart uploads. */
const requiredUpload: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field containing the file to be uploaded',
};

const optionalUpload: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: '',
	hint: 'The name of the input binary field containing the file to attach; leave empty to send no file',
};

/** Body fields as form fields: lists as one part per value, objects as JSON. */
function formFields(body: IDataObject): Record<string, string | string[]> {
	const fields: Record<string, string | string[]> = {};
	for (const [key, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value) && value.every((entry) => typeof entry !== 'object' || entry === null)) {
			fields[key.endsWith('[]') ? key : `${key}[]`] = value.map((entry) => String(entry));
		} else fields[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	return fields;
}

/**
 * Turns the spec facts of a generated operation into request hooks:
 * - PUT: the picked ID also goes into the body as `id` (quirk F-03);
 * - `company_id` left empty is filled with the credential's company (quirk F-06), after
 *   every item was validated, so bad input still fails before any request;
 * - multipart uploads read the item's file while planning and send form data.
 */
function withHooks(op: FactorialOperation): OperationSpec {
	const { bodyId, companyDefault, upload, multipart, ...spec } = op;
	const hooked: OperationSpec = { ...spec };
	const idParam = spec.pathParams?.[0];
	const previousPrepare = spec.prepare;
	if (bodyId || upload) {
		hooked.prepare = async function (this: IExecuteFunctions, planned: PlannedRequest, itemIndex: number) {
			if (bodyId && idParam) {
				const raw = this.getNodeParameter(parameterName(idParam), itemIndex, undefined, { extractValue: true });
				planned.body = { ...(planned.body ?? {}), id: requireString(this.getNode(), itemIndex, idParam.label ?? titleCase(idParam.name), raw) };
			}
			if (upload) {
				const property = String(this.getNodeParameter('binaryPropertyName', itemIndex, '') ?? '').trim();
				if (property || upload.required) planned.files = [await readInputFile(this, itemIndex, upload.field)];
			}
			await previousPrepare?.call(this, planned, itemIndex);
		};
	}
	if (upload) hooked.extraProperties = [upload.required ? requiredUpload : optionalUpload, ...(spec.extraProperties ?? [])];
	if (companyDefault || multipart) {
		const previousPerform = spec.perform;
		hooked.perform = async function (
			this: IExecuteFunctions,
			planned: PlannedRequest,
			itemIndex: number,
			client: SystemClient,
		): Promise<INodeExecutionData[]> {
			const target = companyDefault === 'qs' ? planned.qs : planned.body;
			if (companyDefault && target && (target.company_id === undefined || target.company_id === '')) {
				const company = await factorialCompanyId(this);
				if (company !== undefined) target.company_id = company;
			}
			if (previousPerform) return await previousPerform.call(this, planned, itemIndex, client);
			if (multipart) {
				const { body, contentType } = encodeMultipart(formFields(planned.body ?? {}), planned.files ?? []);
				const response = await client.request(
					this,
					{ method: planned.method, path: planned.path, qs: planned.qs, body, headers: { 'Content-Type': contentType } },
					itemIndex,
				);
				return [{ json: isRecord(response) ? response : { success: true } }];
			}
			return await performRequest(this, factorialSystem, { ...hooked, perform: undefined }, planned, itemIndex);
		};
	}
	return hooked;
}

/** The overlay entries that belong to the given resources. */
function overlayFor(resources: FactorialResource[]): OperationOverlay {
	const values = new Set(resources.map((resource) => resource.value));
	return Object.fromEntries(Object.entries(FACTORIAL_OVERLAY).filter(([key]) => values.has(key.split('.')[0])));
}

/** Generated resources with the overlays applied and the request hooks attached. */
export function factorialResources(resources: FactorialResource[]): ResourceSpec[] {
	const overlaid = applyOverlay(resources, overlayFor(resources)) as FactorialResource[];
	return overlaid.map((resource) => ({ ...resource, operations: resource.operations.map(withHooks) }));
}

export function nodeResources(group: FactorialNodeGroup): ResourceSpec[] {
	return factorialResources(group.resources);
}
