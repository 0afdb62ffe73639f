import type { INode } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { invalidParameter } from './validation';

/** Output formats an endpoint may document. Tokens are luxon's. */
export const DATE_FORMATS = {
	isoDate: 'yyyy-MM-dd',
	dayMonthYearDash: 'dd-MM-yyyy',
	dayMonthYearSlash: 'dd/MM/yyyy',
} as const;

export type DateFormat = keyof typeof DATE_FORMATS | 'isoDateTime';

const INPUT_FORMATS = ['yyyy-MM-dd', 'dd/MM/yyyy', 'dd-MM-yyyy', 'yyyy/MM/dd'];

/**
 * Reads a date from what n8n hands a node: a date-picker string (ISO, with or without
 * time), a luxon DateTime or JS Date from an expression, or epoch milliseconds.
 */
export function parseDate(node: INode, itemIndex: number, field: string, value: unknown): DateTime {
	let parsed: DateTime | undefined;
	if (DateTime.isDateTime(value)) parsed = value;
	else if (value instanceof Date) parsed = DateTime.fromJSDate(value);
	else if (typeof value === 'number') parsed = DateTime.fromMillis(value);
	else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim();
		parsed = DateTime.fromISO(text, { setZone: true });
		for (const format of INPUT_FORMATS) {
			if (parsed.isValid) break;
			parsed = DateTime.fromFormat(text, format);
		}
	} else if (value && typeof value === 'object' && 'toISO' in value) {
		// A luxon DateTime from another luxon copy (n8n's expression sandbox) fails isDateTime.
		parsed = DateTime.fromISO(String((value as { toISO: () => string }).toISO()), { setZone: true });
	}
	if (!parsed || !parsed.isValid) {
		throw invalidParameter(node, itemIndex, field, `"${String(value)}" is not a valid date`);
	}
	return parsed;
}

/** Formats a date for an endpoint. Calendar dates keep the day the user picked (no zone shift). */
export function formatDate(
	node: INode,
	itemIndex: number,
	field: string,
	value: unknown,
	format: DateFormat = 'isoDate',
): string {
	const date = parseDate(node, itemIndex, field, value);
	if (format === 'isoDateTime') return date.toUTC().toISO() as string;
	return date.toFormat(DATE_FORMATS[format]);
}
