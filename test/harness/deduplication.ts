import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';
import { DataDeduplicationService } from 'n8n-core';

/**
 * n8n's deduplication store (its `processed_data` table) in memory, for the `entries` mode
 * nodes use: the values recorded per workflow and node, oldest first, at most `maxEntries`.
 */
export class MemoryDeduplicator implements IDataDeduplicator {
	readonly entries = new Map<string, string[]>();

	private key(scope: DeduplicationScope, context: ICheckProcessedContextData): string {
		return `${context.workflow.id}:${scope === 'node' ? String(context.node?.name) : ''}`;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		if (options.mode !== 'entries') throw new Error(`MemoryDeduplicator: mode ${options.mode} is not modelled`);
		const key = this.key(scope, context);
		const recorded = this.entries.get(key) ?? [];
		// Like n8n: compared with what was recorded before, not within the batch.
		const before = new Set(recorded);
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			if (before.has(String(item))) output.processed.push(item);
			else {
				output.new.push(item);
				recorded.push(String(item));
			}
		}
		if (options.maxEntries) recorded.splice(0, Math.max(0, recorded.length - options.maxEntries));
		this.entries.set(key, recorded);
		return output;
	}

	async removeProcessed(items: DeduplicationItemTypes[], scope: DeduplicationScope, context: ICheckProcessedContextData): Promise<void> {
		const key = this.key(scope, context);
		const removed = new Set(items.map(String));
		this.entries.set(key, (this.entries.get(key) ?? []).filter((value) => !removed.has(value)));
	}

	async clearAllProcessedItems(scope: DeduplicationScope, context: ICheckProcessedContextData): Promise<void> {
		this.entries.delete(this.key(scope, context));
	}

	async getProcessedDataCount(scope: DeduplicationScope, context: ICheckProcessedContextData): Promise<number> {
		return (this.entries.get(this.key(scope, context)) ?? []).length;
	}
}

/** The one store of this test process (n8n initialises its service once per process too). */
export const processedData = new MemoryDeduplicator();

let ready: Promise<void> | undefined;
export async function ensureDeduplication(): Promise<void> {
	ready ??= DataDeduplicationService.init(processedData);
	await ready;
}
