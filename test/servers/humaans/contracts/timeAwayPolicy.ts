import { randomBytes } from 'node:crypto';
import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { validationFailed as invalid } from '../replies';

// humaans.txt 8263–8772 ("Time away policies")
type Row = Record<string, unknown>;

const PATH = '/api/time-away-policies';

const isObject = (value: unknown): value is Row => value !== null && typeof value === 'object' && !Array.isArray(value);

// `id` is not a create parameter, but the document's own create example sends it (humaans.txt 8599).
const VERSION_KEYS = ['id', 'bypassWorkingSchedule', 'bypassPublicHolidays', 'publicHolidayCalendarId', 'visibleBalances', 'rules'];
const LIMIT_KEYS = ['yearlyAllowance', 'maxCarryOver', 'yearStart', 'yearStartType', 'isUnlimited', 'isProrated', 'usage', 'usagePeriod', 'roundingType'];
const LIMIT_REQUIRED = ['yearlyAllowance', 'maxCarryOver', 'isUnlimited', 'isProrated', 'usage', 'usagePeriod'];

/** The `timeAwayPolicyVersion` parameters of create (8517–8589) and update (8636–8708). */
function versionIssues(version: unknown, rulesRequired: boolean): Row[] {
	const name = 'timeAwayPolicyVersion';
	if (!isObject(version)) return [{ name, reason: 'must be an object' }];
	const issues: Row[] = [];
	for (const key of Object.keys(version)) if (!VERSION_KEYS.includes(key)) issues.push({ name: `${name}.${key}`, reason: 'not allowed' });
	for (const key of ['bypassWorkingSchedule', 'bypassPublicHolidays']) {
		if (version[key] !== undefined && typeof version[key] !== 'boolean') issues.push({ name: `${name}.${key}`, reason: 'must be a boolean' });
	}
	const calendar = version.publicHolidayCalendarId;
	if (calendar !== undefined && calendar !== null && typeof calendar !== 'string') {
		issues.push({ name: `${name}.publicHolidayCalendarId`, reason: 'must be a string or null' });
	}
	const balances = version.visibleBalances;
	if (balances !== undefined && (!Array.isArray(balances) || balances.some((b) => b !== 'endOfYear' && b !== 'today'))) {
		issues.push({ name: `${name}.visibleBalances`, reason: 'must be a list of endOfYear, today' });
	}
	if (version.rules === undefined) {
		if (rulesRequired) issues.push({ name: `${name}.rules`, reason: 'required' });
		return issues;
	}
	if (!Array.isArray(version.rules)) return [...issues, { name: `${name}.rules`, reason: 'must be a list' }];
	version.rules.forEach((rule: unknown, i) => {
		const at = `${name}.rules[${i}]`;
		if (!isObject(rule)) return issues.push({ name: at, reason: 'must be an object' });
		for (const key of Object.keys(rule)) if (!['timeAwayTypeId', 'limits'].includes(key)) issues.push({ name: `${at}.${key}`, reason: 'not allowed' });
		if (typeof rule.timeAwayTypeId !== 'string' || rule.timeAwayTypeId === '') issues.push({ name: `${at}.timeAwayTypeId`, reason: 'required' });
		// `limits object | null required`: null turns balances off for the type.
		if (rule.limits === undefined) return issues.push({ name: `${at}.limits`, reason: 'required' });
		if (rule.limits === null) return;
		if (!isObject(rule.limits)) return issues.push({ name: `${at}.limits`, reason: 'must be an object or null' });
		const limits = rule.limits;
		for (const key of Object.keys(limits)) if (!LIMIT_KEYS.includes(key)) issues.push({ name: `${at}.limits.${key}`, reason: 'not allowed' });
		for (const key of LIMIT_REQUIRED) if (limits[key] === undefined) issues.push({ name: `${at}.limits.${key}`, reason: 'required' });
		for (const key of ['yearlyAllowance', 'maxCarryOver']) {
			if (limits[key] !== undefined && typeof limits[key] !== 'number') issues.push({ name: `${at}.limits.${key}`, reason: 'must be a number' });
		}
		for (const key of ['isUnlimited', 'isProrated']) {
			if (limits[key] !== undefined && typeof limits[key] !== 'boolean') issues.push({ name: `${at}.limits.${key}`, reason: 'must be a boolean' });
		}
		if (limits.yearStart !== undefined && !/^\d{2}-\d{2}$/.test(String(limits.yearStart))) {
			issues.push({ name: `${at}.limits.yearStart`, reason: 'must be MM-DD' });
		}
		if (limits.usage !== undefined && !['upfront', 'accrued'].includes(String(limits.usage))) {
			issues.push({ name: `${at}.limits.usage`, reason: 'must be one of upfront, accrued' });
		}
		if (limits.usagePeriod !== undefined && ![12, 15, 16, 18].includes(limits.usagePeriod as number)) {
			issues.push({ name: `${at}.limits.usagePeriod`, reason: 'must be one of 12, 15, 16, 18' });
		}
		if (limits.roundingType !== undefined && !['halfUp', 'wholeUp', 'noRounding'].includes(String(limits.roundingType))) {
			issues.push({ name: `${at}.limits.roundingType`, reason: 'must be one of halfUp, wholeUp, noRounding' });
		}
		return undefined;
	});
	return issues;
}

export const timeAwayPolicy: CollectionContract = {
	path: PATH,
	list: true,
	get: true,
	delete: true,
	create: { required: ['name', 'timeAwayPolicyVersion'], optional: [] },
	update: { optional: ['name', 'timeAwayPolicyVersion'] },
	onCreate: (row, server) => {
		const issues = versionIssues(row.timeAwayPolicyVersion, true);
		if (issues.length) return invalid(issues);
		row.companyId = (server as HumaansServer).me.companyId;
		const version = row.timeAwayPolicyVersion as Row;
		row.timeAwayPolicyVersion = { bypassWorkingSchedule: false, bypassPublicHolidays: false, publicHolidayCalendarId: null, visibleBalances: [], ...version, id: randomBytes(12).toString('base64url') };
		return undefined;
	},
	onUpdate: (row, server) => {
		const before = (server as HumaansServer).table(PATH).get(String(row.id));
		const previous = before?.timeAwayPolicyVersion;
		if (row.timeAwayPolicyVersion === previous) return undefined;
		// Rules are optional on update (humaans.txt 8661); our reading of a PATCH: the given settings change, the others stay.
		const issues = versionIssues(row.timeAwayPolicyVersion, false);
		if (issues.length) return invalid(issues);
		row.timeAwayPolicyVersion = { ...(isObject(previous) ? previous : {}), ...(row.timeAwayPolicyVersion as Row) };
		return undefined;
	},
};
