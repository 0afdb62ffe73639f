import type { IDataObject, INode } from 'n8n-workflow';
import type { Page } from '../shared/pagination';
import type { FilterSpec, SystemSpec } from '../shared/operations';
import { arrayItems, containsIgnoringCase, equalsIgnoringCase } from '../shared/clientList';
import { invalidParameter } from '../shared/validation';
import { CHIEFONBOARDING_REFS } from './lookups';
import { chiefOnboardingClient, readChiefOnboardingError } from './transport';

/** A list response is a bare JSON array of every record (no envelope, no paging). */
export const readChiefOnboardingPage = (body: unknown): Page => ({ items: arrayItems(body) });

export const chiefOnboardingSystem: SystemSpec = {
	name: 'ChiefOnboarding',
	refs: CHIEFONBOARDING_REFS,
	client: chiefOnboardingClient,
	readError: readChiefOnboardingError,
	// The lists are unpaginated and take no query parameters: every list operation is
	// `unpaginated` (one request, filters and Limit applied locally), so this paging style is
	// never used to build a request.
	paging: { type: 'offset', limitParam: 'limit', offsetParam: 'offset', maxPageSize: Number.MAX_SAFE_INTEGER },
	readPage: readChiefOnboardingPage,
	// Filters are applied locally (`FilterSpec.match`), never sent.
	queryKey: (name) => name,
};

/** Filters a user expects on a list the API can only return whole: applied to the records here. */
export const nameContainsFilter = (...keys: string[]): FilterSpec => ({
	name: 'nameContains',
	label: 'Name Contains',
	type: 'string',
	placeholder: 'e.g. Weller',
	description: 'Only records whose name contains this text (case-insensitive)',
	match: containsIgnoringCase(...keys),
});

export const emailFilter: FilterSpec = {
	name: 'email',
	label: 'Email',
	type: 'email',
	description: 'Only the user with this email address (case-insensitive)',
	match: equalsIgnoringCase('email'),
};

/**
 * ChiefOnboarding IDs are positive integers (Django primary keys) and are sent as JSON
 * numbers, as in the document's example. Anything else is refused before any request.
 */
export function toId(node: INode, itemIndex: number, label: string, value: unknown): number {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
		throw invalidParameter(node, itemIndex, label, `"${String(value)}" is not a ChiefOnboarding ID (a whole number such as 12)`);
	}
	return Number(text);
}

/** Converts the ID fields of a planned body in place. */
export function convertIds(node: INode, itemIndex: number, body: IDataObject, fields: Record<string, string>) {
	for (const [key, label] of Object.entries(fields)) {
		const value = body[key];
		if (value === undefined || value === null) continue;
		body[key] = Array.isArray(value)
			? value.map((entry) => toId(node, itemIndex, label, entry))
			: toId(node, itemIndex, label, value);
	}
}
