// humaans.txt 8263–8772 ("Time away policies")
import type { IExecuteFunctions } from 'n8n-workflow';
import { isRecord } from '../../shared/errors';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';

/**
 * A `prepare` hook refusing, before any request, a JSON field whose value is not an object
 * (the document types these fields as objects, never arrays or scalars).
 */
export function requireJsonObject(key: string, label: string) {
	return function (this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
		const value = request.body?.[key];
		if (value === undefined || isRecord(value)) return;
		throw invalidParameter(this.getNode(), itemIndex, label, 'the value must be a JSON object');
	};
}

const VERSION_HINT =
	'Object with bypassWorkingSchedule, bypassPublicHolidays, publicHolidayCalendarId, visibleBalances (endOfYear, today) and rules: [{ timeAwayTypeId, limits: { yearlyAllowance, maxCarryOver, yearStart (MM-DD), yearStartType, isUnlimited, isProrated, usage (upfront or accrued), usagePeriod (12, 15, 16 or 18), roundingType (halfUp, wholeUp or noRounding) } | null }]';

const version = (description: string): FieldSpec => ({
	name: 'timeAwayPolicyVersion',
	type: 'json',
	default: '{\n  "rules": []\n}',
	description,
	hint: VERSION_HINT,
});

const versionObject = requireJsonObject('timeAwayPolicyVersion', 'Time Away Policy Version');

export const timeAwayPolicy = restResource({
	value: 'timeAwayPolicy',
	name: 'Time Away Policy',
	plural: 'time away policies',
	path: '/api/time-away-policies',
	idRef: 'timeAwayPolicy',
	description: 'Yearly allowances, carry over and other time off settings applied to people',
	getAll: {},
	get: {},
	create: {
		prepare: versionObject,
		fields: [
			{ name: 'name', type: 'string', description: 'The name of the policy' },
			// Required on create; rules (each with timeAwayTypeId and limits) are required inside it (humaans.txt 8517–8589).
			version('Time away policy version information'),
		],
	},
	update: {
		prepare: versionObject,
		optional: [
			{ name: 'name', type: 'string', description: 'The name of the policy.' },
			version('Time away policy version information.'),
		],
	},
	delete: {},
});
