import type { SchemaNode } from './spec';

type Row = Record<string, unknown>;

/** Whether `value` has the JSON type the schema names (`unknown` and untyped accept anything). */
export function hasType(schema: SchemaNode, value: unknown): boolean {
	switch (schema.type) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'array':
			return Array.isArray(value);
		case 'object':
			return value !== null && typeof value === 'object' && !Array.isArray(value);
		default:
			return true;
	}
}

function valueFor(name: string, schema: SchemaNode, seq: number): unknown {
	// Examples in the document are sometimes of another type (e.g. `gdpr_tos`, a boolean,
	// has a sentence as example); only an example of the declared type is used.
	if (schema.example !== undefined && hasType(schema, schema.example)) {
		if (schema.type === 'string' && typeof schema.example === 'string' && !schema.enum && /name|title|email/.test(name) && seq > 1) {
			return `${schema.example} ${seq}`;
		}
		return schema.example;
	}
	if (schema.enum?.length) return schema.enum[0];
	switch (schema.type) {
		case 'string':
			return /(^|_)ids?$/.test(name) ? String(seq) : `${name} ${seq}`;
		case 'integer':
		case 'number':
			return 0;
		case 'boolean':
			return false;
		case 'array':
			return [];
		case 'object':
			return {};
		default:
			return null;
	}
}

/**
 * A record shaped like a component schema: every declared property, from its example when
 * the example has the declared type. `seq` varies names so seeded lists are distinguishable
 * (deterministic: the same `seq` always gives the same record).
 */
export function exampleRecord(schema: SchemaNode | undefined, id: string, seq: number): Row {
	const row: Row = {};
	for (const [name, property] of Object.entries(schema?.properties ?? {})) row[name] = valueFor(name, property, seq);
	if (schema?.properties?.id) row.id = id;
	return row;
}
