import type { IDataObject } from 'n8n-workflow';

/**
 * What a polling trigger remembers between polls (kept in the node's static data): the
 * highest cursor value emitted and the IDs already emitted at exactly that value, so a
 * record sharing the boundary timestamp is neither lost nor emitted twice.
 */
export interface PollCursorState {
	cursor?: string | number;
	idsAtCursor?: string[];
}

export interface CursorReader {
	id: (record: IDataObject) => string;
	/** A value that grows with each new or changed record: numeric ID or ISO timestamp. */
	cursor: (record: IDataObject) => string | number | undefined;
}

function compareCursor(a: string | number, b: string | number): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Splits fetched records into those not emitted yet, oldest first, and the state after
 * emitting them. Records without a cursor value are ignored.
 */
export function takeNewRecords(records: IDataObject[], reader: CursorReader, state: PollCursorState) {
	const seen = new Set(state.idsAtCursor ?? []);
	const fresh = records
		.filter((record) => {
			const value = reader.cursor(record);
			if (value === undefined || value === null || value === '') return false;
			if (state.cursor === undefined) return true;
			const order = compareCursor(value, state.cursor);
			return order > 0 || (order === 0 && !seen.has(reader.id(record)));
		})
		.sort((a, b) => compareCursor(reader.cursor(a) as string | number, reader.cursor(b) as string | number));
	return { fresh, state: advanceCursor(fresh, reader, state) };
}

/** The state after `records` were emitted (or, on activation, taken as the baseline). */
export function advanceCursor(records: IDataObject[], reader: CursorReader, state: PollCursorState): PollCursorState {
	let cursor = state.cursor;
	let ids = new Set(state.idsAtCursor ?? []);
	for (const record of records) {
		const value = reader.cursor(record);
		if (value === undefined || value === null || value === '') continue;
		const order = cursor === undefined ? 1 : compareCursor(value, cursor);
		if (order > 0) {
			cursor = value;
			ids = new Set([reader.id(record)]);
		} else if (order === 0) {
			ids.add(reader.id(record));
		}
	}
	return { cursor, idsAtCursor: [...ids] };
}

/** The record with the highest cursor value (the sample a manual poll shows). */
export function newestRecord(records: IDataObject[], reader: CursorReader): IDataObject | undefined {
	let best: IDataObject | undefined;
	let bestValue: string | number | undefined;
	for (const record of records) {
		const value = reader.cursor(record);
		if (value === undefined || value === null || value === '') continue;
		if (bestValue === undefined || compareCursor(value, bestValue) > 0) {
			best = record;
			bestValue = value;
		}
	}
	return best;
}

/**
 * One poll of a cursor-based trigger, returning the records to emit. A manual poll returns
 * the newest record as a sample and leaves the state alone; the first poll after activation
 * only records the baseline (what exists is not news); later polls emit each new record once.
 * `stored` is the node's static data and is updated in place.
 */
export function pollNewRecords(
	records: IDataObject[],
	reader: CursorReader,
	stored: IDataObject,
	manual: boolean,
): IDataObject[] {
	if (manual) {
		const sample = newestRecord(records, reader);
		return sample ? [sample] : [];
	}
	const state: PollCursorState = {
		cursor: stored.cursor as PollCursorState['cursor'],
		idsAtCursor: stored.idsAtCursor as string[] | undefined,
	};
	if (state.cursor === undefined) {
		const baseline = advanceCursor(records, reader, {});
		// An empty list still starts the baseline, so the first record added later is news.
		Object.assign(stored, { cursor: baseline.cursor ?? '', idsAtCursor: baseline.idsAtCursor });
		return [];
	}
	const { fresh, state: next } = takeNewRecords(records, reader, state);
	Object.assign(stored, { cursor: next.cursor, idsAtCursor: next.idsAtCursor });
	return fresh;
}
