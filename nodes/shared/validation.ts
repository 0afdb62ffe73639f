import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** A NodeOperationError that names the parameter and the item, raised before any request. */
export function invalidParameter(node: INode, itemIndex: number, field: string, problem: string) {
	return new NodeOperationError(node, `Invalid "${field}" in item ${itemIndex}: ${problem}`, {
		itemIndex,
		description: `Check the "${field}" parameter of item ${itemIndex}.`,
	});
}

/** Returns a trimmed non-empty string, or throws naming the field and item. */
export function requireString(node: INode, itemIndex: number, field: string, value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string' || value.trim() === '') {
		throw invalidParameter(node, itemIndex, field, 'a value is required');
	}
	return value.trim();
}

/**
 * Encodes one URL path segment. `.` and `..` are refused outright: URL parsers resolve
 * them (even percent-encoded) as dot-segments, which would change the path.
 */
export function pathSegment(node: INode, itemIndex: number, field: string, value: unknown): string {
	const id = requireString(node, itemIndex, field, value);
	if (id === '.' || id === '..' || /^(%2e){1,2}$/i.test(id)) {
		throw invalidParameter(node, itemIndex, field, `"${id}" is not a valid ID`);
	}
	return encodeURIComponent(id);
}

/** Parses a JSON parameter that may already be an object (expressions) or a string. */
export function parseJsonParameter(node: INode, itemIndex: number, field: string, value: unknown): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value) as unknown;
	} catch {
		throw invalidParameter(node, itemIndex, field, 'the value is not valid JSON');
	}
}

export function requireEmail(node: INode, itemIndex: number, field: string, value: unknown): string {
	const email = requireString(node, itemIndex, field, value);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw invalidParameter(node, itemIndex, field, `"${email}" is not an email address`);
	}
	return email;
}
