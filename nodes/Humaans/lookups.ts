import type { IDataObject } from 'n8n-workflow';
import type { Lookup } from '../shared/lookups';
import { lookupRefs } from '../shared/lookups';

/** Resources a user picks from a list instead of pasting IDs (see shared/lookups.ts). */
export type HumaansLookup = Lookup;

const text = (...parts: unknown[]) =>
	parts
		.filter((part) => typeof part === 'string' && part.trim() !== '')
		.join(' ')
		.trim();

const byName = (item: IDataObject) => text(item.name) || String(item.id);
const personLabel = (item: IDataObject) => {
	const name = text(item.preferredName || item.firstName, item.lastName);
	return item.email ? `${name} (${String(item.email)})` : name || String(item.id);
};
const datedLabel = (field: string) => (item: IDataObject) =>
	text(String(item[field] ?? ''), item.personId ? `· ${String(item.personId)}` : '') || String(item.id);

export const HUMAANS_LOOKUPS: Record<string, HumaansLookup> = {
	bankAccount: { displayName: 'Bank Account', path: '/api/bank-accounts', label: (i) => text(i.bankName, i.nameOnAccount) || String(i.id) },
	company: { displayName: 'Company', path: '/api/companies', label: byName },
	compensation: { displayName: 'Compensation', path: '/api/compensations', label: (i) => text(String(i.amount ?? ''), i.currency, i.period, i.effectiveDate ? `from ${String(i.effectiveDate)}` : '') || String(i.id) },
	compensationType: { displayName: 'Compensation Type', path: '/api/compensation-types', label: byName },
	customField: { displayName: 'Custom Field', path: '/api/custom-fields', label: byName },
	customValue: { displayName: 'Custom Value', path: '/api/custom-values', label: (i) => text(String(i.customFieldId ?? ''), '=', JSON.stringify(i.value ?? null)) },
	document: { displayName: 'Document', path: '/api/documents', label: byName },
	documentType: { displayName: 'Document Type', path: '/api/document-types', label: byName },
	emergencyContact: { displayName: 'Emergency Contact', path: '/api/emergency-contacts', label: (i) => text(i.name, i.relationship ? `(${String(i.relationship)})` : '') || String(i.id) },
	equipment: { displayName: 'Equipment', path: '/api/equipment', label: (i) => text(i.name, i.serialNumber ? `#${String(i.serialNumber)}` : '') || String(i.id) },
	identityDocument: { displayName: 'Identity Document', path: '/api/identity-documents', label: (i) => text(i.type, i.number) || String(i.id) },
	identityDocumentType: { displayName: 'Identity Document Type', path: '/api/identity-document-types', label: (i) => text(i.value) || String(i.id) },
	jobRole: { displayName: 'Job Role', path: '/api/job-roles', label: (i) => text(i.jobTitle, i.effectiveDate ? `from ${String(i.effectiveDate)}` : '') || String(i.id) },
	location: { displayName: 'Location', path: '/api/locations', label: (i) => text(i.label || i.city, i.countryCode ? `(${String(i.countryCode)})` : '') || String(i.id) },
	person: { displayName: 'Person', path: '/api/people', qs: { status: 'all' }, label: personLabel },
	publicHolidayCalendar: { displayName: 'Public Holiday Calendar', path: '/api/public-holiday-calendars', label: byName },
	timeAway: { displayName: 'Time Away', path: '/api/time-away', label: (i) => text(String(i.startDate ?? ''), '→', String(i.endDate ?? ''), i.personId ? `· ${String(i.personId)}` : '') },
	timeAwayAdjustment: { displayName: 'Time Away Adjustment', path: '/api/time-away-adjustments', label: (i) => text(String(i.date ?? ''), i.reason) || String(i.id) },
	timeAwayAllocation: { displayName: 'Time Away Allocation', path: '/api/time-away-allocations', label: datedLabel('effectiveDate') },
	timeAwayPolicy: { displayName: 'Time Away Policy', path: '/api/time-away-policies', label: byName },
	timeAwayType: { displayName: 'Time Away Type', path: '/api/time-away-types', label: (i) => text(i.emoji, i.name) || String(i.id) },
	timesheetEntry: { displayName: 'Timesheet Entry', path: '/api/timesheet-entries', label: (i) => text(String(i.date ?? ''), i.startTime, i.endTime ? `– ${String(i.endTime)}` : '') },
	timesheetSubmission: { displayName: 'Timesheet Submission', path: '/api/timesheet-submissions', label: datedLabel('startDate') },
	webhook: { displayName: 'Webhook', path: '/api/webhooks', label: byName },
};

export const HUMAANS_REFS = lookupRefs(HUMAANS_LOOKUPS, { loadOptions: true });
