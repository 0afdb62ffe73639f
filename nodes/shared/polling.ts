import type { IDataObject } from 'n8n-workflow';

type CursorValue = string | number;

/**
 * What a cursor-based polling trigger remembers between polls (kept in the node's static
 * data). `cursor` is the highest cursor value emitted that is not later than the poll's own
 * time; `edge` holds every record emitted at or after it (ID → its cursor value), so a record
 * sharing the boundary value, or dated in the future, is neither lost nor emitted twice.
 */
export interface PollCursorState {
	/** Absent before the first poll; `''` once a baseline was taken from no dated record. */
	cursor?: CursorValue;
	edge?: Record<string, CursorValue>;
}

export interface CursorReader {
	id: (record: IDataObject) => string;
	/** A value that grows with each new or changed record: numeric ID or timestamp. */
	cursor: (record: IDataObject) => CursorValue | undefined;
	/**
	 * The poll's own time as a cursor value (timestamp cursors). The stored cursor never moves
	 * past it: a record dated in the future (bad data, clock skew) is emitted once and kept at
	 * the edge, and the records after it are still emitted when they come.
	 */
	now?: () => CursorValue;
}

function compareCursor(a: CursorValue, b: CursorValue): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

const hasValue = (value: CursorValue | undefined | null): value is CursorValue =>
	value !== undefined && value !== null && value !== '';

/** The stored state, including the form of earlier versions (`idsAtCursor`). */
function readState(stored: IDataObject): PollCursorState {
	const cursor = stored.cursor as CursorValue | undefined;
	if (stored.edge !== undefined) return { cursor, edge: stored.edge as Record<string, CursorValue> };
	const edge: Record<string, CursorValue> = {};
	if (hasValue(cursor)) for (const id of (stored.idsAtCursor as string[] | undefined) ?? []) edge[id] = cursor;
	return { cursor, edge };
}

/** Whether the record was already emitted (or taken as the baseline) in the given state. */
function alreadySeen(state: PollCursorState, id: string, value: CursorValue): boolean {
	if (hasValue(state.cursor) && compareCursor(value, state.cursor) < 0) return true;
	const seen = state.edge?.[id];
	return seen !== undefined && compareCursor(seen, value) === 0;
}

/**
 * The state after `records` were emitted (or, on activation, taken as the baseline): the
 * cursor moves to the highest value not later than `now`, and the edge keeps what lies at
 * or after it.
 */
function advance(records: IDataObject[], reader: CursorReader, state: PollCursorState, now: CursorValue | undefined) {
	// A stored cursor past the poll's time (left by a version that followed future records)
	// starts over from the records themselves.
	const stale = hasValue(state.cursor) && now !== undefined && compareCursor(state.cursor, now) > 0;
	let cursor = hasValue(state.cursor) && !stale ? state.cursor : undefined;
	for (const record of records) {
		const value = reader.cursor(record);
		if (!hasValue(value)) continue;
		if (now !== undefined && compareCursor(value, now) > 0) continue;
		if (cursor === undefined || compareCursor(value, cursor) > 0) cursor = value;
	}
	const edge: Record<string, CursorValue> = {};
	const atOrAfter = (value: CursorValue) => cursor === undefined || compareCursor(value, cursor) >= 0;
	for (const [id, value] of Object.entries(state.edge ?? {})) if (atOrAfter(value)) edge[id] = value;
	for (const record of records) {
		const value = reader.cursor(record);
		if (hasValue(value) && atOrAfter(value)) edge[reader.id(record)] = value;
	}
	return { cursor: cursor ?? '', edge };
}

/**
 * The record with the highest cursor value not later than the poll's time (the sample a
 * manual poll shows); when every record is dated in the future, the highest of those.
 */
export function newestRecord(records: IDataObject[], reader: CursorReader): IDataObject | undefined {
	const now = reader.now?.();
	let best: IDataObject | undefined;
	let bestValue: CursorValue | undefined;
	let bestIsFuture = false;
	for (const record of records) {
		const value = reader.cursor(record);
		if (!hasValue(value)) continue;
		const future = now !== undefined && compareCursor(value, now) > 0;
		const better =
			bestValue === undefined ||
			(bestIsFuture && !future) ||
			(bestIsFuture === future && compareCursor(value, bestValue) > 0);
		if (better) {
			best = record;
			bestValue = value;
			bestIsFuture = future;
		}
	}
	return best;
}

/**
 * One poll of a cursor-based trigger, returning the records to emit, oldest first. A manual
 * poll returns the newest record as a sample and leaves the state alone; the first poll after
 * activation only records the baseline (what exists is not news); later polls emit each new
 * record once. `stored` is the node's static data and is updated in place.
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
	const now = reader.now?.();
	const state = readState(stored);
	const fresh =
		state.cursor === undefined
			? []
			: records
					.filter((record) => {
						const value = reader.cursor(record);
						return hasValue(value) && !alreadySeen(state, reader.id(record), value);
					})
					.sort((a, b) => compareCursor(reader.cursor(a) as CursorValue, reader.cursor(b) as CursorValue));
	const next = advance(records, reader, state, now);
	delete stored.idsAtCursor;
	Object.assign(stored, next);
	return fresh;
}

/** Integer IDs as sorted, non-overlapping `[first, last]` ranges: compact for database keys. */
type IdRanges = Array<[number, number]>;

function rangesContain(ranges: IdRanges, id: number): boolean {
	let low = 0;
	let high = ranges.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const [first, last] = ranges[middle];
		if (id < first) high = middle - 1;
		else if (id > last) low = middle + 1;
		else return true;
	}
	return false;
}

function addToRanges(ranges: IdRanges, ids: number[]): IdRanges {
	const all = [...ranges];
	for (const id of ids) all.push([id, id]);
	all.sort((a, b) => a[0] - b[0]);
	const merged: IdRanges = [];
	for (const [first, last] of all) {
		const previous = merged[merged.length - 1];
		if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
		else merged.push([first, last]);
	}
	return merged;
}

/**
 * One poll of a trigger whose records have integer IDs but no usable time, for lists that
 * come whole: every ID not seen before is new, whatever its size (IDs need not grow: a
 * record imported with a high ID does not hide the ones created after it). Seen IDs are
 * kept as ranges, so the state stays small however many records exist. Manual polls return
 * the highest ID as a sample; the first poll after activation records the baseline.
 */
export function pollNewIds(
	records: IDataObject[],
	idOf: (record: IDataObject) => number | undefined,
	stored: IDataObject,
	manual: boolean,
): IDataObject[] {
	const dated = records.filter((record) => idOf(record) !== undefined);
	if (manual) {
		const newest = dated.reduce<IDataObject | undefined>(
			(best, record) => (best === undefined || (idOf(record) as number) > (idOf(best) as number) ? record : best),
			undefined,
		);
		return newest ? [newest] : [];
	}
	let seen = stored.seenIds as IdRanges | undefined;
	// Earlier versions kept the highest ID emitted as `cursor`: the IDs listed now up to it
	// were seen; a lower ID that appears later is new.
	const legacyCursor = stored.cursor;
	if (seen === undefined && typeof legacyCursor === 'number') {
		seen = addToRanges([], dated.map((record) => idOf(record) as number).filter((id) => id <= legacyCursor));
	}
	const baseline = seen === undefined;
	const known = seen ?? [];
	const fresh = dated.filter((record) => !rangesContain(known, idOf(record) as number));
	fresh.sort((a, b) => (idOf(a) as number) - (idOf(b) as number));
	delete stored.cursor;
	delete stored.idsAtCursor;
	stored.seenIds = addToRanges(known, fresh.map((record) => idOf(record) as number));
	return baseline ? [] : fresh;
}
