import { attachFile, fieldInvalid } from '../replies';
import type { CollectionContract } from './types';


const FIELDS = ['serialNumber', 'cost', 'currency', 'note', 'fileId', 'receiptDate', 'collectionDate'];

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
	onCreate: (row, server) => (attachFile(row, server) ? undefined : fieldInvalid('fileId', 'no such file')),
	onUpdate: (row, server) => (attachFile(row, server) ? undefined : fieldInvalid('fileId', 'no such file')),
};
