import type { FieldConstraints, FieldSpec } from '../../shared/fields';
import type { OperationSpec, PlannedRequest } from '../../shared/operations';
import { HR_OMNI_CREDENTIAL } from '../transport';

/** Company-scoped endpoints all start here (`:company-id:` in the document). */
export const COMPANY = '/company/{companyId}';

export const companyField: FieldSpec = {
	name: 'companyId',
	label: 'Company',
	type: 'ref',
	ref: 'company',
	description: 'The HR Omni company to work in (from the companies your user can access)',
};

export const userField = (description = 'The user'): FieldSpec => ({
	name: 'userId',
	label: 'User',
	type: 'ref',
	ref: 'user',
	description,
});

export const refField = (name: string, label: string, ref: string, description: string, parameter?: string): FieldSpec => ({
	name,
	label,
	type: 'ref',
	ref,
	description,
	...(parameter ? { parameter } : {}),
});

/* ------------------------------------------------------------------ validation */

/**
 * Documented validation of one field, as data: `operation()` adds it to the field spec of
 * that name, and the shared planner checks it on every item before any request.
 */
export type Check = FieldConstraints & {
	/** The API name of the field (path parameter, field, optional field or filter). */
	field: string;
};

export const length = (minLength: number, maxLength: number): FieldConstraints => ({ minLength, maxLength });

export const range = (min: number, max: number, integer = false): FieldConstraints => ({ min, max, ...(integer ? { integer } : {}) });

export const matching = (pattern: RegExp, patternDescription: string): FieldConstraints => ({
	pattern: pattern.source,
	...(pattern.flags ? { patternFlags: pattern.flags } : {}),
	patternDescription,
});

// hromni.txt 700–708: "off", "flex" or dddd:dddd intervals joined by ^; hours 00–24, minutes in tens.
const INTERVAL = '([01]\\d|2[0-4])([0-5]0):([01]\\d|2[0-4])([0-5]0)';
export const workingHours: FieldConstraints = {
	maxLength: 200,
	pattern: `^(off|flex|${INTERVAL}(\\^${INTERVAL})*)$`,
	patternDescription: '"off", "flex" or intervals like 0930:1230^1330:1730 (minutes in steps of 10)',
};

// hromni.txt 314, 396: the phone pattern documented for users and emergency contacts.
export const phone = matching(/^[+]{0,1}[\s]{0,1}[(]{0,1}[0-9]{1,4}[)]{0,1}[-.\s0-9]*$/, 'a phone number');
export const hexColour = matching(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'a HEX colour such as #65EE7B');
export const clockTime = matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time in HH:MM format');

/** The field specs with the checks of the same name added. */
function withChecks(fields: FieldSpec[] | undefined, checks: Check[], used: Set<Check>): FieldSpec[] | undefined {
	return fields?.map((field) => {
		const own = checks.filter((check) => check.field === field.name);
		own.forEach((check) => used.add(check));
		return own.reduce<FieldSpec>((spec, { field: _name, ...constraints }) => ({ ...spec, ...constraints }), field);
	});
}

/**
 * An HR Omni operation: the shared spec plus `checks` (documented validation, added to the
 * fields they name) and `credentialPassword` (the body field the document fills with the
 * logged-in user's raw password, taken from the credential).
 */
export function operation(spec: OperationSpec & { checks?: Check[]; credentialPassword?: string }): OperationSpec {
	const { checks = [], credentialPassword, prepare, ...op } = spec;
	const used = new Set<Check>();
	const checked: OperationSpec = {
		...op,
		pathParams: withChecks(op.pathParams, checks, used),
		fields: withChecks(op.fields, checks, used),
		optional: withChecks(op.optional, checks, used),
		filters: withChecks(op.filters, checks, used),
	};
	const unknown = checks.filter((check) => !used.has(check));
	if (unknown.length) throw new Error(`${op.value}: checks name no field: ${unknown.map((c) => c.field).join(', ')}`);
	if (!credentialPassword) return { ...checked, ...(prepare ? { prepare } : {}) };
	return {
		...checked,
		async prepare(request: PlannedRequest, itemIndex: number) {
			const credentials = await this.getCredentials(HR_OMNI_CREDENTIAL);
			request.body = { ...(request.body ?? {}), [credentialPassword]: credentials.password };
			await prepare?.call(this, request, itemIndex);
		},
	};
}

export const ENABLE_DISABLE = [
	{ name: 'Disable', value: 'DISABLE' },
	{ name: 'Enable', value: 'ENABLE' },
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const HOURS_DESCRIPTION =
	'"off", "flex" or intervals joined by ^, e.g. 0930:1230^1330:1730 (minutes in tens)';

/** The seven `hours<Day>` fields (hromni.txt 692–699). */
export function hoursFields(defaults?: { weekday: string; weekend: string }): FieldSpec[] {
	return WEEKDAYS.map((day) => ({
		name: `hours${day}`,
		label: `Hours ${day}`,
		type: 'string' as const,
		description: `Working hours on ${day}: ${HOURS_DESCRIPTION}`,
		...(defaults ? { default: ['Saturday', 'Sunday'].includes(day) ? defaults.weekend : defaults.weekday } : {}),
		placeholder: 'e.g. 0900:1200^1300:1700',
	}));
}

export const hoursChecks: Check[] = WEEKDAYS.map((day) => ({ field: `hours${day}`, ...workingHours }));

/** `search` as documented for the paginated lists (e.g. hromni.txt 500). */
export const searchFilter: FieldSpec = {
	name: 'search',
	type: 'string',
	description:
		'Keywords separated by spaces; each matches whole words unless it ends in * (black* matches black and blackwater)',
};

/** A year filter: the lists take a four-digit year (hromni.txt 1704, 1750, 1835, 2093). */
export const yearField: FieldSpec = { name: 'year', type: 'string', placeholder: 'e.g. 2023', description: 'Four-digit year' };
export const yearCheck: Check = { field: 'year', ...matching(/^\d{4}$/, 'a four-digit year') };
