import type { IExecuteFunctions } from 'n8n-workflow';
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

// Documented rules, spread into the field spec they belong to: `{ name: 'name', type: 'string', ...length(1, 150) }`.
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

/**
 * A prepare step for the endpoints that ask for the logged-in user's raw password in the body:
 * it is the credential's, never a parameter, so it stays out of the editor and the output.
 */
export function passwordFromCredential(bodyField: string): NonNullable<OperationSpec['prepare']> {
	return async function (this: IExecuteFunctions, request: PlannedRequest) {
		const credentials = await this.getCredentials(HR_OMNI_CREDENTIAL);
		request.body = { ...(request.body ?? {}), [bodyField]: credentials.password };
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
		...workingHours,
	}));
}

/** `search` as documented for the paginated lists (e.g. hromni.txt 500). */
export const searchFilter: FieldSpec = {
	name: 'search',
	type: 'string',
	description:
		'Keywords separated by spaces; each matches whole words unless it ends in * (black* matches black and blackwater)',
};

/** A year filter: the lists take a four-digit year (hromni.txt 1704, 1750, 1835, 2093). */
export const yearField: FieldSpec = {
	name: 'year',
	type: 'string',
	placeholder: 'e.g. 2023',
	description: 'Four-digit year',
	...matching(/^\d{4}$/, 'a four-digit year'),
};
