import type { IDataObject } from 'n8n-workflow';
import type { RefCatalogue } from '../shared/fields';
import { EMPLOYEES_PATH, SEQUENCES_PATH } from './transport';

/**
 * Records a user picks from a list instead of typing IDs. Both lists are unpaginated, so
 * one request returns everything; list-search and load-options filter it locally.
 */
export interface ChiefOnboardingLookup {
	/** Shown as "Select a …" in the list mode of resource locators. */
	displayName: string;
	path: string;
	label: (item: IDataObject) => string;
}

const text = (...parts: unknown[]) =>
	parts
		.filter((part) => typeof part === 'string' && part.trim() !== '')
		.join(' ')
		.trim();

/** "James Weller (james@example.com)": names alone are not unique, emails are. */
export const employeeLabel = (item: IDataObject) => {
	const name = text(item.first_name, item.last_name);
	if (name && item.email) return `${name} (${String(item.email)})`;
	return name || text(item.email) || String(item.id);
};

export const CHIEFONBOARDING_LOOKUPS: Record<string, ChiefOnboardingLookup> = {
	// GET /api/employees/ lists every user (all roles), so buddies and managers come from it.
	employee: { displayName: 'User', path: EMPLOYEES_PATH, label: employeeLabel },
	sequence: { displayName: 'Sequence', path: SEQUENCES_PATH, label: (item) => text(item.name) || String(item.id) },
};

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
export const searchMethodName = (key: string) => `search${pascal(key)}s`;
export const loadOptionsMethodName = (key: string) => `load${pascal(key)}Options`;

export const CHIEFONBOARDING_REFS: RefCatalogue = Object.fromEntries(
	Object.entries(CHIEFONBOARDING_LOOKUPS).map(([key, lookup]) => [
		key,
		{
			displayName: lookup.displayName,
			searchMethod: searchMethodName(key),
			loadOptionsMethod: loadOptionsMethodName(key),
			placeholder: 'e.g. 12',
		},
	]),
);
