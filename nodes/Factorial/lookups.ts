import type { IDataObject } from 'n8n-workflow';
import type { Lookup } from '../shared/lookups';
import { lookupRefs } from '../shared/lookups';

/**
 * Resources users pick from a list instead of pasting IDs. The keys are the refs the
 * generator puts on ID fields (scripts/factorial/config.mjs REF_RESOURCES); list-search
 * and load-options methods are derived from this one table by nodes/shared/lookups.ts.
 * Paths are below FACTORIAL_API_PATH.
 */
export interface FactorialLookup extends Lookup {
	/** Query parameter the list filters by text, when it has one. */
	searchParam?: string;
}

const text = (...parts: unknown[]) =>
	parts
		.filter((part) => (typeof part === 'string' && part.trim() !== '') || typeof part === 'number')
		.map((part) => String(part).trim())
		.join(' ');

const named = (...keys: string[]) => (item: IDataObject) => text(...keys.map((key) => item[key])) || String(item.id);

const person = (item: IDataObject) => {
	const name = text(item.full_name) || text(item.first_name, item.last_name);
	const email = item.email ?? item.login_email;
	return email ? `${name || String(item.id)} (${String(email)})` : name || String(item.id);
};

export const FACTORIAL_LOOKUPS: Record<string, FactorialLookup> = {
	employee: { displayName: 'Employee', path: '/employees/employees', searchParam: 'full_text_name', label: person },
	legalEntity: { displayName: 'Legal Entity', path: '/companies/legal_entities', label: named('legal_name') },
	location: { displayName: 'Location', path: '/locations/locations', label: named('name') },
	workArea: { displayName: 'Work Area', path: '/locations/work_areas', label: named('name') },
	team: { displayName: 'Team', path: '/teams/teams', label: named('name') },
	leaveType: { displayName: 'Leave Type', path: '/timeoff/leave_types', label: (i) => text(i.translated_name) || text(i.name) || String(i.id) },
	leave: {
		displayName: 'Leave',
		path: '/timeoff/leaves',
		label: (i) => text(i.employee_full_name, i.leave_type_name ? `· ${String(i.leave_type_name)}` : '', i.start_on ? `· ${String(i.start_on)}` : '', i.finish_on ? `→ ${String(i.finish_on)}` : '') || String(i.id),
	},
	timeoffPolicy: { displayName: 'Time Off Policy', path: '/timeoff/policies', label: named('name') },
	project: { displayName: 'Project', path: '/project_management/projects', searchParam: 'name_or_code', label: named('name') },
	subproject: { displayName: 'Subproject', path: '/project_management/subprojects', searchParam: 'name', label: named('name') },
	projectWorker: {
		displayName: 'Project Worker',
		path: '/project_management/project_workers',
		searchParam: 'employee_name',
		label: (i) => text(i.employee_full_name ?? i.employee_name, i.project_id ? `· project ${String(i.project_id)}` : '') || String(i.id),
	},
	reviewProcess: { displayName: 'Review Process', path: '/performance/review_processes', searchParam: 'search', label: named('name') },
	jobPosting: { displayName: 'Job Posting', path: '/ats/job_postings', label: named('title') },
	candidate: { displayName: 'Candidate', path: '/ats/candidates', label: person },
	application: {
		displayName: 'Application',
		path: '/ats/applications',
		searchParam: 'search',
		label: (i) => text(i.candidate_full_name ?? i.full_name, i.job_posting_title ? `· ${String(i.job_posting_title)}` : '') || String(i.id),
	},
	applicationPhase: { displayName: 'Application Phase', path: '/ats/application_phases', label: named('name') },
	contractTemplate: { displayName: 'Contract Template', path: '/contracts/contract_templates', label: named('name') },
	customField: { displayName: 'Custom Field', path: '/custom_fields/fields', label: named('label_text') },
	training: { displayName: 'Training', path: '/trainings/trainings', searchParam: 'search', label: named('name') },
	workSchedule: { displayName: 'Work Schedule', path: '/work_schedule/schedules', label: named('name') },
	folder: { displayName: 'Folder', path: '/documents/folders', searchParam: 'name', label: named('name') },
	document: { displayName: 'Document', path: '/documents/documents', label: named('filename') },
	postGroup: { displayName: 'Post Group', path: '/posts/groups', searchParam: 'search', label: named('title') },
	task: { displayName: 'Task', path: '/tasks/tasks', label: named('name') },
	costCenter: { displayName: 'Cost Center', path: '/finance/cost_centers', searchParam: 'search', label: named('name') },
	breakConfiguration: { displayName: 'Break Configuration', path: '/time_settings/break_configurations', label: named('name') },
};

export const FACTORIAL_REFS = lookupRefs(FACTORIAL_LOOKUPS, { loadOptions: true, placeholder: 'e.g. 42' });
