import type { IExecuteFunctions } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fields';
import { parameterName, titleCase } from '../../shared/fields';
import type { OperationSpec, PlannedRequest } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
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

/** Returns the problem with a value, or undefined when it is fine. */
export type Rule = (value: unknown) => string | undefined;

export interface Check {
	/** Key in the planned body (or query for GET). */
	field: string;
	label?: string;
	rule: Rule;
}

export const length =
	(min: number, max: number): Rule =>
	(value) => {
		const n = String(value).length;
		return n < min || n > max ? `must be ${min === max ? min : `${min} to ${max}`} characters long (is ${n})` : undefined;
	};

export const range =
	(min: number, max: number, integer = false): Rule =>
	(value) => {
		const n = Number(value);
		if (integer && !Number.isInteger(n)) return `must be a whole number from ${min} to ${max}`;
		return n < min || n > max ? `must be from ${min} to ${max} (is ${String(value)})` : undefined;
	};

export const matching =
	(pattern: RegExp, expected: string): Rule =>
	(value) =>
		pattern.test(String(value)) ? undefined : `"${String(value)}" is not ${expected}`;

// hromni.txt 700–708: "off", "flex" or dddd:dddd intervals joined by ^; hours 00–24, minutes in tens.
const INTERVAL = /^([01]\d|2[0-4])([0-5]0):([01]\d|2[0-4])([0-5]0)$/;
export const workingHours: Rule = (value) => {
	const text = String(value);
	if (text === 'off' || text === 'flex') return undefined;
	if (text.length > 200) return 'must be at most 200 characters long';
	const ok = text.split('^').every((interval) => INTERVAL.test(interval));
	return ok ? undefined : `"${text}" is not "off", "flex" or intervals like 0930:1230^1330:1730 (minutes in steps of 10)`;
};

// hromni.txt 314, 396: the phone pattern documented for users and emergency contacts.
export const phone = matching(/^[+]{0,1}[\s]{0,1}[(]{0,1}[0-9]{1,4}[)]{0,1}[-.\s0-9]*$/, 'a phone number');
export const hexColour = matching(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, 'a HEX colour such as #65EE7B');
export const clockTime = matching(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time in HH:MM format');

/** Runs the checks on the planned request (only on keys that are present) and the options of path parameters. */
function checker(op: OperationSpec, checks: Check[]) {
	return function (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
		const node = this.getNode();
		for (const param of op.pathParams ?? []) {
			if (param.type !== 'options') continue;
			const raw = this.getNodeParameter(parameterName(param), itemIndex) as string;
			const allowed = (param.options ?? []).map((option) => option.value);
			if (!allowed.includes(raw)) {
				throw invalidParameter(node, itemIndex, param.label ?? titleCase(param.name), `"${String(raw)}" is not one of ${allowed.join(', ')}`);
			}
		}
		const source = request.body ?? request.qs;
		for (const check of checks) {
			const value = source[check.field];
			if (value === undefined || value === null || value === '') continue;
			const values = Array.isArray(value) ? value : [value];
			for (const entry of values) {
				const problem = check.rule(entry);
				if (problem) throw invalidParameter(node, itemIndex, check.label ?? titleCase(check.field), problem);
			}
		}
	};
}

/**
 * An HR Omni operation: the shared spec plus `checks` (documented validation, run on every
 * item before any request is sent) and `credentialPassword` (the body field the document
 * fills with the logged-in user's raw password, taken from the credential).
 */
export function operation(spec: OperationSpec & { checks?: Check[]; credentialPassword?: string }): OperationSpec {
	const { checks = [], credentialPassword, prepare, ...op } = spec;
	const check = checker(op, checks);
	return {
		...op,
		async prepare(request, itemIndex) {
			check.call(this, request, itemIndex);
			if (credentialPassword) {
				const credentials = await this.getCredentials(HR_OMNI_CREDENTIAL);
				request.body = { ...(request.body ?? {}), [credentialPassword]: credentials.password };
			}
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

export const hoursChecks: Check[] = WEEKDAYS.map((day) => ({ field: `hours${day}`, label: `Hours ${day}`, rule: workingHours }));

/** `search` as documented for the paginated lists (e.g. hromni.txt 500). */
export const searchFilter: FieldSpec = {
	name: 'search',
	type: 'string',
	description:
		'Keywords separated by spaces; each matches whole words unless it ends in * (black* matches black and blackwater)',
};

/** A year filter: the lists take a four-digit year (hromni.txt 1704, 1750, 1835, 2093). */
export const yearField: FieldSpec = { name: 'year', type: 'string', placeholder: 'e.g. 2023', description: 'Four-digit year' };
export const yearCheck: Check = { field: 'year', rule: matching(/^\d{4}$/, 'a four-digit year') };
