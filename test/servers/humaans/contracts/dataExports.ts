import { randomBytes } from 'node:crypto';
import type { Reply } from '../../base';
import type { CollectionContract } from './types';

interface ExportStore {
	fileBytes: Map<string, { data: Buffer; contentType: string }>;
}

const FLAGS = [
	'includeOffboarded',
	'includeRoleHistory',
	'includeCompensationHistory',
	'includeWithoutEquipment',
	'includeWithoutDocuments',
	'includeAllDocumentVersions',
	'includeAdjustments',
	'includeArchivedWorkflows',
	'includeNewHires',
	'json',
	'download',
];

function exportContent(row: Record<string, unknown>): { data: Buffer; contentType: string } {
	const fields = Array.isArray(row.fields) && row.fields.length ? (row.fields as string[]) : ['firstName', 'lastName'];
	if (row.json === true) {
		return { data: Buffer.from(JSON.stringify([Object.fromEntries(fields.map((f) => [f, `${f}-1`]))])), contentType: 'application/json' };
	}
	return { data: Buffer.from(`${fields.join(',')}\n${fields.map((f) => `${f}-1`).join(',')}\n`), contentType: 'text/csv' };
}

// humaans.txt 1704–1892: GET/:id, POST, DELETE/:id; no list endpoint.
export const dataExports: CollectionContract = {
	path: '/api/data-exports',
	get: true,
	delete: true,
	create: {
		required: ['type'],
		optional: ['fields', 'customFields', 'timeAwayTypes', 'compensationTypes', 'startDate', 'endDate', 'dataExportTemplateId', ...FLAGS],
	},
	enums: { type: ['people', 'equipment', 'timeAway', 'timesheet', 'document', 'identityDocument', 'workflowActivity'] },
	dates: ['startDate', 'endDate'],
	defaults: { companyId: 'T7uqPFK7am4lFTZm39AmNuay', dataExportTemplateId: null },
	onCreate(row, server): Reply | undefined {
		const store = server as ExportStore;
		const content = exportContent(row);
		// With download: true the file is the response (humaans.txt 1842).
		if (row.download === true) return { status: 200, body: content.data, raw: true, headers: { 'content-type': content.contentType } };
		const token = randomBytes(12).toString('base64url');
		store.fileBytes.set(`export:${token}`, content);
		const kept = Object.fromEntries(Object.entries(row).filter(([key]) => !['fields', 'type', ...FLAGS].includes(key)));
		Object.keys(row).forEach((key) => delete row[key]);
		Object.assign(row, kept, { url: `/data-exports/${token}` });
		return undefined;
	},
};
