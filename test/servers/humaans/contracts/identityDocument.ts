import type { Reply } from '../../base';
import type { CollectionContract } from './types';
import { attachFile, fieldInvalid as invalid } from '../replies';

type Row = Record<string, unknown>;

/**
 * humaans.txt 3414–3440: `file` is a subset of the attached file; verifiedAt and isVerified
 * follow verifiedBy (the server's choice: verified when a verifier is set).
 */
function derive(row: Row, server: unknown): Reply | undefined {
	if (row.fileId === null || row.fileId === undefined || !attachFile(row, server)) return invalid('fileId', 'no such file');
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
