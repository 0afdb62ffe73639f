import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { validationFailed } from '../replies';

type Row = Record<string, unknown>;

// humaans.txt 4926–6406. List filters 5393–5432, create 5679–5930, update 6047–6270.

/** Parameters documented identically for create (5687–5926) and update (6051–6266). */
const PROFILE = [
	'middleName', 'preferredName', 'pronouns', 'personalEmail', 'phoneNumber', 'personalPhoneNumber', 'gender',
	'birthday', 'isBirthdayHidden', 'profilePhotoId', 'nationality', 'nationalities', 'spokenLanguages',
	'dietaryPreference', 'foodAllergies', 'address', 'city', 'state', 'postcode', 'countryCode', 'bio', 'linkedIn',
	'twitter', 'github', 'firstWorkingDay', 'employmentEndDate', 'lastWorkingDay', 'probationEndDate', 'workingDays',
	'turnoverImpact', 'leavingReason', 'leavingNote', 'leavingFileId', 'contractType', 'payrollProvider', 'employeeId',
	'taxId', 'taxCode', 'remoteCity', 'remoteCountryCode', 'timeAwayApprovalFlowId', 'teams', 'status',
	'isWorkEmailHidden', 'calendarFeedToken', 'seenDocumentsAt', 'publicHolidayCalendarId',
];

/** Required when a person is created (or activated) with status active (5683, 5685). */
const REQUIRED_WHEN_ACTIVE = ['firstName', 'lastName', 'email', 'employmentStartDate', 'locationId', 'jobRole'];

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const missing = (value: unknown) => value === undefined || value === null || value === '';

/** Checks the nested and typed parameters the generic validator cannot see. */
function shapeIssues(row: Row): Row[] {
	const issues: Row[] = [];
	if (row.workingDays !== undefined && row.workingDays !== null) {
		// object[] | null of { day } with day one of monday … sunday (5816–5822).
		const ok =
			Array.isArray(row.workingDays) &&
			row.workingDays.every((d) => isObject(d) && Object.keys(d).join() === 'day' && WEEK.includes(String(d.day)));
		if (!ok) issues.push({ name: 'workingDays', reason: `must be a list of { day } with day one of ${WEEK.join(', ')}` });
	}
	if (row.teams !== undefined) {
		// object[] of { name } (name required), at most 12 (5876–5882).
		const ok =
			Array.isArray(row.teams) &&
			row.teams.length <= 12 &&
			row.teams.every((t) => isObject(t) && Object.keys(t).join() === 'name' && typeof t.name === 'string' && t.name !== '');
		if (!ok) issues.push({ name: 'teams', reason: 'must be at most 12 teams of { name }' });
	}
	for (const field of ['nationalities', 'spokenLanguages', 'foodAllergies']) {
		const value = row[field];
		if (value === undefined || (value === null && field !== 'foodAllergies')) continue;
		if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
			issues.push({ name: field, reason: 'must be a list of strings' });
		}
	}
	for (const field of ['isBirthdayHidden', 'isWorkEmailHidden']) {
		if (row[field] !== undefined && typeof row[field] !== 'boolean') issues.push({ name: field, reason: 'must be a boolean' });
	}
	for (const field of ['email', 'personalEmail']) {
		if (!missing(row[field]) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(row[field]))) {
			issues.push({ name: field, reason: 'must be an email address' });
		}
	}
	if (row.seenDocumentsAt !== undefined && Number.isNaN(Date.parse(String(row.seenDocumentsAt)))) {
		issues.push({ name: 'seenDocumentsAt', reason: 'must be a date-time' });
	}
	return issues;
}

/** Create-only nested objects: jobRole { jobTitle required, department, reportingTo }, timeAwayAllocation { timeAwayPolicyId } (5904–5926). */
function createIssues(body: Row): Row[] {
	const issues: Row[] = [];
	if (body.jobRole !== undefined) {
		const role = body.jobRole;
		if (!isObject(role)) issues.push({ name: 'jobRole', reason: 'must be an object' });
		else {
			if (missing(role.jobTitle)) issues.push({ name: 'jobRole.jobTitle', reason: 'required' });
			for (const key of Object.keys(role)) {
				if (!['jobTitle', 'department', 'reportingTo'].includes(key)) issues.push({ name: `jobRole.${key}`, reason: 'not allowed' });
			}
		}
	}
	if (body.timeAwayAllocation !== undefined) {
		const allocation = body.timeAwayAllocation;
		if (!isObject(allocation) || missing(allocation.timeAwayPolicyId)) {
			issues.push({ name: 'timeAwayAllocation.timeAwayPolicyId', reason: 'required' });
		} else if (Object.keys(allocation).some((key) => key !== 'timeAwayPolicyId')) {
			issues.push({ name: 'timeAwayAllocation', reason: 'only timeAwayPolicyId is allowed' });
		}
	}
	return issues;
}

/** "If the last working day is set and is in the past, the status changes to offboarded" (5385, 6049; UTC). */
function settleStatus(row: Row) {
	if (row.status === 'newHire') return;
	const lastDay = (row.lastWorkingDay ?? row.employmentEndDate) as string | null | undefined;
	const today = new Date().toISOString().slice(0, 10);
	if (lastDay && lastDay < today) row.status = 'offboarded';
	else if (row.status === 'offboarded') row.status = 'active';
}

export const people: CollectionContract = {
	path: '/api/people',
	list: true,
	get: true,
	delete: true,
	filters: { email: 'eq', status: 'in', createdAt: 'range', updatedAt: 'range' },
	// "status … Default: active"; `status=all` lists every status (5383–5397).
	defaultFilter: { status: 'active' },
	matchAll: { status: 'all' },
	// Required-ness depends on the status (newHire: only email or personalEmail), so onCreate checks it.
	create: {
		required: [],
		optional: [
			'firstName', 'lastName', 'email', 'employmentStartDate', 'locationId', 'jobRole', 'timeAwayAllocation',
			// Named in the create prose for new hires (5685), not in the parameter list.
			'source', 'sourceId',
			...PROFILE,
		],
	},
	update: { optional: ['firstName', 'lastName', 'email', 'employmentStartDate', 'locationId', ...PROFILE] },
	enums: {
		status: ['active', 'offboarded', 'newHire'],
		dietaryPreference: ['No preference', 'Pescetarian', 'Vegetarian', 'Vegan', 'Halal', 'Jain', 'Kosher', 'Diabetic'],
		turnoverImpact: ['regrettable', 'non-regrettable', 'not applicable'],
		leavingReason: ['dismissed', 'resigned', 'redundancy', 'contractEnded', 'other'],
	},
	dates: ['birthday', 'employmentStartDate', 'firstWorkingDay', 'employmentEndDate', 'lastWorkingDay', 'probationEndDate'],
	defaults: {
		companyId: 'T7uqPFK7am4lFTZm39AmNuay',
		status: 'active',
		middleName: null,
		preferredName: null,
		personalEmail: null,
		employmentEndDate: null,
		lastWorkingDay: null,
		workingDays: null,
		teams: [],
		isVerified: false,
		isWorkEmailHidden: false,
		isBirthdayHidden: false,
		role: 'user',
		source: null,
		sourceId: null,
	},
	onCreate: (row, server) => {
		const issues = [...shapeIssues(row), ...createIssues(row)];
		if (row.status === 'newHire') {
			if (missing(row.email) && missing(row.personalEmail)) issues.push({ name: 'email', reason: 'email or personalEmail is required' });
		} else {
			for (const field of REQUIRED_WHEN_ACTIVE) if (missing(row[field])) issues.push({ name: field, reason: 'required' });
		}
		if (issues.length) return validationFailed(issues);
		row.firstWorkingDay ??= row.employmentStartDate ?? null;
		settleStatus(row);
		if (isObject(row.jobRole)) {
			// The person's first job role is created with them (and listed under /api/job-roles).
			const [role] = (server as HumaansServer).seed('/api/job-roles', [
				{
					personId: row.id,
					jobTitle: row.jobRole.jobTitle,
					department: row.jobRole.department ?? null,
					reportingTo: row.jobRole.reportingTo ?? null,
					effectiveDate: row.employmentStartDate ?? null,
					endDate: null,
					isFirst: true,
					note: null,
				},
			]);
			row.jobRole = { id: role.id, jobTitle: role.jobTitle, department: role.department, reportingTo: role.reportingTo, effectiveDate: role.effectiveDate };
		}
		return undefined;
	},
	onUpdate: (row, server) => {
		const issues = shapeIssues(row);
		const before = (server as HumaansServer).table('/api/people').get(String(row.id));
		// Promoting a new hire: "set the status to active and provide any of the missing required fields" (5685).
		if (before?.status === 'newHire' && row.status === 'active') {
			for (const field of REQUIRED_WHEN_ACTIVE.filter((f) => f !== 'jobRole')) {
				if (missing(row[field])) issues.push({ name: field, reason: 'required to activate a new hire' });
			}
		}
		if (issues.length) return validationFailed(issues);
		settleStatus(row);
		return undefined;
	},
};
