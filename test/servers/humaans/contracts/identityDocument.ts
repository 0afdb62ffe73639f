import type { Reply } from '../../base';
import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';

type Row = Record<string, unknown>;

const invalid = (name: string, reason: string): Reply => ({
	status: 422,
	body: { code: 422, name: 'ValidationError', message: 'Validation failed', issues: [{ name, reason }] },
});

/**
 * humaans.txt 3414–3440: `file` is a subset of the attached file; verifiedAt and isVerified
 * follow verifiedBy (the server's choice: verified when a verifier is set).
 */
function derive(row: Row, server: unknown): Reply | undefined {
	const file = (server as HumaansServer).table('/api/files').get(String(row.fileId));
	if (!file) return invalid('fileId', 'no such file');
	row.file = { id: file.id, url: file.url, filename: file.filename };
	const verified = row.verifiedBy !== null && row.verifiedBy !== undefined;
	if (verified && !row.isVerified) row.verifiedAt = new Date().toISOString();
	if (!verified) row.verifiedAt = null;
	row.isVerified = verified;
	return undefined;
}

// humaans.txt 3365–3709
export const identityDocuments: CollectionContract = {
	path: '/api/identity-documents',
	list: true,
	get: true,
	delete: true,
	filters: { personId: 'eq' },
	create: {
		required: ['personId', 'type', 'fileId'],
		optional: ['number', 'countryCode', 'expiryDate', 'note', 'verifiedBy'],
	},
	update: { optional: ['type', 'number', 'countryCode', 'expiryDate', 'note', 'fileId', 'verifiedBy'] },
	dates: ['expiryDate'],
	defaults: { number: null, countryCode: null, expiryDate: null, note: null, verifiedBy: null, verifiedAt: null, isVerified: false },
	onCreate: (row, server) => derive(row, server),
	onUpdate: (row, server) => derive(row, server),
};
