import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { invalidParameter } from './validation';

/**
 * n8n gives declarative nodes a "Request Options" collection (batching, Ignore SSL Issues,
 * timeout); programmatic nodes like ours get none, so every action node carries this one,
 * with the same parameter names, and the shared client honours it.
 */
export const REQUEST_OPTIONS = 'requestOptions';

export function requestOptionsProperty(): INodeProperties {
	return {
		displayName: 'Request Options',
		name: REQUEST_OPTIONS,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Batching',
				name: 'batching',
				placeholder: 'Add Batching',
				type: 'fixedCollection',
				typeOptions: { multipleValues: false },
				default: { batch: {} },
				options: [
					{
						displayName: 'Batching',
						name: 'batch',
						values: [
							{
								displayName: 'Batch Size',
								name: 'batchSize',
								type: 'number',
								typeOptions: { minValue: 1 },
								default: 50,
								description: 'How many input items are sent before each pause',
							},
							{
								displayName: 'Batch Interval',
								name: 'batchInterval',
								type: 'number',
								typeOptions: { minValue: 0 },
								default: 1000,
								description: 'Pause in milliseconds between batches, to stay under rate limits',
							},
						],
					},
				],
			},
			{
				displayName: 'Ignore SSL Issues (Insecure)',
				name: 'allowUnauthorizedCerts',
				type: 'boolean',
				noDataExpression: true,
				default: false,
				description: 'Whether to connect even if SSL certificate validation is not possible',
			},
			{
				displayName: 'Timeout',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60000,
				description: 'Time in milliseconds to wait for an answer before the request fails',
			},
		],
	};
}

/** What one item's Request Options change about its requests. */
export interface ItemRequestOptions {
	timeout?: number;
	skipSslCertificateValidation?: boolean;
}

export interface Batching {
	size: number;
	intervalMs: number;
}

/** Reads and checks one item's Request Options (a NodeOperationError naming the option and item). */
export function readRequestOptions(ctx: IExecuteFunctions, itemIndex: number): ItemRequestOptions {
	const values = ctx.getNodeParameter(REQUEST_OPTIONS, itemIndex, {}) as IDataObject;
	const options: ItemRequestOptions = {};
	if (values.timeout !== undefined && values.timeout !== '') {
		const timeout = Number(values.timeout);
		if (!Number.isFinite(timeout) || timeout < 1) {
			throw invalidParameter(ctx.getNode(), itemIndex, 'Timeout', `"${String(values.timeout)}" is not a number of milliseconds of at least 1`);
		}
		options.timeout = Math.floor(timeout);
	}
	if (values.allowUnauthorizedCerts === true) options.skipSslCertificateValidation = true;
	return options;
}

/** Batching as n8n's declarative nodes read it: from the first item, off unless both values are set. */
export function readBatching(ctx: IExecuteFunctions): Batching | undefined {
	const values = ctx.getNodeParameter(REQUEST_OPTIONS, 0, {}) as IDataObject;
	const batch = ((values.batching as IDataObject | undefined)?.batch ?? {}) as IDataObject;
	const size = Math.floor(Number(batch.batchSize ?? 50));
	const intervalMs = Number(batch.batchInterval ?? 1000);
	if (!values.batching || !Number.isFinite(intervalMs) || intervalMs <= 0) return undefined;
	return { size: Number.isFinite(size) && size > 0 ? size : 1, intervalMs };
}

/** Waits between batches: before the first item of every batch but the first. */
export async function pauseBeforeItem(batching: Batching | undefined, itemIndex: number): Promise<void> {
	if (batching && itemIndex > 0 && itemIndex % batching.size === 0) await sleep(batching.intervalMs);
}

// The options of each item of a run, for the client: hand-written perform steps send
// through the same client without passing them along.
const remembered = new WeakMap<object, Map<number, ItemRequestOptions>>();

export function rememberRequestOptions(ctx: object, itemIndex: number, options: ItemRequestOptions): void {
	let items = remembered.get(ctx);
	if (!items) {
		items = new Map();
		remembered.set(ctx, items);
	}
	items.set(itemIndex, options);
}

export function requestOptionsFor(ctx: object, itemIndex: number | undefined): ItemRequestOptions | undefined {
	return remembered.get(ctx)?.get(itemIndex ?? 0);
}
