import type { RecordedRequest } from '../base';
import { hasType } from './records';
import type { BodySpec, Operation, QueryParam, SchemaNode } from './spec';
import { API_PREFIX } from './spec';

/** Field → messages, answered as a 422 (see replies.ts). */
export type Issues = Record<string, string[]>;

function add(issues: Issues, field: string, message: string) {
	(issues[field] ??= []).push(message);
}

/** Query pairs exactly as sent (`ids[]=1&ids[]=2` keeps its `ids[]` key), in order. */
export function queryPairs(rawQuery: string): Array<[string, string]> {
	if (!rawQuery) return [];
	return rawQuery
		.split('&')
		.filter(Boolean)
		.map((pair) => {
			const at = pair.indexOf('=');
			const decode = (text: string) => {
				try {
					return decodeURIComponent(text.replace(/\+/g, ' '));
				} catch {
					return text;
				}
			};
			return at === -1 ? [decode(pair), ''] : [decode(pair.slice(0, at)), decode(pair.slice(at + 1))];
		});
}

/**
 * Query parameters the document marks required that Factorial really needs: the scoping
 * filters listed in factorial-notes.md §8 F-05. The document also marks 31 booleans such as
 * `only_active` + `only_managers` required, and every filter of `project_management/
 * project_tasks`, which cannot all be required ("not included by default if not specified");
 * those are accepted when absent.
 */
const SCOPING_REQUIRED = [
	'/attendance/estimated_times',
	'/attendance/reviews',
	'/tasks/task_files',
	'/posts/comments',
	'/timeoff/policy_timelines',
	'/marketplace/installation_settings',
	'/integrations/syncable_items',
	'/job_catalog/',
	'/contracts/materialized_templates',
];

function enforcesRequired(op: Operation, param: QueryParam): boolean {
	if (!param.required || param.schema.type === 'boolean') return false;
	const relative = op.path.slice(API_PREFIX.length);
	return SCOPING_REQUIRED.some((prefix) => relative === prefix || (prefix.endsWith('/') && relative.startsWith(prefix)));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The document has no `format: date`/`date-time` (factorial-notes.md §0); a field whose
 * example is `2024-01-15` takes dates and one whose example is `2024-01-01T12:12:01-02:00`
 * takes date-times, so a value in another format is refused.
 */
function dateIssue(schema: SchemaNode, value: string): string | undefined {
	if (typeof schema.example !== 'string') return undefined;
	if (DATE.test(schema.example)) {
		return DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date (YYYY-MM-DD)';
	}
	if (DATE_TIME.test(schema.example)) {
		return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date-time (ISO 8601)';
	}
	return undefined;
}

/** A query or multipart text value against a scalar schema. */
function textIssue(schema: SchemaNode, value: string): string | undefined {
	switch (schema.type) {
		case 'boolean':
			if (value !== 'true' && value !== 'false') return 'must be true or false';
			break;
		case 'integer':
			if (!/^-?\d+$/.test(value)) return 'must be an integer';
			break;
		case 'number':
			if (value.trim() === '' || Number.isNaN(Number(value))) return 'must be a number';
			break;
		default:
			break;
	}
	if (schema.enum && !schema.enum.map(String).includes(value)) return `must be one of: ${schema.enum.join(', ')}`;
	if (schema.type === 'string') return dateIssue(schema, value);
	return undefined;
}

/** Paging parameters the document leaves out but the API takes (factorial-notes.md A.1). */
export const PAGING_PARAMS = ['limit', 'after_id', 'before_id', 'page'];

export function validateQuery(op: Operation, rawQuery: string): Issues {
	const issues: Issues = {};
	const byName = new Map(op.query.map((param) => [param.name, param]));
	const seen = new Map<string, string[]>();
	for (const [key, value] of queryPairs(rawQuery)) {
		const values = seen.get(key) ?? [];
		values.push(value);
		seen.set(key, values);
	}
	for (const [key, values] of seen) {
		if (op.response === 'paged' && PAGING_PARAMS.includes(key)) {
			if (values.length > 1) add(issues, key, 'must be given once');
			else if ((key === 'limit' || key === 'page') && !/^\d+$/.test(values[0])) add(issues, key, 'must be a positive integer');
			else if ((key === 'limit' || key === 'page') && Number(values[0]) < 1) add(issues, key, 'must be a positive integer');
			continue;
		}
		const declared = byName.get(key);
		if (declared) {
			const schema = declared.schema;
			if (schema.type === 'array') {
				const items = schema.items ?? {};
				for (const value of values) {
					const problem = items.type ? textIssue(items, value) : undefined;
					if (problem) add(issues, key, problem);
				}
			} else if (schema.type === 'unknown' || schema.type === undefined) {
				// `identifier` on timeoff/leave_types: "an identifier, or an array" (F-10).
			} else if (values.length > 1) {
				add(issues, key, 'must be given once (send arrays as name[]=a&name[]=b)');
			} else {
				const problem = textIssue(schema, values[0]);
				if (problem) add(issues, key, problem);
			}
			continue;
		}
		// `style: deepObject, explode: true` objects arrive as `name[property]=value` (F-17).
		const deep = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key);
		const parent = deep ? byName.get(deep[1]) : undefined;
		if (deep && parent?.schema.type === 'object' && parent.schema.properties?.[deep[2]]) {
			const problem = textIssue(parent.schema.properties[deep[2]], values[values.length - 1]);
			if (problem) add(issues, key, problem);
			continue;
		}
		// `by_resources[]` on expenses/expensables is an array of untyped items (`items: {}`).
		const untyped = op.query.find(
			(param) => param.schema.type === 'array' && param.schema.items && !param.schema.items.type && key.startsWith(param.name),
		);
		if (untyped) continue;
		const hint = byName.has(`${key}[]`) ? ` (this array parameter is sent as ${key}[])` : '';
		add(issues, key, `is not a permitted parameter${hint}`);
	}
	for (const param of op.query) {
		if (!enforcesRequired(op, param)) continue;
		const present = seen.has(param.name) || [...seen.keys()].some((key) => key.startsWith(`${param.name}[`));
		if (!present) add(issues, param.name, 'is missing');
	}
	return issues;
}

function jsonValueIssue(schema: SchemaNode, value: unknown): string | undefined {
	if (value === null) return 'must not be null';
	if (schema.type === 'unknown' || schema.type === undefined) return undefined;
	if (!hasType(schema, value)) {
		const article = schema.type === 'integer' || schema.type === 'array' || schema.type === 'object' ? 'an' : 'a';
		const hint = schema.type === 'string' && typeof value === 'number' ? ' (identifiers are strings from 2026-07-01)' : '';
		return `must be ${article} ${schema.type}${hint}`;
	}
	if (schema.type === 'array') {
		const items = schema.items ?? {};
		for (const item of value as unknown[]) {
			const problem = items.type ? jsonValueIssue(items, item) : undefined;
			if (problem) return `item ${JSON.stringify(item)} ${problem}`;
		}
		return undefined;
	}
	if (schema.enum && !schema.enum.includes(value)) return `must be one of: ${schema.enum.join(', ')}`;
	if (schema.type === 'string') return dateIssue(schema, value as string);
	return undefined;
}

export interface MultipartBody {
	fields: Record<string, string[]>;
	files: Record<string, Array<{ filename: string; contentType: string; data: Buffer }>>;
}

/** multipart/form-data into repeated fields and files (arrays repeat their `name[]`). */
export function parseMultipartBody(req: RecordedRequest): MultipartBody | undefined {
	const type = String(req.headers['content-type'] ?? '');
	const match = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
	if (!type.startsWith('multipart/form-data') || !match) return undefined;
	const boundary = `--${match[1] ?? match[2]}`;
	const result: MultipartBody = { fields: {}, files: {} };
	const body = req.rawBody;
	let start = body.indexOf(boundary);
	while (start !== -1) {
		const next = body.indexOf(boundary, start + boundary.length);
		if (next === -1) break;
		const part = body.subarray(start + boundary.length + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		const head = part.subarray(0, headerEnd).toString('utf8');
		const data = part.subarray(headerEnd + 4);
		const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
		const filename = /filename="([^"]*)"/.exec(head)?.[1];
		if (filename !== undefined) {
			const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
			(result.files[name] ??= []).push({ filename, contentType, data: Buffer.from(data) });
		} else {
			(result.fields[name] ??= []).push(data.toString('utf8'));
		}
		start = next;
	}
	return result;
}

/**
 * Required fields of the uploads that a plain upload cannot fill: `signee_ids[]` (an empty
 * list has no multipart form) on documents and `attachments[]` on ATS messages
 * (factorial-notes.md §8 F-07, F-08).
 */
const MULTIPART_OPTIONAL = new Set(['signee_ids[]', 'attachments[]']);

function isBinary(schema: SchemaNode): boolean {
	return schema.format === 'binary' || schema.items?.format === 'binary';
}

export function validateBody(op: Operation, req: RecordedRequest, pathId?: string): { issues: Issues; body: Record<string, unknown> } {
	const spec = op.body as BodySpec;
	const issues: Issues = {};
	const contentType = String(req.headers['content-type'] ?? '');
	if (spec.contentType === 'multipart/form-data') {
		const form = parseMultipartBody(req);
		if (!form) return { issues: { body: ['must be multipart/form-data'] }, body: {} };
		const body: Record<string, unknown> = {};
		for (const [name, values] of Object.entries(form.fields)) {
			const schema = spec.properties[name];
			if (!schema) add(issues, name, 'is not a permitted parameter');
			else if (isBinary(schema)) add(issues, name, 'must be a file');
			else {
				const scalar = schema.type === 'array' ? (schema.items ?? {}) : schema;
				for (const value of values) {
					const problem = textIssue(scalar, value);
					if (problem) add(issues, name, problem);
				}
				body[name] = schema.type === 'array' ? values : values[values.length - 1];
			}
		}
		for (const [name, files] of Object.entries(form.files)) {
			const schema = spec.properties[name];
			if (!schema) add(issues, name, 'is not a permitted parameter');
			else if (!isBinary(schema)) add(issues, name, 'must be a text field, not a file');
			else body[name] = files.map((file) => ({ filename: file.filename, content_type: file.contentType, size: file.data.length }));
		}
		for (const name of spec.required) {
			if (body[name] === undefined && !MULTIPART_OPTIONAL.has(name)) add(issues, name, "can't be blank");
		}
		return { issues, body };
	}
	if (!contentType.includes('application/json')) return { issues: { body: ['must be application/json'] }, body: {} };
	const raw = req.body ?? {};
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { issues: { body: ['must be a JSON object'] }, body: {} };
	const body = raw as Record<string, unknown>;
	for (const [name, value] of Object.entries(body)) {
		const schema = spec.properties[name];
		if (!schema) {
			add(issues, name, 'is not a permitted parameter');
			continue;
		}
		const problem = jsonValueIssue(schema, value);
		if (problem) add(issues, name, problem);
	}
	for (const name of spec.required) {
		if (body[name] === undefined || body[name] === '') add(issues, name, "can't be blank");
	}
	// Every PUT repeats the path id in its body (factorial-notes.md §8 F-03): both must agree.
	if (pathId !== undefined && body.id !== undefined && String(body.id) !== pathId) {
		add(issues, 'id', `does not match the id in the path (${pathId})`);
	}
	return { issues, body };
}
