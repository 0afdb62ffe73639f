import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { asNodeError, isRecord } from './errors';
import { parameterName, readField, setPath, titleCase } from './fields';
import type { OperationSpec, PlannedRequest, ResourceSpec, SystemSpec } from './operations';
import { collectionFor, sendTarget, simplifyItem } from './operations';
import { collectPages, requestedCount } from './pagination';
import { pauseBeforeItem, readBatching, readRequestOptions, rememberRequestOptions } from './requestOptions';
import { invalidParameter, pathSegment } from './validation';

/**
 * Reads and validates every parameter of one item and places it in the path, query or
 * body the endpoint documents. Throws a NodeOperationError naming the field and item.
 */
export async function planRequest(
	ctx: IExecuteFunctions,
	system: SystemSpec,
	op: OperationSpec,
	itemIndex: number,
): Promise<PlannedRequest> {
	const node = ctx.getNode();
	let path = op.path;
	for (const param of op.pathParams ?? []) {
		const raw = ctx.getNodeParameter(parameterName(param), itemIndex, undefined, { extractValue: true });
		const label = param.label ?? titleCase(param.name);
		// Documented values and constraints hold for path parameters too (a ref is just an ID).
		const value = param.type === 'ref' ? raw : readField(node, itemIndex, param, raw, true);
		path = path.replace(`{${param.name}}`, pathSegment(node, itemIndex, label, value));
	}

	const payload: IDataObject = {};
	for (const field of op.fields ?? []) {
		const raw = ctx.getNodeParameter(parameterName(field), itemIndex, undefined, { extractValue: true });
		const value = readField(node, itemIndex, field, raw, true);
		if (value !== undefined) setPath(payload, field.name, value);
	}
	if (op.optional?.length) {
		const collection = collectionFor(op);
		const values = ctx.getNodeParameter(collection.name, itemIndex, {}) as IDataObject;
		let count = 0;
		for (const field of op.optional) {
			const key = parameterName(field);
			if (!(key in values)) continue;
			const value = readField(node, itemIndex, field, values[key], false);
			if (value === undefined) continue;
			setPath(payload, field.name, value);
			count++;
		}
		if (op.requireUpdate && count === 0 && !(op.fields ?? []).length) {
			throw invalidParameter(node, itemIndex, collection.displayName, 'add at least one field to update');
		}
	}

	const qs: IDataObject = {};
	const localFilters: NonNullable<PlannedRequest['localFilters']> = [];
	if (op.filters?.length) {
		const values = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const used = op.filters.filter((filter) => parameterName(filter) in values).map((filter) => filter.name);
		const setBy: Record<string, string> = {};
		for (const filter of op.filters) {
			const key = parameterName(filter);
			if (!(key in values)) continue;
			const value = readField(node, itemIndex, filter, values[key], false);
			if (value === undefined || value === null) continue;
			if (Array.isArray(value) && value.length === 0) continue;
			if (filter.match) {
				localFilters.push({ match: filter.match, value });
				continue;
			}
			if (filter.emptyValue && value !== true) continue;
			// "Any of one value" is plain equality, and unambiguous in every query syntax, unless
			// the filter is documented as a list only or another operator on the same field needs
			// the object form (`id[$in]=a&id[$nin]=b`).
			const alone = used.filter((name) => name === filter.name).length === 1;
			const single = alone && !filter.listOnly && filter.operator === 'in' && Array.isArray(value) && value.length === 1;
			const operator = single ? 'eq' : (filter.operator ?? 'eq');
			const queryKey = system.queryKey(filter.name, operator);
			const label = filter.label ?? titleCase(filter.name);
			if (queryKey in setBy) throw invalidParameter(node, itemIndex, label, `cannot be combined with "${setBy[queryKey]}"`);
			setBy[queryKey] = label;
			const sent = filter.emptyValue ? '' : single ? (value as unknown[])[0] : value;
			qs[queryKey] = sent as IDataObject[string];
		}
	}

	const planned: PlannedRequest = { method: op.method, path, qs, ...(localFilters.length ? { localFilters } : {}) };
	if (sendTarget(op) === 'body') planned.body = payload;
	else Object.assign(qs, payload);
	if (op.list) planned.wanted = requestedCount(ctx, itemIndex);
	if (op.simplify) planned.simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	await op.prepare?.call(ctx, planned, itemIndex);
	return planned;
}

/** The records an answer holds, after the operation's output shapes. */
export function answerRecords(op: OperationSpec, body: unknown): IDataObject[] {
	if (op.output?.deleted) {
		const message = isRecord(body) && typeof body.message === 'string' ? { message: body.message } : {};
		return [{ deleted: true, ...message }];
	}
	if (op.output?.ignoreBody) return [{ success: true }];
	const key = op.output?.unwrap;
	const unwrapped = key && isRecord(body) && key in body ? body[key] : body;
	const value = op.output?.wrap ? { [op.output.wrap]: unwrapped as IDataObject[string] } : unwrapped;
	if (Array.isArray(value)) return value.map((entry) => (isRecord(entry) ? entry : { value: entry as IDataObject[string] }));
	if (isRecord(value)) return [value];
	return op.list ? [] : [{ success: true }];
}

/** Sends a planned request (paging through lists) and returns its records as items paired with `itemIndex`. */
export async function performRequest(
	ctx: IExecuteFunctions,
	system: SystemSpec,
	op: OperationSpec,
	planned: PlannedRequest,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	if (op.perform) {
		const items = await op.perform.call(ctx, planned, itemIndex, system.client);
		for (const item of items) item.pairedItem = { item: itemIndex };
		return items;
	}
	let records: IDataObject[];
	if (op.list && !op.unpaginated) {
		records = await collectPages(system.paging, planned.wanted ?? Infinity, async (pageQs) => {
			const body = await system.client.request(
				ctx,
				{ method: planned.method, path: planned.path, qs: { ...planned.qs, ...pageQs } },
				itemIndex,
			);
			return system.readPage(body);
		}, { node: ctx.getNode(), system: system.name, path: planned.path, itemIndex });
	} else {
		const { localFilters, ...request } = planned;
		records = answerRecords(op, await system.client.request(ctx, request, itemIndex));
		if (localFilters) records = records.filter((record) => localFilters.every(({ match, value }) => match(record, value)));
		if (op.list) records = records.slice(0, planned.wanted ?? Infinity);
	}
	// One pass builds n8n's items, simplified and paired, in an array of the final length.
	const keys = planned.simplify ? op.simplify : undefined;
	const items = new Array<INodeExecutionData>(records.length);
	for (let r = 0; r < records.length; r++) {
		items[r] = { json: keys ? simplifyItem(records[r], keys) : records[r], pairedItem: { item: itemIndex } };
	}
	return items;
}

function findOperation(ctx: IExecuteFunctions, resources: ResourceSpec[]): OperationSpec {
	const resourceValue = ctx.getNodeParameter('resource', 0) as string;
	const operationValue = ctx.getNodeParameter('operation', 0) as string;
	const resource = resources.find((r) => r.value === resourceValue);
	const op = resource?.operations.find((o) => o.value === operationValue);
	if (!op) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operationValue}" of "${resourceValue}" is not supported`);
	}
	return op;
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	return { json: { error: error.message }, pairedItem: { item: itemIndex } };
}

/**
 * The `execute()` of every action node in this package. All items are validated before
 * the first request, so bad input never leaves a run half done; then items are sent one
 * after another (single-record GETs up to `system.concurrentGets` at a time), each output
 * paired with its input item, in item order. With Continue On Fail an item's failure
 * becomes an error item and the run goes on.
 */
export async function executeOperation(
	this: IExecuteFunctions,
	system: SystemSpec,
	resources: ResourceSpec[],
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const op = findOperation(this, resources);
	const continueOnFail = this.continueOnFail();

	const plans: Array<PlannedRequest | Error> = [];
	for (let i = 0; i < items.length; i++) {
		try {
			rememberRequestOptions(this, i, readRequestOptions(this, i));
			plans.push(await planRequest(this, system, op, i));
		} catch (error) {
			if (!continueOnFail) throw asNodeError(this.getNode(), error, i);
			plans.push(error as Error);
		}
	}

	// Independent single-record GETs overlap up to the system's limit; everything else goes
	// one item after another (Batching also makes items go one by one, with its pauses).
	// Outputs, pairing and Continue On Fail stay in item order.
	const batching = readBatching(this);
	const width = !batching && op.method === 'GET' && !op.list && !op.perform ? Math.max(1, system.concurrentGets ?? 1) : 1;
	const outcomes = new Array<INodeExecutionData[] | { error: unknown }>(items.length);
	let next = 0;
	let stopped = false;
	const lane = async () => {
		while (next < items.length && !stopped) {
			const i = next++;
			const plan = plans[i];
			await pauseBeforeItem(batching, i);
			if (plan instanceof Error) {
				outcomes[i] = [errorItem(plan, i)];
				continue;
			}
			try {
				outcomes[i] = await performRequest(this, system, op, plan, i);
			} catch (error) {
				outcomes[i] = { error };
				// Without Continue On Fail no later item is sent; the ones in flight finish.
				if (!continueOnFail) stopped = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));

	let returnData: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		const outcome = outcomes[i];
		if (!Array.isArray(outcome)) {
			if (!continueOnFail) throw asNodeError(this.getNode(), outcome.error, i);
			returnData.push(errorItem(outcome.error as Error, i));
		} else if (returnData.length === 0) {
			// The first results become the output as they are: no copy of a Return All.
			returnData = outcome;
		} else {
			// One push per record: spreading 150,000+ records overflows the stack.
			for (const item of outcome) returnData.push(item);
		}
	}
	return [returnData];
}
