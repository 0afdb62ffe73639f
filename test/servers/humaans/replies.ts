import { randomBytes } from 'node:crypto';
import type { Reply } from '../base';

type Row = Record<string, unknown>;

/** Error object per humaans.txt 181–261: `{ id, code, name, message, issues? }`. */
export function humaansError(code: number, name: string, message: string, issues?: Row[]): Reply {
	return {
		status: code,
		body: { id: randomBytes(8).toString('hex'), code, name, message, ...(issues ? { issues } : {}) },
	};
}

/** A 422 ValidationError listing `issues[{ name, reason }]`. */
export function validationFailed(issues: Row[]): Reply {
	return humaansError(422, 'ValidationError', 'Validation failed', issues);
}

/** A 422 ValidationError for one field. */
export function fieldInvalid(name: string, reason: string): Reply {
	return validationFailed([{ name, reason }]);
}

/** Something that holds the uploaded files table (the Humaans server). */
interface FileStore {
	table(path: string): Map<string, Row>;
}

/**
 * Fills the `file` subset (id, url, filename) of the attached file, as documents, equipment
 * and identity documents show it; false when `fileId` names no uploaded file.
 */
export function attachFile(row: Row, server: unknown): boolean {
	if (row.fileId === null || row.fileId === undefined) {
		row.file = null;
		return true;
	}
	const file = (server as FileStore).table('/api/files').get(String(row.fileId));
	if (!file) return false;
	row.file = { id: file.id, url: file.url, filename: file.filename };
	return true;
}
