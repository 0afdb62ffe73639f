import type { IDataObject, IExecuteFunctions, INode, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { isRecord } from './errors';

/** The Return All / Limit pair shown on every list operation. */
export function returnAllOrLimit(
	show: Record<string, string[]>,
	maxLimit?: number,
): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1, ...(maxLimit ? { maxValue: maxLimit } : {}) },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** How many items the user asked for: Infinity for Return All. */
export function requestedCount(ctx: IExecuteFunctions, itemIndex: number): number {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return Infinity;
	const limit = Number(ctx.getNodeParameter('limit', itemIndex, 50));
	return Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : 50;
}

/** One page as the paginators see it: its items and whether another page follows. */
export interface Page {
	items: IDataObject[];
	/** Total number of records across all pages, when the API says it. */
	total?: number;
	/** Total number of pages, when the API says it. */
	totalPages?: number;
	/** Cursor APIs: the value to send for the next page (absent when there is none). */
	nextCursor?: string;
	/** Cursor APIs: whether the API says another page follows. */
	hasMore?: boolean;
}

export type PageReader = (body: unknown) => Page;

/** The page-numbering styles of the systems in this package. */
export type PagingStyle =
	| { type: 'offset'; limitParam: string; offsetParam: string; maxPageSize: number }
	| {
			type: 'page';
			pageParam: string;
			sizeParam: string;
			maxPageSize: number;
			/** Number of the first page (1 unless the API counts from 0). */
			firstPage?: number;
	  }
	/** Cursor paging: the next page is asked for with the previous page's `nextCursor`. */
	| { type: 'cursor'; cursorParam: string; sizeParam: string; maxPageSize: number };

interface PageRequest {
	qs: IDataObject;
	size: number;
}

type CountedPaging = Exclude<PagingStyle, { type: 'cursor' }>;
type CursorPaging = Extract<PagingStyle, { type: 'cursor' }>;

function* pageRequests(style: CountedPaging, wanted: number): Generator<PageRequest, void, number> {
	let fetched = 0;
	let index = style.type === 'page' ? (style.firstPage ?? 1) : 0;
	while (fetched < wanted) {
		// Offset APIs can shrink each request to what is still wanted. Page-numbered ones
		// need one page size throughout; a single page of exactly `wanted` is the exception.
		const size =
			style.type === 'offset' || wanted < style.maxPageSize
				? Math.min(style.maxPageSize, wanted - fetched)
				: style.maxPageSize;
		const qs =
			style.type === 'offset'
				? { [style.limitParam]: size, [style.offsetParam]: fetched }
				: { [style.pageParam]: index, [style.sizeParam]: size };
		const got: number = yield { qs, size };
		fetched += got;
		index += 1;
	}
}

/** Who is being paged, for the error that stops a list which never ends. */
export interface PageSource {
	node: INode;
	/** The system's name as users know it, e.g. `Humaans`. */
	system: string;
	/** The list's path, named in the error. */
	path?: string;
	itemIndex?: number;
}

/** Pages allowed beyond what the first page's total implies: records added while paging. */
function pageAllowance(expectedPages: number): number {
	return expectedPages + Math.max(2, Math.ceil(expectedPages / 10));
}

/** The record's `id`, or the whole record when it has none. */
function recordKey(record: IDataObject | undefined): string {
	if (record === undefined) return '';
	const id = record.id;
	return typeof id === 'string' || typeof id === 'number' ? `#${id}` : JSON.stringify(record);
}

/**
 * Stops a list that would never end: a page that repeats one already received (same
 * records, or a cursor that was already followed) and more pages than the first page's
 * total allows. Keeps one short key per page, never the records.
 */
class PageGuard {
	private readonly seenPages = new Set<string>();

	private readonly seenCursors = new Set<string>();

	private maxPages?: number;

	private firstTotal?: string;

	constructor(private readonly source: PageSource) {}

	/** Called for every page as it arrives; `pageNumber` counts from 1. */
	received(pageNumber: number, page: Page, requestedSize: number) {
		if (page.items.length > 0) {
			const key = `${page.items.length}|${recordKey(page.items[0])}|${recordKey(page.items[page.items.length - 1])}`;
			if (this.seenPages.has(key)) {
				throw this.error(
					`${this.source.system} sent the same records again on page ${pageNumber}${this.where()}`,
					'A page repeated one received before, so paging would never end. The list is incomplete; try again later or check the filters.',
				);
			}
			this.seenPages.add(key);
		}
		if (this.maxPages === undefined) {
			const fromPages = page.totalPages !== undefined && page.totalPages >= 0 ? page.totalPages : undefined;
			const fromTotal =
				page.total !== undefined && page.total >= 0 && requestedSize > 0 ? Math.ceil(page.total / requestedSize) : undefined;
			const expected = fromPages ?? fromTotal;
			if (expected !== undefined) {
				this.maxPages = pageAllowance(expected);
				this.firstTotal = fromPages !== undefined ? `${fromPages} pages` : `${String(page.total)} records`;
			}
		}
	}

	/** Called before page `pageNumber` is requested. */
	beforeRequest(pageNumber: number) {
		if (this.maxPages !== undefined && pageNumber > this.maxPages) {
			throw this.error(
				`${this.source.system} kept sending full pages beyond its reported total: page ${pageNumber}${this.where()} would exceed the ${this.firstTotal} the first page reported`,
				'Paging stopped so that it cannot go on forever. The list is incomplete; try again later or check the filters.',
			);
		}
	}

	/** Cursor paging: the cursor for the next page must be one not followed before. */
	nextCursor(pageNumber: number, cursor: string) {
		if (this.seenCursors.has(cursor)) {
			throw this.error(
				`${this.source.system} sent a next-page cursor on page ${pageNumber}${this.where()} that was already followed`,
				'The cursor did not advance, so paging would never end. The list is incomplete; try again later.',
			);
		}
		this.seenCursors.add(cursor);
	}

	private where(): string {
		return this.source.path ? ` of ${this.source.path}` : '';
	}

	private error(message: string, description: string): NodeApiError {
		return new NodeApiError(this.source.node, { message } as JsonObject, {
			message,
			description,
			itemIndex: this.source.itemIndex,
		});
	}
}

/**
 * Drives any paging style to the requested count. `fetchPage` performs one request with
 * the extra query parameters; the loop stops at the count, at the reported total, or at
 * the first short page, so it never asks for a page that cannot exist. A server that
 * repeats a page or sends more pages than its first total allows fails the list with a
 * NodeApiError naming `source.system` and the page.
 */
export async function collectPages(
	style: PagingStyle,
	wanted: number,
	fetchPage: (qs: IDataObject) => Promise<Page>,
	source: PageSource,
): Promise<IDataObject[]> {
	const guard = new PageGuard(source);
	if (style.type === 'cursor') return await collectCursorPages(style, wanted, fetchPage, guard);
	const results: IDataObject[] = [];
	const requests = pageRequests(style, wanted);
	let step = requests.next(0);
	let pagesSeen = 0;
	while (!step.done) {
		const { qs, size } = step.value;
		guard.beforeRequest(pagesSeen + 1);
		const page = await fetchPage(qs);
		pagesSeen += 1;
		guard.received(pagesSeen, page, size);
		const room = wanted - results.length;
		for (let i = 0; i < page.items.length && i < room; i++) results.push(page.items[i]);
		const reachedTotal =
			(page.total !== undefined && results.length >= page.total) ||
			(page.totalPages !== undefined && pagesSeen >= page.totalPages);
		if (page.items.length === 0 || page.items.length < size || reachedTotal) break;
		step = requests.next(page.items.length);
	}
	return results;
}

/**
 * Cursor paging: each request asks for what is still wanted (up to the page maximum) and
 * the next one carries the previous page's cursor. Stops when the API says no page follows,
 * gives no cursor, repeats the cursor it was sent, sends an empty page, or the count is reached.
 */
async function collectCursorPages(
	style: CursorPaging,
	wanted: number,
	fetchPage: (qs: IDataObject) => Promise<Page>,
	guard: PageGuard,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	let cursor: string | undefined;
	let pagesSeen = 0;
	while (results.length < wanted) {
		const size = Math.min(style.maxPageSize, wanted - results.length);
		const qs: IDataObject = { [style.sizeParam]: size };
		if (cursor !== undefined) qs[style.cursorParam] = cursor;
		guard.beforeRequest(pagesSeen + 1);
		const page = await fetchPage(qs);
		pagesSeen += 1;
		guard.received(pagesSeen, page, size);
		const room = wanted - results.length;
		for (let i = 0; i < page.items.length && i < room; i++) results.push(page.items[i]);
		if (page.items.length === 0 || page.hasMore === false || !page.nextCursor) break;
		if (results.length >= wanted) break;
		guard.nextCursor(pagesSeen, page.nextCursor);
		cursor = page.nextCursor;
	}
	return results;
}

/** Reads `{ total, data: [...] }`-style envelopes by property path. */
export function envelopeReader(paths: {
	items: string;
	total?: string;
	totalPages?: string;
	nextCursor?: string;
	hasMore?: string;
}): PageReader {
	const at = (body: unknown, path: string): unknown =>
		path.split('.').reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), body);
	return (body) => {
		const items = at(body, paths.items);
		const total = paths.total ? Number(at(body, paths.total)) : NaN;
		const totalPages = paths.totalPages ? Number(at(body, paths.totalPages)) : NaN;
		const cursor = paths.nextCursor ? at(body, paths.nextCursor) : undefined;
		const hasMore = paths.hasMore ? at(body, paths.hasMore) : undefined;
		return {
			items: Array.isArray(items) ? (items as IDataObject[]) : [],
			total: Number.isFinite(total) ? total : undefined,
			totalPages: Number.isFinite(totalPages) ? totalPages : undefined,
			nextCursor: typeof cursor === 'string' && cursor !== '' ? cursor : undefined,
			hasMore: typeof hasMore === 'boolean' ? hasMore : undefined,
		};
	};
}
