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
import { collectionProperty, fieldProperty, sentences, withArticle } from './fields';
import type { PageReader, PagingStyle } from './pagination';
import type { ApiRequest } from './request';
import { returnAllOrLimit } from './pagination';
import { requestOptionsProperty } from './requestOptions';

/** Query operators a list filter can use; how they are spelled is the system's business. */
export type FilterOperator = 'eq' | 'in' | 'nin' | 'gt' | 'gte' | 'lt' | 'lte';

export interface FilterSpec extends FieldSpec {
	operator?: FilterOperator;
	/** `in` documented as a list only (an object filter): one value is still sent as a list. */
	listOnly?: boolean;
	/**
	 * A filter the API cannot apply: the executor keeps the records of an `unpaginated` list
	 * for which this returns true, and never sends the value.
	 */
	match?: (record: IDataObject, value: unknown) => boolean;
	/**
	 * A boolean filter for a parameter documented as `string | empty`: on, it sends `name=`
	 * (records where the field is unset); off, nothing.
	 */
	emptyValue?: boolean;
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
	/** A list the API returns whole: one request, then Return All / Limit applied locally. */
	unpaginated?: boolean;
	/** How the answer becomes items; the executor applies it, so no `perform` hook is needed. */
	output?: OutputSpec;
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

/**
 * Output shapes the executor applies to an answer. Without any, an object is one item, an
 * array is one item per entry (plain values as `{ value }`) and an empty answer `{ success: true }`.
 */
export interface OutputSpec {
	/** The property of the answer that holds the result, e.g. `user` for `{ user: {...} }`. */
	unwrap?: string;
	/** A delete: the answer becomes n8n's `{ deleted: true }` (with the API's message, if any). */
	deleted?: boolean;
	/** The (unwrapped) answer becomes one item under this key, e.g. `{ roles: [...] }` for a list of values. */
	wrap?: string;
	/** The answer is not output (it only sets a cookie, say): one `{ success: true }` item. */
	ignoreBody?: boolean;
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
	/** Filters the executor applies to the records itself (`FilterSpec.match`), with their values. */
	localFilters?: Array<{ match: NonNullable<FilterSpec['match']>; value: unknown }>;
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
	/**
	 * How many single-record GETs (one per input item, no list, no hook) may be in flight at
	 * once; 1 or absent sends them one after another. Only for stateless credentials: a
	 * session or token refresh must not race.
	 */
	concurrentGets?: number;
}

export function collectionFor(op: OperationSpec): { name: string; displayName: string } {
	if (op.optionalCollection) return op.optionalCollection;
	if (op.method === 'POST') return { name: 'additionalFields', displayName: 'Additional Fields' };
	if (op.method === 'PATCH' || op.method === 'PUT') return { name: 'updateFields', displayName: 'Update Fields' };
	return { name: 'options', displayName: 'Options' };
}

/** Whether an operation changes an existing record, so an emptied nullable field clears it. */
export function isUpdate(op: OperationSpec): boolean {
	return op.method === 'PATCH' || op.method === 'PUT';
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
			...collectionProperty(collection.name, collection.displayName, op.optional, system.refs, 'Add Field', isUpdate(op)),
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
				...(op.description ? { description: sentences(op.description) } : {}),
			}),
		),
		default: defaultOperation,
	};
	return {
		option: { name: resource.name, value: resource.value, description: sentences(resource.description) },
		operationSelector,
		operations: resource.operations.map((op) => ({ value: op.value, properties: operationProperties(system, resource, op) })),
	};
}

/** Which resource a default picks: the one named, else the alphabetically first. */
export interface DescribeOptions {
	defaultResource?: string;
}

/**
 * The `resource` dropdown, every resource's properties (in n8n's alphabetical order) and
 * Request Options.
 * A property identical across several resource/operation pairs is emitted once (see
 * `shareProperties`), which keeps descriptions small for the editor and AI-tool copies.
 */
export function describeResources(system: SystemSpec, resources: ResourceSpec[], options: DescribeOptions = {}): INodeProperties[] {
	const described = resources.map((resource) => describeResource(system, resource));
	const sorted = [...described].sort((a, b) => a.option.name.localeCompare(b.option.name));
	const defaultResource = options.defaultResource ?? sorted[0].option.value;
	if (!described.some((d) => d.option.value === defaultResource)) {
		throw new Error(`Default resource "${defaultResource}" is not a resource of this node`);
	}
	const sequences: PairSequence[] = described.flatMap((d) =>
		d.operations.map((op) => ({
			resource: d.option.value,
			operation: op.value,
			properties: [d.operationSelector, ...op.properties],
		})),
	);
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sorted.map((d) => d.option),
			default: defaultResource,
		},
		...shareProperties(mergeCollections(sequences)),
		requestOptionsProperty(),
	];
}

/**
 * One resource's operations often offer nearly the same collection (Create and Create New
 * Hire, say). Such collections become one, whose options that only some of the operations
 * have are shown for those (`/operation`); options are merged only when they are identical.
 */
function mergeCollections(sequences: PairSequence[]): PairSequence[] {
	const candidates = new Map<string, Array<{ pair: number; position: number }>>();
	sequences.forEach((sequence, pair) =>
		sequence.properties.forEach((property, position) => {
			const show = property.displayOptions?.show;
			if (property.type !== 'collection' || !show?.operation) return;
			const { options: _options, displayOptions, ...rest } = property;
			const { operation: _operation, ...otherConditions } = show;
			const key = JSON.stringify([sequence.resource, rest, { ...displayOptions, show: otherConditions }]);
			if (!candidates.has(key)) candidates.set(key, []);
			candidates.get(key)?.push({ pair, position });
		}),
	);
	const result = sequences.map((sequence) => ({ ...sequence, properties: [...sequence.properties] }));
	for (const places of candidates.values()) {
		if (places.length < 2) continue;
		const merged = mergedCollection(places.map(({ pair, position }) => [sequences[pair].operation, sequences[pair].properties[position]]));
		if (!merged) continue;
		for (const { pair, position } of places) result[pair].properties[position] = merged;
	}
	return result;
}

/** The union of several operations' collections, or undefined when they do not overlap enough to pay. */
function mergedCollection(collections: Array<[string, INodeProperties]>): INodeProperties | undefined {
	const byName = new Map<string, { option: INodeProperties; json: string; operations: string[] }>();
	for (const [operation, collection] of collections) {
		for (const option of (collection.options ?? []) as INodeProperties[]) {
			if (option.displayOptions) return undefined;
			const json = JSON.stringify(option);
			const known = byName.get(option.name);
			if (known && known.json !== json) return undefined;
			if (known) known.operations.push(operation);
			else byName.set(option.name, { option, json, operations: [operation] });
		}
	}
	const all = collections.map(([operation]) => operation);
	const separateSize = collections.reduce((n, [, c]) => n + JSON.stringify(c.options).length, 0);
	const options = [...byName.values()]
		.sort((a, b) => a.option.displayName.localeCompare(b.option.displayName))
		.map(({ option, operations }) =>
			operations.length === all.length ? option : { ...option, displayOptions: { show: { '/operation': operations } } },
		);
	if (JSON.stringify(options).length >= separateSize * 0.75) return undefined;
	return { ...collections[0][1], options };
}

/** The properties one resource/operation pair shows, in editor order. */
interface PairSequence {
	resource: string;
	operation: string;
	properties: INodeProperties[];
}

interface Occurrence {
	pair: number;
	position: number;
	property: INodeProperties;
}

/**
 * What makes two pairs' properties the same property: everything but their own resource and
 * operation condition. A property shown for a whole resource (its Operation dropdown) is
 * keyed with its condition, so it is shared by that resource's pairs only.
 */
function sharingKey(property: INodeProperties): string {
	const show = property.displayOptions?.show;
	if (!show?.operation) return JSON.stringify(property);
	const { resource: _resource, operation: _operation, ...otherConditions } = show;
	return JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show: otherConditions } });
}

/**
 * Splits the pairs that show one identical property into exact rectangles (resources ×
 * operations): `show` is AND across keys and OR within a list, so only a rectangle can be
 * one property. Grouped by resource or by operation, whichever gives fewer rectangles.
 */
function rectangles(occurrences: Occurrence[], sequences: PairSequence[]): Occurrence[][] {
	const by = (outer: 'resource' | 'operation', inner: 'resource' | 'operation') => {
		const innerSets = new Map<string, Set<string>>();
		for (const occurrence of occurrences) {
			const pair = sequences[occurrence.pair];
			if (!innerSets.has(pair[outer])) innerSets.set(pair[outer], new Set());
			innerSets.get(pair[outer])?.add(pair[inner]);
		}
		const groups = new Map<string, Occurrence[]>();
		for (const occurrence of occurrences) {
			const pair = sequences[occurrence.pair];
			const signature = JSON.stringify([...(innerSets.get(pair[outer]) ?? [])].sort());
			if (!groups.has(signature)) groups.set(signature, []);
			groups.get(signature)?.push(occurrence);
		}
		return [...groups.values()];
	};
	const byResource = by('resource', 'operation');
	const byOperation = by('operation', 'resource');
	return byOperation.length < byResource.length ? byOperation : byResource;
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}

/**
 * Merges identical properties of several resource/operation pairs into one whose
 * `displayOptions.show` lists them, and orders the result so that every pair still sees
 * its properties in its own order. Where two merges would contradict each other's order,
 * the merge is undone and the pairs keep separate copies.
 */
function shareProperties(sequences: PairSequence[]): INodeProperties[] {
	const occurrencesByKey = new Map<string, Occurrence[]>();
	sequences.forEach((sequence, pair) => {
		const seen = new Map<string, number>();
		sequence.properties.forEach((property, position) => {
			const key = sharingKey(property);
			// The same property twice in one pair stays two properties.
			const nth = (seen.get(key) ?? 0) + 1;
			seen.set(key, nth);
			const slot = `${nth}:${key}`;
			if (!occurrencesByKey.has(slot)) occurrencesByKey.set(slot, []);
			occurrencesByKey.get(slot)?.push({ pair, position, property });
		});
	});
	const shared: Occurrence[][] = [];
	for (const occurrences of occurrencesByKey.values()) shared.push(...rectangles(occurrences, sequences));

	const separate = new Set<Occurrence[]>();
	for (;;) {
		// Each group becomes one property; a group kept separate becomes one per pair.
		const groups = shared.flatMap((occurrences) =>
			separate.has(occurrences) ? occurrences.map((occurrence) => ({ occurrences: [occurrence], origin: occurrences })) : [{ occurrences, origin: occurrences }],
		);
		const groupAt = sequences.map((sequence) => new Array<number>(sequence.properties.length));
		groups.forEach((group, id) => group.occurrences.forEach((o) => (groupAt[o.pair][o.position] = id)));
		const order = orderGroups(groups.map((group) => group.occurrences), groupAt);
		if (Array.isArray(order)) return order.map((id) => mergedProperty(groups[id].occurrences, sequences));
		// A cycle: keep the shared properties caught in it as separate copies and try again.
		for (const id of order.stuck) if (groups[id].occurrences.length > 1) separate.add(groups[id].origin);
	}
}

function mergedProperty(occurrences: Occurrence[], sequences: PairSequence[]): INodeProperties {
	const first = occurrences[0].property;
	const show = first.displayOptions?.show;
	if (occurrences.length === 1 || !show?.operation) return first;
	return {
		...first,
		displayOptions: {
			...first.displayOptions,
			show: {
				...show,
				resource: unique(occurrences.map((o) => sequences[o.pair].resource)),
				operation: unique(occurrences.map((o) => sequences[o.pair].operation)),
			},
		},
	};
}

/**
 * Orders groups so that each pair's properties keep their order (a topological sort of
 * "comes after" within every pair), preferring the order in which groups first appear.
 * Returns the groups caught in a cycle when there is no such order.
 */
function orderGroups(members: Occurrence[][], groupOf: number[][]): number[] | { stuck: number[] } {
	const successors = members.map(() => new Set<number>());
	const indegree = members.map(() => 0);
	for (const sequence of groupOf) {
		for (let i = 1; i < sequence.length; i++) {
			const [from, to] = [sequence[i - 1], sequence[i]];
			if (from === to || successors[from].has(to)) continue;
			successors[from].add(to);
			indegree[to]++;
		}
	}
	// Priority: where the group first appears, pair by pair.
	const rank = members.map((occurrences) => Math.min(...occurrences.map((o) => o.pair * 100000 + o.position)));
	const ready = new MinHeap((a: number, b: number) => rank[a] - rank[b]);
	indegree.forEach((degree, id) => degree === 0 && ready.push(id));
	const order: number[] = [];
	while (ready.size) {
		const id = ready.pop() as number;
		order.push(id);
		for (const next of successors[id]) if (--indegree[next] === 0) ready.push(next);
	}
	if (order.length === members.length) return order;
	return { stuck: indegree.flatMap((degree, id) => (degree > 0 ? [id] : [])) };
}

class MinHeap<T> {
	private items: T[] = [];
	constructor(private readonly compare: (a: T, b: T) => number) {}
	get size() {
		return this.items.length;
	}
	push(item: T) {
		const items = this.items;
		items.push(item);
		let i = items.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (this.compare(items[i], items[parent]) >= 0) break;
			[items[i], items[parent]] = [items[parent], items[i]];
			i = parent;
		}
	}
	pop(): T | undefined {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (items.length && last !== undefined) {
			items[0] = last;
			let i = 0;
			for (;;) {
				const [left, right] = [2 * i + 1, 2 * i + 2];
				let smallest = i;
				if (left < items.length && this.compare(items[left], items[smallest]) < 0) smallest = left;
				if (right < items.length && this.compare(items[right], items[smallest]) < 0) smallest = right;
				if (smallest === i) break;
				[items[i], items[smallest]] = [items[smallest], items[i]];
				i = smallest;
			}
		}
		return top;
	}
}

/** An object literal for an n8n expression; spaced so that no `}}` ends the expression early. */
function lookupLiteral(map: Record<string, string>): string {
	return `({ ${Object.entries(map)
		.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
		.join(', ')} })`;
}

/**
 * The canvas subtitle of an action node with display names, e.g. "Get Many: Person", where
 * n8n would show the raw values ("getAll: person").
 */
export function resourceSubtitle(resources: ResourceSpec[]): string {
	const resourceNames = Object.fromEntries(resources.map((r) => [r.value, r.name]));
	// Each value's most frequent name is shared; only operations named otherwise are listed per resource.
	const counts = new Map<string, Map<string, number>>();
	for (const op of resources.flatMap((r) => r.operations)) {
		const names = counts.get(op.value) ?? new Map<string, number>();
		names.set(op.name, (names.get(op.name) ?? 0) + 1);
		counts.set(op.value, names);
	}
	const common: Record<string, string> = {};
	for (const [value, names] of counts) common[value] = [...names].sort((a, b) => b[1] - a[1])[0][0];
	const own: Record<string, string> = {};
	for (const r of resources) for (const op of r.operations) if (common[op.value] !== op.name) own[`${r.value}.${op.value}`] = op.name;
	const operation = '$parameter["operation"]';
	const resource = '$parameter["resource"]';
	const byPair = Object.keys(own).length ? `${lookupLiteral(own)}[${resource} + "." + ${operation}] || ` : '';
	return `={{ (${byPair}${lookupLiteral(common)}[${operation}] || ${operation}) + ": " + (${lookupLiteral(resourceNames)}[${resource}] || ${resource}) }}`;
}

/**
 * A canvas subtitle naming the option(s) picked in `parameter` by display name ("New Leave
 * Request", not "newLeaveRequest"); `multiple` for a multi-select.
 */
export function optionSubtitle(parameter: string, options: INodePropertyOptions[], multiple = false): string {
	const names = lookupLiteral(Object.fromEntries(options.map((o) => [String(o.value), o.name])));
	const value = `$parameter[${JSON.stringify(parameter)}]`;
	return multiple
		? `={{ (${value} || []).map((v) => ${names}[v] || v).join(", ") }}`
		: `={{ ${names}[${value}] || ${value} }}`;
}

/** The extra steps an operation declares on itself: request preparation, its own send, output shapes. */
export type OperationSteps = Pick<OperationSpec, 'prepare' | 'perform' | 'output'>;

type Prepare = NonNullable<OperationSpec['prepare']>;

/** Several preparation steps of one operation, run in order. */
export function inOrder(...steps: Prepare[]): Prepare {
	return async function (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
		for (const step of steps) await step.call(this, request, itemIndex);
	};
}

const stepsOf = (config: OperationSteps): OperationSteps => ({
	...(config.prepare ? { prepare: config.prepare } : {}),
	...(config.perform ? { perform: config.perform } : {}),
	...(config.output ? { output: config.output } : {}),
});

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
	getAll?: { filters?: FilterSpec[]; simplify?: string[]; description?: string; extraProperties?: INodeProperties[] } & OperationSteps;
	get?: { simplify?: string[]; description?: string } & OperationSteps;
	create?: { fields?: FieldSpec[]; optional?: FieldSpec[]; description?: string } & OperationSteps;
	update?: { fields?: FieldSpec[]; optional?: FieldSpec[]; description?: string } & OperationSteps;
	delete?: { description?: string } & OperationSteps;
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
			...stepsOf(def.getAll),
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
			...stepsOf(def.get),
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
			...stepsOf(def.create),
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
			...stepsOf(def.update),
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
			...stepsOf(def.delete),
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
