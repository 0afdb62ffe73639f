import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import type { ErrorBodyReader } from './errors';
import { isRecord, throwOnErrorResponse } from './errors';
import type { FieldSpec, RefCatalogue } from './fields';
import { collectionProperty, fieldProperty, parameterName, readField, setPath, titleCase } from './fields';
import type { PageReader, PagingStyle } from './pagination';
import { listPaginator, returnAllOrLimit } from './pagination';
import { invalidParameter, pathSegment } from './validation';

/** Query operators a list filter can use; how they are spelled is the system's business. */
export type FilterOperator = 'eq' | 'in' | 'nin' | 'gt' | 'gte' | 'lt' | 'lte';

export interface FilterSpec extends FieldSpec {
	operator?: FilterOperator;
}

/**
 * One endpoint as an n8n operation. Path parameters are written `{name}` in `path`;
 * required `fields` become top-level parameters, `optional` ones go into a collection.
 */
export interface OperationSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	path: string;
	pathParams?: FieldSpec[];
	fields?: FieldSpec[];
	optional?: FieldSpec[];
	/** Defaults: "Additional Fields" for create, "Update Fields" for PATCH/PUT, "Options" otherwise. */
	optionalCollection?: { name: string; displayName: string };
	filters?: FilterSpec[];
	/** Paginated list: adds Return All / Limit and runs the system's paginator. */
	list?: boolean;
	/** Keys kept when the user turns on Simplify. */
	simplify?: string[];
	/** Where fields are sent; by default the body for POST/PATCH/PUT and the query otherwise. */
	send?: 'body' | 'qs';
	/** PATCH without any field is refused before the request. */
	requireUpdate?: boolean;
	/** Extra editor parameters for this operation (read by its own preSend/postReceive). */
	extraProperties?: INodeProperties[];
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
}

export interface ResourceSpec {
	value: string;
	name: string;
	description?: string;
	operations: OperationSpec[];
}

/** What a declarative system shares across all of its resources. */
export interface DeclarativeSystem {
	refs: RefCatalogue;
	readError: ErrorBodyReader;
	paging: PagingStyle;
	readPage: PageReader;
	/** How a filter is written in the query string, e.g. `startDate[$gte]`. */
	queryKey: (name: string, operator: FilterOperator) => string;
}

function collectionFor(op: OperationSpec): { name: string; displayName: string } {
	if (op.optionalCollection) return op.optionalCollection;
	if (op.method === 'POST') return { name: 'additionalFields', displayName: 'Additional Fields' };
	if (op.method === 'PATCH' || op.method === 'PUT') return { name: 'updateFields', displayName: 'Update Fields' };
	return { name: 'options', displayName: 'Options' };
}

function sendTarget(op: OperationSpec): 'body' | 'qs' {
	return op.send ?? (['POST', 'PATCH', 'PUT'].includes(op.method) ? 'body' : 'qs');
}

export function simplifyItem(item: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in item) out[key] = item[key];
	return out;
}

function wantsSimplify(ctx: IExecuteSingleFunctions, op: OperationSpec): boolean {
	return !!op.simplify && (ctx.getNodeParameter('simplify', false) as boolean);
}

/** Reads, validates and places every parameter of the operation; runs before any request. */
export function buildRequest(system: DeclarativeSystem, op: OperationSpec): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		let url = op.path;
		for (const param of op.pathParams ?? []) {
			const raw = this.getNodeParameter(parameterName(param), undefined, { extractValue: true });
			const label = param.displayName ?? titleCase(param.name);
			url = url.replace(`{${param.name}}`, pathSegment(node, itemIndex, label, raw));
		}
		requestOptions.url = url;

		const payload: IDataObject = {};
		for (const field of op.fields ?? []) {
			const raw = this.getNodeParameter(parameterName(field), undefined, { extractValue: true });
			const value = readField(node, itemIndex, field, raw, true);
			if (value !== undefined) setPath(payload, field.name, value);
		}
		let optionalCount = 0;
		if (op.optional?.length) {
			const collection = collectionFor(op);
			const values = this.getNodeParameter(collection.name, {}) as IDataObject;
			for (const field of op.optional) {
				const key = parameterName(field);
				if (!(key in values)) continue;
				const value = readField(node, itemIndex, field, values[key], false);
				if (value === undefined) continue;
				setPath(payload, field.name, value);
				optionalCount++;
			}
			if (op.requireUpdate && optionalCount === 0 && !(op.fields ?? []).length) {
				throw invalidParameter(node, itemIndex, collection.displayName, 'add at least one field to update');
			}
		}
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		if (op.filters?.length) {
			const values = this.getNodeParameter('filters', {}) as IDataObject;
			for (const filter of op.filters) {
				const key = parameterName(filter);
				if (!(key in values)) continue;
				const value = readField(node, itemIndex, filter, values[key], false);
				if (value === undefined || value === null) continue;
				if (Array.isArray(value) && value.length === 0) continue;
				// "Any of one value" is plain equality, and unambiguous in every query syntax.
				const single = filter.operator === 'in' && Array.isArray(value) && value.length === 1;
				const operator = single ? 'eq' : (filter.operator ?? 'eq');
				qs[system.queryKey(filter.name, operator)] = (single ? (value as unknown[])[0] : value) as IDataObject[string];
			}
		}
		if (sendTarget(op) === 'body') {
			requestOptions.body = { ...(isRecord(requestOptions.body) ? requestOptions.body : {}), ...payload };
			requestOptions.qs = qs;
		} else {
			requestOptions.qs = { ...qs, ...payload };
			if (op.method === 'GET' || op.method === 'DELETE') delete requestOptions.body;
		}
		return requestOptions;
	};
}

function simplifyStep(op: OperationSpec): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		_response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (!wantsSimplify(this, op)) return items;
		return items.map((item) => ({ ...item, json: simplifyItem(item.json, op.simplify ?? []) }));
	};
}

/** The operation dropdown entry, with its routing. */
function operationOption(system: DeclarativeSystem, op: OperationSpec): INodePropertyOptions {
	const postReceive: PostReceiveAction[] = [throwOnErrorResponse(system.readError)];
	if (!op.list && op.simplify) postReceive.push(simplifyStep(op));
	postReceive.push(...(op.postReceive ?? []));
	return {
		name: op.name,
		value: op.value,
		action: op.action,
		description: op.description,
		routing: {
			request: { method: op.method, url: op.path },
			send: { preSend: [buildRequest(system, op), ...(op.preSend ?? [])] },
			output: { postReceive },
			...(op.list
				? {
						operations: {
							pagination: listPaginator(system.paging, system.readPage, function (items) {
								return wantsSimplify(this, op) ? items.map((item) => simplifyItem(item, op.simplify ?? [])) : items;
							}),
						},
					}
				: {}),
		},
	};
}

function operationProperties(system: DeclarativeSystem, resource: ResourceSpec, op: OperationSpec): INodeProperties[] {
	const show = { resource: [resource.value], operation: [op.value] };
	const props: INodeProperties[] = [];
	for (const field of [...(op.pathParams ?? []), ...(op.fields ?? [])]) {
		props.push({ ...fieldProperty(field, system.refs, true), displayOptions: { show } });
	}
	props.push(...(op.extraProperties ?? []).map((p) => ({ ...p, displayOptions: { show: { ...show, ...(p.displayOptions?.show ?? {}) } } })));
	if (op.list) props.push(...returnAllOrLimit(show));
	if (op.filters?.length) {
		props.push({ ...collectionProperty('filters', 'Filters', op.filters, system.refs, 'Add Filter'), displayOptions: { show } });
	}
	if (op.optional?.length) {
		const collection = collectionFor(op);
		props.push({
			...collectionProperty(collection.name, collection.displayName, op.optional, system.refs),
			displayOptions: { show },
		});
	}
	if (op.simplify) {
		props.push({
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			displayOptions: { show },
			description: 'Whether to return a simplified version of the response instead of the raw data',
		});
	}
	return props;
}

/** Everything the node description needs for one resource. */
export function describeResource(system: DeclarativeSystem, resource: ResourceSpec) {
	const operations = [...resource.operations].sort((a, b) => a.name.localeCompare(b.name));
	const operationSelector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: operations.map((op) => operationOption(system, op)),
		default: operations.find((op) => op.value === 'getAll')?.value ?? operations[0].value,
	};
	return {
		option: { name: resource.name, value: resource.value, description: resource.description },
		properties: [operationSelector, ...resource.operations.flatMap((op) => operationProperties(system, resource, op))],
	};
}

/** The `resource` dropdown and every resource's properties, in n8n's alphabetical order. */
export function describeResources(system: DeclarativeSystem, resources: ResourceSpec[]): INodeProperties[] {
	const described = resources.map((resource) => describeResource(system, resource));
	const sorted = [...described].sort((a, b) => a.option.name.localeCompare(b.option.name));
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sorted.map((d) => d.option),
			default: sorted[0].option.value,
		},
		...described.flatMap((d) => d.properties),
	];
}

/** A REST resource with the usual `/things` and `/things/{id}` endpoints. */
export interface RestResourceDef {
	value: string;
	/** Singular display name, e.g. "Bank Account". */
	name: string;
	/** Plural, lower case, e.g. "bank accounts". */
	plural: string;
	path: string;
	description?: string;
	/** Ref used to pick the record in get/update/delete; a plain ID field when absent. */
	idRef?: string;
	/** ID placeholder shown in "By ID" mode and plain ID fields. */
	idPlaceholder?: string;
	getAll?: { filters?: FilterSpec[]; simplify?: string[]; description?: string; extraProperties?: INodeProperties[] };
	get?: { simplify?: string[]; description?: string };
	create?: { fields?: FieldSpec[]; optional?: FieldSpec[]; description?: string };
	update?: { fields?: FieldSpec[]; optional?: FieldSpec[]; description?: string };
	delete?: { description?: string };
	/** Further operations of this resource (downloads, actions). */
	extra?: OperationSpec[];
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

export function restResource(def: RestResourceDef): ResourceSpec {
	const singular = def.name.toLowerCase();
	const a = `${article(singular)} ${singular}`;
	const idField: FieldSpec = def.idRef
		? { name: 'id', parameter: `${def.value}Id`, displayName: def.name, type: 'ref', ref: def.idRef }
		: { name: 'id', parameter: `${def.value}Id`, displayName: `${def.name} ID`, type: 'string', placeholder: def.idPlaceholder };
	const itemPath = `${def.path}/{id}`;
	const ops: OperationSpec[] = [];
	if (def.getAll) {
		ops.push({
			value: 'getAll',
			name: 'Get Many',
			action: `Get many ${def.plural}`,
			description: def.getAll.description ?? `Retrieve a list of ${def.plural}`,
			method: 'GET',
			path: def.path,
			list: true,
			filters: def.getAll.filters,
			simplify: def.getAll.simplify,
			extraProperties: def.getAll.extraProperties,
		});
	}
	if (def.get) {
		ops.push({
			value: 'get',
			name: 'Get',
			action: `Get ${a}`,
			description: def.get.description ?? `Retrieve ${a} by ID`,
			method: 'GET',
			path: itemPath,
			pathParams: [idField],
			simplify: def.get.simplify,
		});
	}
	if (def.create) {
		ops.push({
			value: 'create',
			name: 'Create',
			action: `Create ${a}`,
			description: def.create.description ?? `Create ${a}`,
			method: 'POST',
			path: def.path,
			fields: def.create.fields,
			optional: def.create.optional,
		});
	}
	if (def.update) {
		ops.push({
			value: 'update',
			name: 'Update',
			action: `Update ${a}`,
			description: def.update.description ?? `Update ${a}`,
			method: 'PATCH',
			path: itemPath,
			pathParams: [idField],
			fields: def.update.fields,
			optional: def.update.optional,
			requireUpdate: true,
		});
	}
	if (def.delete) {
		ops.push({
			value: 'delete',
			name: 'Delete',
			action: `Delete ${a}`,
			description: def.delete.description ?? `Permanently delete ${a}`,
			method: 'DELETE',
			path: itemPath,
			pathParams: [idField],
		});
	}
	ops.push(...(def.extra ?? []));
	return { value: def.value, name: def.name, description: def.description, operations: ops };
}
