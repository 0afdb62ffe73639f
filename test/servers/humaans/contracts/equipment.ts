import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';

type Row = Record<string, unknown>;

const FIELDS = ['serialNumber', 'cost', 'currency', 'note', 'fileId', 'receiptDate', 'collectionDate'];

/** humaans.txt 2660–2672: `file` is a subset (id, url, filename) of the attached file. */
function attachFile(row: Row, server: unknown): boolean {
	if (row.fileId === null || row.fileId === undefined) {
		row.file = null;
		return true;
	}
	const file = (server as HumaansServer).table('/api/files').get(String(row.fileId));
	if (!file) return false;
	row.file = { id: file.id, url: file.url, filename: file.filename };
	return true;
}

// humaans.txt 2613–2977
export const equipment: CollectionContract = {
	path: '/api/equipment',
	list: true,
	get: true,
	delete: true,
	filters: { personId: 'eq' },
	create: { required: ['personId', 'type', 'name', 'issueDate'], optional: FIELDS },
	update: { optional: ['type', 'name', 'issueDate', ...FIELDS] },
	dates: ['issueDate', 'receiptDate', 'collectionDate'],
	defaults: {
		serialNumber: null,
		cost: null,
		currency: null,
		note: null,
		fileId: null,
		file: null,
		receiptDate: null,
		collectionDate: null,
		collectedBy: null,
	},
	onCreate: (row, server) =>
		attachFile(row, server)
			? undefined
			: {
					status: 422,
					body: { code: 422, name: 'ValidationError', message: 'Validation failed', issues: [{ name: 'fileId', reason: 'no such file' }] },
				},
	onUpdate: (row, server) => {
		// An update cannot be refused from this hook; an unknown file fails the test loudly.
		if (!attachFile(row, server)) throw new Error('fileId: no such file');
	},
};
