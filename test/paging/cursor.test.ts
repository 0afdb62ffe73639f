import type { IDataObject, INode } from 'n8n-workflow';
import type { Page, PagingStyle } from '../../nodes/shared/pagination';
import { collectPages } from '../../nodes/shared/pagination';

const node: INode = { id: 'n', name: 'Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} };
const style: PagingStyle = { type: 'cursor', cursorParam: 'after', sizeParam: 'limit', maxPageSize: 2 };
const source = { node, system: 'Example', path: '/things' };
const rows = (...ids: string[]): IDataObject[] => ids.map((id) => ({ id }));

/** Serves the given pages in order and records the query of every request. */
function pagesOf(...pages: Page[]) {
	const asked: IDataObject[] = [];
	const fetchPage = async (qs: IDataObject) => {
		asked.push(qs);
		const page = pages[asked.length - 1];
		if (!page) throw new Error('asked for a page that does not exist');
		return page;
	};
	return { asked, fetchPage };
}

describe('collectPages › cursor paging always ends', () => {
	it('follows each cursor once and stops when none follows', async () => {
		const api = pagesOf(
			{ items: rows('a', 'b'), nextCursor: 'c1' },
			{ items: rows('c', 'd'), nextCursor: 'c2' },
			{ items: rows('e'), hasMore: false },
		);
		expect(await collectPages(style, Infinity, api.fetchPage, source)).toEqual(rows('a', 'b', 'c', 'd', 'e'));
		expect(api.asked).toEqual([{ limit: 2 }, { limit: 2, after: 'c1' }, { limit: 2, after: 'c2' }]);
	});

	it('fails with a NodeApiError when the next cursor does not advance', async () => {
		const api = pagesOf(
			{ items: rows('a', 'b'), nextCursor: 'c1' },
			{ items: rows('c', 'd'), nextCursor: 'c1' },
			{ items: rows('c', 'd'), nextCursor: 'c1' },
		);
		const error = (await collectPages(style, Infinity, api.fetchPage, source).catch((e: unknown) => e)) as Error;
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toBe('Example sent a next-page cursor on page 2 of /things that was already followed');
		expect(api.asked).toHaveLength(2);
	});

	it('fails when cursors cycle back to one already followed', async () => {
		const api = pagesOf(
			{ items: rows('a', 'b'), nextCursor: 'c1' },
			{ items: rows('c', 'd'), nextCursor: 'c2' },
			{ items: rows('e', 'f'), nextCursor: 'c1' },
		);
		await expect(collectPages(style, Infinity, api.fetchPage, source)).rejects.toThrow(
			'Example sent a next-page cursor on page 3 of /things that was already followed',
		);
	});

	it('fails when a new cursor brings the same records again', async () => {
		const api = pagesOf(
			{ items: rows('a', 'b'), nextCursor: 'c1' },
			{ items: rows('a', 'b'), nextCursor: 'c2' },
		);
		await expect(collectPages(style, Infinity, api.fetchPage, source)).rejects.toThrow(
			'Example sent the same records again on page 2 of /things',
		);
	});

	it('fails when pages go on beyond the total the first page reported', async () => {
		const endless = Array.from({ length: 20 }, (_, i): Page => ({ items: rows(`${i}a`, `${i}b`), nextCursor: `c${i}`, total: 4 + i * 2 }));
		const api = pagesOf(...endless);
		await expect(collectPages(style, Infinity, api.fetchPage, source)).rejects.toThrow(
			'Example kept sending full pages beyond its reported total: page 5 of /things would exceed the 4 records the first page reported',
		);
		expect(api.asked).toHaveLength(4);
	});
});
