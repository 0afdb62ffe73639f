import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { attachFile, fieldInvalid as invalid } from '../replies';


// humaans.txt 2025–2351
export const documents: CollectionContract = {
	path: '/api/documents',
	list: true,
	get: true,
	delete: true,
	// 2136–2137: `personId string | empty`; an empty value matches company-wide (null) rows.
	filters: { personId: 'eq' },
	create: { required: ['name'], optional: ['personId', 'documentTypeId', 'link', 'fileId', 'issueDate', 'type'] },
	update: { optional: ['name', 'documentTypeId', 'issueDate', 'type'] },
	dates: ['issueDate'],
	defaults: {
		companyId: 'T7uqPFK7am4lFTZm39AmNuay',
		personId: null,
		documentTypeId: null,
		link: null,
		fileId: null,
		file: null,
		source: null,
		sourceId: null,
		issueDate: null,
	},
	onCreate: (row, server) => {
		// 2064–2068: "Documents must have either a link or a file attached."
		if (!row.link && !row.fileId) return invalid('link', 'a document must have either a link or a file');
		if (!attachFile(row, server)) return invalid('fileId', 'no such file');
		row.createdBy = (server as HumaansServer).me.id;
		return undefined;
	},
};
