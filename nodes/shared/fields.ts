import type {
	IDataObject,
	INode,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyTypeOptions,
	NodeParameterValueType,
} from 'n8n-workflow';
import type { DateFormat } from './dates';
import { formatDate } from './dates';
import { isRecord } from './errors';
import { invalidParameter, parseJsonParameter, requireEmail, requireString } from './validation';

/**
 * How one API parameter is shown in the editor and sent. A system describes its
 * endpoints with these; `fieldProperty` makes the editor field and `readField` turns the
 * user's value into what the endpoint documents, rejecting bad input before any request.
 */
export type FieldType =
	| 'string'
	| 'email'
	| 'number'
	| 'boolean'
	| 'date'
	| 'dateTime'
	| 'options'
	| 'multiOptions'
	| 'stringList'
	| 'json'
	/** A single ID picked from a list of another resource (resource locator). */
	| 'ref'
	/** Several IDs of another resource (multi-select loaded from the API). */
	| 'refList';

/**
 * What the API documents about a value beyond its type, checked on every item before any
 * request (the error names the field and the item). A generator writes these from a schema.
 */
export interface FieldConstraints {
	/** Text length (each entry of a list). */
	minLength?: number;
	maxLength?: number;
	/** A regular expression (source) the whole text must match, with `patternFlags` (e.g. `i`). */
	pattern?: string;
	patternFlags?: string;
	/** What the pattern accepts, for the error: `"x" is not <patternDescription>`. */
	patternDescription?: string;
	/** Numeric range, inclusive; `integer` for whole numbers only. */
	min?: number;
	max?: number;
	integer?: boolean;
	/** A documented string format. */
	format?: 'email' | 'hostname' | 'uri' | 'uuid';
}

export interface FieldSpec extends FieldConstraints {
	/** API property name (dots allowed for nested body properties, e.g. `address.city`). */
	name: string;
	type: FieldType;
	/** Editor label; by default the API name in title case. */
	label?: string;
	description?: string;
	/** The editor parameter name, when it must differ from the API name. */
	parameter?: string;
	options?: INodePropertyOptions[];
	/** For `ref` / `refList`: which searchable resource to list (a key of the system's refs). */
	ref?: string;
	/** The document allows `null`: an empty value is sent as null (clears the field). */
	nullable?: boolean;
	default?: NodeParameterValueType;
	placeholder?: string;
	hint?: string;
	/** Date format the endpoint documents (default ISO date). */
	dateFormat?: DateFormat;
	typeOptions?: INodePropertyTypeOptions;
}

/** A searchable resource used by `ref` fields: list-search and load-options method names. */
export interface RefSpec {
	displayName: string;
	searchMethod: string;
	loadOptionsMethod?: string;
	placeholder?: string;
}

export type RefCatalogue = Record<string, RefSpec>;

export function titleCase(name: string): string {
	const words = name
		.replace(/\./g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[_-]+/g, ' ')
		.trim()
		.split(/\s+/);
	const small = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);
	return words
		.map((word, i) => {
			const lower = word.toLowerCase();
			if (i > 0 && small.has(lower)) return lower;
			if (lower === 'id') return 'ID';
			if (lower === 'url') return 'URL';
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ');
}

/** Nouns English does not count: "Create equipment", not "Create an equipment". */
const MASS_NOUNS = new Set(['equipment', 'time away', 'data', 'information', 'feedback']);

/** "a person", "an employee", "equipment": a noun with the indefinite article English needs. */
export function withArticle(noun: string): string {
	if (MASS_NOUNS.has(noun.toLowerCase())) return noun;
	return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function parameterName(field: FieldSpec): string {
	return field.parameter ?? field.name.replace(/\./g, '_');
}

function defaultFor(field: FieldSpec): NodeParameterValueType {
	if (field.default !== undefined) return field.default;
	switch (field.type) {
		case 'number':
			return 0;
		case 'boolean':
			return false;
		case 'multiOptions':
		case 'refList':
			return [];
		case 'json':
			return '{}';
		case 'ref':
			return { mode: 'list', value: '' };
		case 'options':
			return field.options?.[0]?.value ?? '';
		default:
			return '';
	}
}

/**
 * Joins description parts the way n8n's lint rules want descriptions: a single sentence
 * ends without a period, several sentences end with one.
 */
export function sentences(...parts: Array<string | undefined>): string | undefined {
	const kept = parts.map((part) => part?.trim().replace(/\.$/, '')).filter((part): part is string => !!part);
	if (!kept.length) return undefined;
	const text = kept.join('. ');
	const several = text.replace('e.g.', '').split('. ').length > 1;
	return several && !/[.!?]$/.test(text) ? `${text}.` : text;
}

/** A description that only repeats the label ("Nationality." for Nationality) says nothing. */
function informative(description: string | undefined, label: string): string | undefined {
	const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
	return description && letters(description) !== letters(label) ? description : undefined;
}

/**
 * The editor property for one field. `clearable`: the field sits in an Update collection,
 * where a nullable field left empty clears the stored value (and the description says so).
 */
export function fieldProperty(field: FieldSpec, refs: RefCatalogue, required: boolean, clearable = false): INodeProperties {
	const displayName = field.label ?? titleCase(field.name);
	const description = informative(field.description, displayName);
	const clears = field.nullable && clearable && !required && !['options', 'boolean'].includes(field.type);
	const base = {
		displayName,
		name: parameterName(field),
		default: defaultFor(field),
		description: sentences(description, clears ? 'Leave empty to clear it' : undefined),
		...(required ? { required: true } : {}),
		...(field.placeholder ? { placeholder: field.placeholder } : {}),
		...(field.hint ? { hint: field.hint } : {}),
	};
	const typeOptions = field.typeOptions ? { typeOptions: field.typeOptions } : {};
	switch (field.type) {
		case 'string':
			return { ...base, type: 'string', ...typeOptions };
		case 'email':
			return { ...base, type: 'string', placeholder: field.placeholder ?? 'name@email.com', ...typeOptions };
		case 'number':
			return { ...base, type: 'number', ...typeOptions };
		case 'boolean':
			return { ...base, type: 'boolean' };
		case 'date':
		case 'dateTime':
			return { ...base, type: 'dateTime' };
		case 'options':
			return { ...base, type: 'options', options: field.options ?? [] };
		case 'multiOptions':
			return { ...base, type: 'multiOptions', options: field.options ?? [] };
		case 'stringList':
			return {
				...base,
				type: 'string',
				typeOptions: { multipleValues: true, ...field.typeOptions },
				default: [],
				placeholder: field.placeholder ?? 'Add value',
			};
		case 'json':
			return { ...base, type: 'json', typeOptions: { rows: 4, ...field.typeOptions } };
		case 'ref': {
			const ref = refOf(field, refs);
			return {
				...base,
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				modes: [
					{
						displayName: `From List`,
						name: 'list',
						type: 'list',
						placeholder: `Select ${withArticle(ref.displayName.toLowerCase())}...`,
						typeOptions: { searchListMethod: ref.searchMethod, searchable: true },
					},
					{
						displayName: 'By ID',
						name: 'id',
						type: 'string',
						placeholder: ref.placeholder ?? 'e.g. IL3vneCYhIx0xrR6um2sy2nW',
					},
				],
			};
		}
		case 'refList': {
			const ref = refOf(field, refs);
			return {
				...base,
				type: 'multiOptions',
				default: [],
				typeOptions: { ...field.typeOptions, loadOptionsMethod: ref.loadOptionsMethod },
				description: sentences(
					base.description,
					'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				),
			};
		}
	}
}

function refOf(field: FieldSpec, refs: RefCatalogue): RefSpec {
	const ref = field.ref ? refs[field.ref] : undefined;
	if (!ref) throw new Error(`Field ${field.name} references unknown ref "${field.ref}"`);
	return ref;
}

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (isRecord(value) && 'mode' in value && 'value' in value) return isEmpty(value.value);
	return false;
}

function refValue(value: unknown): unknown {
	return isRecord(value) && '__rl' in value ? value.value : isRecord(value) && 'mode' in value ? value.value : value;
}

function listOf(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string') {
		return value
			.split(',')
			.map((part) => part.trim())
			.filter((part) => part !== '');
	}
	return [value];
}

/**
 * Converts the user's value to the API value, or throws a NodeOperationError naming the
 * field and item. Returns `undefined` when an optional field was left empty.
 */
export function readField(
	node: INode,
	itemIndex: number,
	field: FieldSpec,
	raw: unknown,
	required: boolean,
): unknown {
	const value = convertField(node, itemIndex, field, raw, required);
	if (value !== undefined && value !== null) checkConstraints(node, itemIndex, field.label ?? titleCase(field.name), field, value);
	return value;
}

const FORMATS: Record<NonNullable<FieldConstraints['format']>, [RegExp, string]> = {
	email: [/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address'],
	hostname: [/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i, 'a host name such as www.example.com'],
	uri: [/^[a-z][a-z0-9+.-]*:\/\/\S+$/i, 'a URL such as https://example.com'],
	uuid: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID'],
};

/** Applies a field's documented constraints to its converted value (each entry of a list). */
export function checkConstraints(node: INode, itemIndex: number, label: string, constraints: FieldConstraints, value: unknown): void {
	for (const entry of Array.isArray(value) ? value : [value]) {
		if (typeof entry === 'number') {
			const { min, max } = constraints;
			if (constraints.integer && !Number.isInteger(entry)) {
				throw invalidParameter(node, itemIndex, label, `must be a whole number${min !== undefined && max !== undefined ? ` from ${min} to ${max}` : ''}`);
			}
			if ((min !== undefined && entry < min) || (max !== undefined && entry > max)) {
				const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
				throw invalidParameter(node, itemIndex, label, `must be ${range} (is ${entry})`);
			}
			continue;
		}
		if (typeof entry !== 'string') continue;
		const { minLength, maxLength } = constraints;
		if ((minLength !== undefined && entry.length < minLength) || (maxLength !== undefined && entry.length > maxLength)) {
			const size =
				minLength !== undefined && maxLength !== undefined
					? minLength === maxLength
						? `${minLength}`
						: `${minLength} to ${maxLength}`
					: minLength !== undefined
						? `at least ${minLength}`
						: `at most ${maxLength}`;
			throw invalidParameter(node, itemIndex, label, `must be ${size} characters long (is ${entry.length})`);
		}
		if (constraints.pattern !== undefined && !new RegExp(constraints.pattern, constraints.patternFlags).test(entry)) {
			throw invalidParameter(node, itemIndex, label, `"${entry}" is not ${constraints.patternDescription ?? `in the form ${constraints.pattern}`}`);
		}
		const format = constraints.format ? FORMATS[constraints.format] : undefined;
		if (format && !format[0].test(entry)) throw invalidParameter(node, itemIndex, label, `"${entry}" is not ${format[1]}`);
	}
}

function convertField(
	node: INode,
	itemIndex: number,
	field: FieldSpec,
	raw: unknown,
	required: boolean,
): unknown {
	const label = field.label ?? titleCase(field.name);
	const value = field.type === 'ref' ? refValue(raw) : raw;
	if (isEmpty(value) && field.type !== 'boolean' && field.type !== 'number') {
		if (required) throw invalidParameter(node, itemIndex, label, 'a value is required');
		return field.nullable ? null : undefined;
	}
	// Only spaces is no value either: the API would store "   ".
	if (required && typeof value === 'string' && value.trim() === '') {
		throw invalidParameter(node, itemIndex, label, 'a value is required (it holds only spaces)');
	}
	switch (field.type) {
		case 'string':
			return typeof value === 'string' ? value : String(value);
		case 'email':
			return requireEmail(node, itemIndex, label, value);
		case 'number': {
			if (value === '' || value === null || value === undefined) {
				if (required) throw invalidParameter(node, itemIndex, label, 'a number is required');
				return field.nullable ? null : undefined;
			}
			const n = typeof value === 'number' ? value : Number(value);
			if (!Number.isFinite(n)) throw invalidParameter(node, itemIndex, label, `"${String(value)}" is not a number`);
			return n;
		}
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			if (value === undefined || value === null || value === '') return undefined;
			throw invalidParameter(node, itemIndex, label, `"${String(value)}" is not true or false`);
		case 'date':
			return formatDate(node, itemIndex, label, value, field.dateFormat ?? 'isoDate');
		case 'dateTime':
			return formatDate(node, itemIndex, label, value, field.dateFormat ?? 'isoDateTime');
		case 'options': {
			const allowed = (field.options ?? []).map((option) => option.value);
			if (allowed.length && !allowed.includes(value as string)) {
				throw invalidParameter(
					node,
					itemIndex,
					label,
					`"${String(value)}" is not one of ${allowed.map((v) => String(v)).join(', ')}`,
				);
			}
			return value;
		}
		case 'multiOptions':
		case 'refList':
		case 'stringList': {
			const values = listOf(value).map((entry) => refValue(entry));
			if (field.type === 'multiOptions') {
				const allowed = (field.options ?? []).map((option) => option.value);
				const unknown = values.find((entry) => allowed.length && !allowed.includes(entry as string));
				if (unknown !== undefined) {
					throw invalidParameter(node, itemIndex, label, `"${String(unknown)}" is not an allowed value`);
				}
			}
			return values.map((entry) => (typeof entry === 'string' ? entry.trim() : entry));
		}
		case 'json':
			return parseJsonParameter(node, itemIndex, label, value);
		case 'ref':
			return requireString(node, itemIndex, label, value);
	}
}

/** Sets `a.b.c` style paths on a body object. */
export function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let cursor = target;
	for (const key of keys.slice(0, -1)) {
		if (!isRecord(cursor[key])) cursor[key] = {};
		cursor = cursor[key] as IDataObject;
	}
	cursor[keys[keys.length - 1]] = value as IDataObject[string];
}

/** An "Additional Fields" / "Update Fields" / "Filters" collection holding optional fields. */
export function collectionProperty(
	name: string,
	displayName: string,
	fields: FieldSpec[],
	refs: RefCatalogue,
	placeholder = 'Add Field',
	clearable = false,
): INodeProperties {
	const options = fields
		.map((field) => fieldProperty(field, refs, false, clearable))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return { displayName, name, type: 'collection', placeholder, default: {}, options };
}
