import type { IDataObject } from 'n8n-workflow';
import type { Lookup } from '../shared/lookups';
import { lookupRefs } from '../shared/lookups';
import { EMPLOYEES_PATH, SEQUENCES_PATH } from './transport';

/**
 * Records a user picks from a list instead of typing IDs (see shared/lookups.ts). Both lists
 * are unpaginated, so one request returns everything and it is filtered locally.
 */
export type ChiefOnboardingLookup = Lookup;

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

export const CHIEFONBOARDING_REFS = lookupRefs(CHIEFONBOARDING_LOOKUPS, { loadOptions: true, placeholder: 'e.g. 12' });
