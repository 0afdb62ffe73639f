import type { IDataObject } from 'n8n-workflow';
import type { Lookup } from '../shared/lookups';
import { lookupRefs } from '../shared/lookups';
import { API } from './transport';

/**
 * Records a user picks from a list instead of pasting IDs (see shared/lookups.ts). `path`
 * may hold `{organisationId}`, filled from the Organisation parameter of the node.
 */
export type EmploymentHeroLookup = Lookup;

const text = (...parts: unknown[]) =>
	parts
		.filter((part) => (typeof part === 'string' && part.trim() !== '') || typeof part === 'number')
		.map((part) => String(part).trim())
		.join(' ')
		.trim();

const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : '');

const employeeLabel = (item: IDataObject) => {
	const name = text(item.known_as || item.first_name, item.last_name);
	const email = item.company_email || item.account_email;
	return email ? `${name || String(item.id)} (${String(email)})` : name || String(item.id);
};

const ORG = `${API}/organisations/{organisationId}`;

export const EMPLOYMENT_HERO_LOOKUPS: Record<string, EmploymentHeroLookup> = {
	organisation: {
		displayName: 'Organisation',
		path: `${API}/organisations`,
		label: (i) => text(i.name, i.country ? `(${String(i.country)})` : '') || String(i.id),
	},
	employee: { displayName: 'Employee', path: `${ORG}/employees`, label: employeeLabel },
	timesheetEmployee: {
		displayName: 'Employee',
		path: `${ORG}/employees`,
		label: employeeLabel,
		// employmenthero.txt 722: the wildcard collection id "-" searches across all employees.
		extra: [{ name: 'All Employees', value: '-' }],
	},
	team: {
		displayName: 'Team',
		path: `${ORG}/teams`,
		label: (i) => text(i.name, i.status && i.status !== 'active' ? `(${String(i.status)})` : '') || String(i.id),
	},
	leaveRequest: {
		displayName: 'Leave Request',
		path: `${ORG}/leave_requests`,
		label: (i) =>
			text(i.leave_category_name, day(i.start_date), '→', day(i.end_date), i.status ? `(${String(i.status)})` : '') ||
			String(i.id),
	},
	certification: {
		displayName: 'Certification',
		path: `${ORG}/certifications`,
		label: (i) => text(i.name, i.type ? `(${String(i.type)})` : '') || String(i.id),
	},
	rosteredShift: {
		displayName: 'Rostered Shift',
		path: `${ORG}/rostered_shifts`,
		label: (i) => text(String(i.start_time ?? ''), '–', String(i.end_time ?? ''), i.member_full_name ? `· ${String(i.member_full_name)}` : '') || String(i.id),
	},
	unavailability: {
		displayName: 'Unavailability',
		path: `${ORG}/unavailabilities`,
		label: (i) => text(String(i.start_date ?? ''), '→', String(i.end_date ?? ''), i.description ? `· ${String(i.description)}` : '') || String(i.id),
	},
};

export const EMPLOYMENT_HERO_REFS = lookupRefs(EMPLOYMENT_HERO_LOOKUPS, {
	loadOptions: true,
	placeholder: 'e.g. bdfcb02b-fcc3-4f09-8636-c06c14345b86',
});
