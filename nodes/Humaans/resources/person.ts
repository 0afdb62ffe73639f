import type { IDataObject, IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fields';
import type { FilterSpec, OperationSpec, PlannedRequest } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { dateRangeFilters } from '../system';

// humaans.txt 4926–6406 ("People"). Create: 5679–5930, update: 6047–6270, list filters: 5393–5432.

export const PERSON_SIMPLIFY = [
	'id',
	'firstName',
	'lastName',
	'preferredName',
	'email',
	'status',
	'jobRole',
	'locationId',
	'employmentStartDate',
	'employmentEndDate',
];

const opts = (...values: string[]): INodePropertyOptions[] =>
	values.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value }));

// "One of active, offboarded or newHire" (5214).
const STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Active', value: 'active' },
	{ name: 'New Hire', value: 'newHire' },
	{ name: 'Offboarded', value: 'offboarded' },
];

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// Fields the document requires when a person is created with status active (the default).
const firstName: FieldSpec = { name: 'firstName', type: 'string', description: 'First name.' };
const lastName: FieldSpec = { name: 'lastName', type: 'string', description: 'Last name.' };
const email: FieldSpec = {
	name: 'email',
	type: 'email',
	description: 'The work email of the person. The email they use to log in.',
};
const employmentStartDate: FieldSpec = { name: 'employmentStartDate', type: 'date', description: 'Employment start date.' };
const locationId: FieldSpec = {
	name: 'locationId',
	label: 'Location',
	type: 'ref',
	ref: 'location',
	description:
		'The location this person works at; for a remote worker enter remote By ID and set Remote City',
};
const jobTitle: FieldSpec = { name: 'jobRole.jobTitle', label: 'Job Title', type: 'string', description: 'Job title.' };

/** Parameters documented identically for create and update (apart from the ones above). */
const profile: FieldSpec[] = [
	{ name: 'middleName', type: 'string', nullable: true, description: 'Middle name.' },
	{
		name: 'preferredName',
		type: 'string',
		nullable: true,
		description: 'The first name the person goes by, shown instead of the first name',
	},
	{ name: 'pronouns', type: 'string', nullable: true, description: 'Preferred pronouns that the person goes by.' },
	{ name: 'personalEmail', type: 'email', nullable: true, description: 'Personal email of the person.' },
	{ name: 'phoneNumber', type: 'string', nullable: true, description: 'Work phone number of the person.' },
	{ name: 'personalPhoneNumber', type: 'string', nullable: true, description: 'Personal phone number of the person.' },
	{ name: 'gender', type: 'string', nullable: true, description: 'Person’s gender. It’s a free form field, any value is allowed.' },
	{
		name: 'birthday',
		type: 'date',
		nullable: true,
		description: 'Date of birth, only shown to owners, admins and finance',
	},
	{
		name: 'isBirthdayHidden',
		type: 'boolean',
		description: 'Whether this person has opted out from birthday announcements',
	},
	{ name: 'profilePhotoId', label: 'Profile Photo ID', type: 'string', nullable: true, description: 'ID of the profile picture file (see File › Upload).' },
	{ name: 'nationality', type: 'string', nullable: true, description: 'Nationality.' },
	{ name: 'nationalities', type: 'stringList', nullable: true, description: 'Nationalities.' },
	{ name: 'spokenLanguages', type: 'stringList', nullable: true, description: 'Spoken languages.' },
	{
		name: 'dietaryPreference',
		type: 'options',
		nullable: true,
		// "One of: No preference, Pescetarian, Vegetarian, Vegan, Halal, Jain, Kosher, Diabetic." (5094)
		options: ['Diabetic', 'Halal', 'Jain', 'Kosher', 'No preference', 'Pescetarian', 'Vegan', 'Vegetarian'].map((value) => ({
			name: value,
			value,
		})),
		default: 'No preference',
		description: 'Dietary preference.',
	},
	{ name: 'foodAllergies', type: 'stringList', description: 'A list of food allergies.' },
	{ name: 'address', type: 'string', nullable: true, description: 'Street address component of the person’s home address.' },
	{ name: 'city', type: 'string', nullable: true, description: 'City component of the person’s home address.' },
	{ name: 'state', type: 'string', nullable: true, description: 'Optional state component of the person’s home address.' },
	{ name: 'postcode', type: 'string', nullable: true, description: 'Postcode component of the person’s home address.' },
	{
		name: 'countryCode',
		type: 'string',
		nullable: true,
		placeholder: 'e.g. GB',
		description: 'Country code of the home address (ISO 3166-2, e.g. GB)',
	},
	{ name: 'bio', type: 'string', nullable: true, typeOptions: { rows: 3 }, description: 'An optional description about the person.' },
	{ name: 'linkedIn', label: 'LinkedIn', type: 'string', nullable: true, description: 'LinkedIn handle.' },
	{ name: 'twitter', type: 'string', nullable: true, description: 'Twitter handle.' },
	{ name: 'github', label: 'GitHub', type: 'string', nullable: true, description: 'GitHub handle.' },
	{
		name: 'firstWorkingDay',
		type: 'date',
		description: 'The first day at work. Defaults to the employment start date if not specified.',
	},
	{
		name: 'employmentEndDate',
		type: 'date',
		nullable: true,
		description: 'Once this date is past, the person is offboarded and inactive',
	},
	{
		name: 'lastWorkingDay',
		type: 'date',
		nullable: true,
		description: 'The last day at work. Defaults to the employment end date if not specified.',
	},
	{ name: 'probationEndDate', type: 'date', nullable: true, description: 'Probation end date.' },
	{
		// Documented as object[] of { day } (5816–5820); picked as days and sent as [{ day }] by shapePersonBody.
		name: 'workingDays',
		type: 'multiOptions',
		nullable: true,
		options: opts(...WEEK).sort((a, b) => a.name.localeCompare(b.name)),
		description: 'The days of the week worked by the person.',
	},
	{
		name: 'turnoverImpact',
		type: 'options',
		nullable: true,
		// "One of regrettable, non-regrettable or “not applicable”" (5162): the quotes mark a value with a space.
		options: [
			{ name: 'Non-Regrettable', value: 'non-regrettable' },
			{ name: 'Not Applicable', value: 'not applicable' },
			{ name: 'Regrettable', value: 'regrettable' },
		],
		default: 'regrettable',
		description: 'Turnover impact set for offboarded people.',
	},
	{
		name: 'leavingReason',
		type: 'options',
		nullable: true,
		// "One of dismissed, resigned, redundancy, contractEnded, other" (5178).
		options: [
			{ name: 'Contract Ended', value: 'contractEnded' },
			{ name: 'Dismissed', value: 'dismissed' },
			{ name: 'Other', value: 'other' },
			{ name: 'Redundancy', value: 'redundancy' },
			{ name: 'Resigned', value: 'resigned' },
		],
		default: 'resigned',
		description: 'Leaving reason set for offboarded people.',
	},
	{ name: 'leavingNote', type: 'string', nullable: true, description: 'Leaving note set for offboarded people.' },
	{
		name: 'leavingFileId',
		label: 'Leaving File ID',
		type: 'string',
		nullable: true,
		description: 'ID of the leaving file attached to offboarded people (see File › Upload).',
	},
	{
		name: 'contractType',
		type: 'string',
		nullable: true,
		placeholder: 'e.g. Full time',
		description: 'The employment contract type, e.g. Full time, Part time, Contractor or Internship',
	},
	{
		name: 'payrollProvider',
		type: 'string',
		nullable: true,
		description: 'The payroll provider that processes payroll for this person',
	},
	{ name: 'employeeId', label: 'Employee ID', type: 'string', nullable: true, description: 'Employee ID as used by the company.' },
	{
		name: 'taxId',
		label: 'Tax ID',
		type: 'string',
		nullable: true,
		description: 'The local tax ID used for payroll, e.g. a National Insurance or Social Security Number',
	},
	{
		name: 'taxCode',
		type: 'string',
		nullable: true,
		description: 'The local tax code / tax number frequently used for payroll purposes.',
	},
	{
		name: 'remoteCity',
		type: 'string',
		nullable: true,
		description: 'When the location is "remote", the city that this person works in.',
	},
	{
		name: 'remoteCountryCode',
		type: 'string',
		nullable: true,
		placeholder: 'e.g. GB',
		description: 'For a remote location, the country this person works in (ISO 3166-2 code)',
	},
	{
		// No approval flow endpoint is documented to pick from, so this is a plain ID.
		name: 'timeAwayApprovalFlowId',
		label: 'Time Away Approval Flow ID',
		type: 'string',
		description: 'The ID of the time away approval flow this person works under.',
	},
	{
		// Documented as object[] of { name } (5876–5880); entered as names and sent as [{ name }] by shapePersonBody.
		name: 'teams',
		type: 'stringList',
		description: 'Names of the teams (often cross-functional) the person is part of. At most 12.',
	},
	{
		name: 'status',
		type: 'options',
		options: STATUS_OPTIONS,
		default: 'active',
		description: 'Status of the person.',
	},
	{
		name: 'isWorkEmailHidden',
		type: 'boolean',
		description: 'Whether the work email of this person is visible only to admins and their managers',
	},
	{
		name: 'calendarFeedToken',
		type: 'string',
		typeOptions: { password: true },
		description:
			'The calendar feed token of the requesting user’s own account; set to "reset" to reset it',
	},
	{ name: 'seenDocumentsAt', type: 'dateTime', description: 'The last time the person looked at their personal documents.' },
	{
		name: 'publicHolidayCalendarId',
		label: 'Public Holiday Calendar',
		type: 'ref',
		ref: 'publicHolidayCalendar',
		nullable: true,
		description: 'The public holiday calendar: a country code, a country-region code or a calendar ID',
	},
];

/** Only documented on create (5904–5926). */
const createOnly: FieldSpec[] = [
	{ name: 'jobRole.department', label: 'Department', type: 'string', nullable: true, description: 'Department name.' },
	{
		name: 'jobRole.reportingTo',
		label: 'Reporting To',
		type: 'ref',
		ref: 'person',
		nullable: true,
		description: 'The person this person reports to.',
	},
	{
		name: 'timeAwayAllocation.timeAwayPolicyId',
		label: 'Time Away Policy',
		type: 'ref',
		ref: 'timeAwayPolicy',
		description: 'The time away policy for this person.',
	},
];

/**
 * Named only in the create section's prose (5685: "you can make use of the source and sourceId
 * fields" when creating new hires), not in its parameter list; offered on Create New Hire only.
 */
const newHireSource: FieldSpec[] = [
	{
		name: 'source',
		type: 'string',
		placeholder: 'e.g. Greenhouse',
		description: 'The system (e.g. the Applicant Tracking System) this new hire was imported from.',
	},
	{
		name: 'sourceId',
		label: 'Source ID',
		type: 'string',
		description: 'Unique identifier of the person in the system they were imported from.',
	},
];

const withoutStatus = profile.filter((field) => field.name !== 'status');

/** Turns the editor's day and team lists into the documented `[{ day }]` / `[{ name }]` arrays. */
function shapePersonBody(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const body = request.body;
	if (!body) return;
	if (Array.isArray(body.workingDays)) {
		const days = body.workingDays as string[];
		body.workingDays = WEEK.filter((day) => days.includes(day)).map((day) => ({ day }));
	}
	if (Array.isArray(body.teams)) {
		const teams = (body.teams as unknown[]).map((team) =>
			typeof team === 'object' && team !== null ? (team as IDataObject) : { name: String(team) },
		);
		if (teams.length > 12) throw invalidParameter(this.getNode(), itemIndex, 'Teams', 'at most 12 teams are allowed');
		const unnamed = teams.find((team) => typeof team.name !== 'string' || team.name.trim() === '');
		if (unnamed) throw invalidParameter(this.getNode(), itemIndex, 'Teams', 'every team needs a name');
		body.teams = teams;
	}
}

/** New hires (5685): status newHire, every field optional but one of email or personal email. */
function prepareNewHire(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const body = (request.body ??= {});
	if (!body.email && !body.personalEmail) {
		throw invalidParameter(this.getNode(), itemIndex, 'Email', 'a new hire needs an Email or a Personal Email');
	}
	body.status = 'newHire';
	shapePersonBody.call(this, request, itemIndex);
}

/** Every status picked is the documented `status=all` (5383–5397). */
function prepareList(request: PlannedRequest) {
	const statuses = request.qs['status[$in]'];
	if (Array.isArray(statuses) && STATUS_OPTIONS.every((option) => (statuses as unknown[]).includes(option.value))) {
		delete request.qs['status[$in]'];
		request.qs.status = 'all';
	}
}

const filters: FilterSpec[] = [
	{ name: 'email', type: 'email', description: 'Only the person with this work email address' },
	{
		name: 'status',
		operator: 'in',
		type: 'multiOptions',
		options: STATUS_OPTIONS,
		description: 'Only people with these statuses (active people only when not set)',
	},
	...dateRangeFilters('createdAt', 'Created At', 'dateTime'),
	...dateRangeFilters('updatedAt', 'Updated At', 'dateTime'),
];

const createNewHire: OperationSpec = {
	value: 'createNewHire',
	name: 'Create New Hire',
	action: 'Create a new hire',
	description:
		'Create a person with status New Hire (e.g. from an applicant tracking system): only Email or Personal Email is required',
	method: 'POST',
	path: '/api/people',
	optional: [firstName, lastName, email, employmentStartDate, locationId, jobTitle, ...withoutStatus, ...createOnly, ...newHireSource],
	prepare: prepareNewHire,
};

export const person = restResource({
	value: 'person',
	name: 'Person',
	plural: 'people',
	path: '/api/people',
	idRef: 'person',
	getAll: {
		prepare: prepareList,
		description: 'Retrieve a list of people (active people only unless the Status filter says otherwise)',
		filters,
		simplify: PERSON_SIMPLIFY,
	},
	get: { simplify: PERSON_SIMPLIFY },
	create: {
		prepare: shapePersonBody,
		description:
			'Create an active person with every required field; for someone with limited data use Create New Hire',
		fields: [firstName, lastName, email, employmentStartDate, locationId, jobTitle],
		optional: [...profile, ...createOnly],
	},
	update: {
		prepare: shapePersonBody,
		description:
			'Update a person; to offboard someone, set Employment End Date',
		optional: [firstName, lastName, { ...email, nullable: true }, employmentStartDate, locationId, ...profile],
	},
	delete: {},
	extra: [createNewHire],
});

