import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import type { ErrorBodyReader } from './errors';
import type { FieldSpec, RefCatalogue } from './fields';
import type { MultipartFile } from './multipart';
import { collectionProperty, fieldProperty, withArticle } from './fields';
import type { PageReader, PagingStyle } from './pagination';
import type { ApiRequest } from './request';
import { returnAllOrLimit } from './pagination';
import { requestOptionsProperty } from './requestOptions';

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
	/** Shown under the operation in the dropdown; omit when the action says it all. */
	description?: string;
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
	/** Extra editor parameters for this operation (read by its `prepare` / `perform` hooks). */
	extraProperties?: INodeProperties[];
	/** Adjusts the built request for one item (still before any request is sent). */
	prepare?: (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) => Promise<void> | void;
	/** Replaces the standard send for operations that upload, download or chain calls. */
	perform?: (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number, client: SystemClient) => Promise<INodeExecutionData[]>;
}

/** A request built and validated from one item's parameters, not yet sent. */
export interface PlannedRequest {
	method: IHttpRequestMethods;
	path: string;
	qs: IDataObject;
	body?: IDataObject;
	/** For lists: how many records the user asked for (Infinity = Return All). */
	wanted?: number;
	simplify?: boolean;
	/** Files read from the item's binary data during planning (uploads). */
	files?: MultipartFile[];
}

/** How a system sends one request; errors come back as NodeApiError with the system's message. */
export interface SystemClient {
	request(
		ctx: IExecuteFunctions,
		request: ApiRequest,
		itemIndex: number,
	): Promise<unknown>;
}

export interface ResourceSpec {
	value: string;
	name: string;
	description?: string;
	operations: OperationSpec[];
}

/** What a system shares across all of its resources. */
export interface SystemSpec {
	/** The system's name as users know it (named in errors, e.g. a list that never ends). */
	name: string;
	refs: RefCatalogue;
	client: SystemClient;
	readError: ErrorBodyReader;
	paging: PagingStyle;
	readPage: PageReader;
	/** How a filter is written in the query string, e.g. `startDate[$gte]`. */
	queryKey: (name: string, operator: FilterOperator) => string;
}

export function collectionFor(op: OperationSpec): { name: string; displayName: string } {
	if (op.optionalCollection) return op.optionalCollection;
	if (op.method === 'POST') return { name: 'additionalFields', displayName: 'Additional Fields' };
	if (op.method === 'PATCH' || op.method === 'PUT') return { name: 'updateFields', displayName: 'Update Fields' };
	return { name: 'options', displayName: 'Options' };
}

export function sendTarget(op: OperationSpec): 'body' | 'qs' {
	return op.send ?? (['POST', 'PATCH', 'PUT'].includes(op.method) ? 'body' : 'qs');
}

export function simplifyItem(item: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = {};
	for (const key of keys) if (key in item) out[key] = item[key];
	return out;
}

function operationProperties(system: SystemSpec, resource: ResourceSpec, op: OperationSpec): INodeProperties[] {
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
export function describeResource(system: SystemSpec, resource: ResourceSpec) {
	const operations = [...resource.operations].sort((a, b) => a.name.localeCompare(b.name));
	const defaultOperation = operations.find((op) => op.value === 'getAll')?.value ?? operations[0].value;
	const operationSelector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: operations.map(
			(op): INodePropertyOptions => ({
				name: op.name,
				value: op.value,
				action: op.action,
				...(op.description ? { description: op.description } : {}),
			}),
		),
		default: defaultOperation,
	};
	return {
		option: { name: resource.name, value: resource.value, description: resource.description },
		properties: [operationSelector, ...resource.operations.flatMap((op) => operationProperties(system, resource, op))],
	};
}

/** The `resource` dropdown, every resource's properties (in n8n's alphabetical order) and Request Options. */
export function describeResources(system: SystemSpec, resources: ResourceSpec[]): INodeProperties[] {
	const described = resources.map((resource) => describeResource(system, resource));
	const sorted = [...described].sort((a, b) => a.option.name.localeCompare(b.option.name));
	const defaultResource = sorted[0].option.value;
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sorted.map((d) => d.option),
			default: defaultResource,
		},
		...described.flatMap((d) => d.properties),
		requestOptionsProperty(),
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

export function restResource(def: RestResourceDef): ResourceSpec {
	const singular = def.name.toLowerCase();
	const a = withArticle(singular);
	const idField: FieldSpec = def.idRef
		? { name: 'id', parameter: `${def.value}Id`, label: def.name, type: 'ref', ref: def.idRef }
		: { name: 'id', parameter: `${def.value}Id`, label: `${def.name} ID`, type: 'string', placeholder: def.idPlaceholder };
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

/**
 * Hand-written additions to generated (plain-data) resources, keyed `resource.operation`:
 * each entry is merged into that operation. A key that matches no operation is an error,
 * so an overlay cannot silently outlive the operation it was written for.
 */
export type OperationOverlay = Record<string, Partial<OperationSpec>>;

export function applyOverlay(resources: ResourceSpec[], overlay: OperationOverlay): ResourceSpec[] {
	const unused = new Set(Object.keys(overlay));
	const result = resources.map((resource) => ({
		...resource,
		operations: resource.operations.map((op) => {
			const key = `${resource.value}.${op.value}`;
			if (!(key in overlay)) return op;
			unused.delete(key);
			return { ...op, ...overlay[key] };
		}),
	}));
	if (unused.size) throw new Error(`Overlay entries match no operation: ${[...unused].join(', ')}`);
	return result;
}

/**
 * Merges properties that are identical but for the resources and operations they are shown
 * for: first across the operations of one resource, then across resources shown for the
 * same operations. Each merge keeps the exact set of (resource, operation) pairs, since
 * `displayOptions.show` is AND across keys and OR within a list. Shrinks descriptions with
 * many resources (one Return All for every list instead of one per list).
 */
export function shareProperties(properties: INodeProperties[]): INodeProperties[] {
	const pass = (input: INodeProperties[], key: 'operation' | 'resource', other: 'resource' | 'operation') => {
		const out: INodeProperties[] = [];
		const index = new Map<string, number>();
		for (const property of input) {
			const show = property.displayOptions?.show;
			const mergeable =
				property.name !== 'operation' &&
				property.name !== 'resource' &&
				show &&
				Array.isArray(show[key]) &&
				Array.isArray(show[other]) &&
				!property.displayOptions?.hide;
			if (!mergeable) {
				out.push(property);
				continue;
			}
			const { [key]: merged, ...rest } = show;
			const signature = JSON.stringify({ ...property, displayOptions: { show: rest } });
			const at = index.get(signature);
			if (at === undefined) {
				index.set(signature, out.length);
				out.push(property);
				continue;
			}
			const target = out[at];
			const values = target.displayOptions?.show?.[key] as string[];
			const union = [...values, ...(merged as string[]).filter((value) => !values.includes(value))];
			out[at] = { ...target, displayOptions: { show: { ...target.displayOptions?.show, [key]: union } } };
		}
		return out;
	};
	return pass(pass(properties, 'operation', 'resource'), 'resource', 'operation');
}
