import type { FieldSpec } from '../../nodes/shared/fields';
import type { Operation, SchemaNode } from '../servers/factorial/spec';
import { FACTORIAL_NODES } from '../../nodes/Factorial/generated/nodes';
import { factorialResources } from '../../nodes/Factorial/resources';
import type { FactorialOperation } from '../../nodes/Factorial/types';
import { byId } from './setup';

/** Values for the generated fields that the contract server (built from the spec) accepts. */

export interface Sample {
	/** What the user enters in the editor. */
	param: unknown;
	/** What the API must receive. */
	api: unknown;
}

/** The raw spec schema of a query parameter or body field (deepObject keys `name[key]` included). */
export function rawSchema(serverOp: Operation | undefined, name: string): SchemaNode | undefined {
	if (!serverOp) return undefined;
	const query = serverOp.query.find((param) => param.name === name)?.schema;
	if (query) return query;
	const deep = /^([^[\]]+)\[([^[\]]+)\]$/.exec(name);
	if (deep) return serverOp.query.find((param) => param.name === deep[1])?.schema.properties?.[deep[2]];
	return serverOp.body?.properties[name];
}

/** What the user enters for a field, and what the API must receive. */
export function sample(field: FieldSpec, schema: SchemaNode | undefined): Sample {
	const example = schema?.example;
	switch (field.type) {
		case 'string':
		case 'email': {
			// Record 1 is the one seeded before each case.
			if (field.name === 'id') return { param: '1', api: '1' };
			const text = typeof example === 'string' && example !== '' ? example : 'sample text';
			return { param: text, api: text };
		}
		case 'number': {
			const n = schema?.type === 'integer' ? 2 : typeof example === 'number' ? example : 2.5;
			return { param: n, api: n };
		}
		case 'boolean':
			return { param: true, api: true };
		case 'date':
			return { param: '2024-01-15', api: '2024-01-15' };
		case 'dateTime':
			return { param: '2024-01-15T10:30:00.000Z', api: '2024-01-15T10:30:00.000Z' };
		case 'options':
			return { param: field.options?.[0]?.value, api: field.options?.[0]?.value };
		case 'multiOptions':
			return { param: [field.options?.[0]?.value], api: [field.options?.[0]?.value] };
		case 'stringList':
		case 'refList':
			return { param: ['1'], api: ['1'] };
		case 'ref':
			return { param: byId('1'), api: '1' };
		case 'json': {
			const text = typeof field.default === 'string' ? field.default : schema?.type === 'array' ? '[]' : '{}';
			return { param: text, api: JSON.parse(text) as unknown };
		}
	}
}


export interface Case {
	node: string;
	resource: string;
	operation: string;
	title: string;
	op: FactorialOperation;
	generated: FactorialOperation;
}

/** Every operation of every node, with its generated flags, in node and spec order. */
export function operationCases(): Case[] {
	const cases: Case[] = [];
	for (const [node, group] of Object.entries(FACTORIAL_NODES)) {
		const resources = factorialResources(group.resources);
		for (const resource of resources) {
			const generated = group.resources.find((candidate) => candidate.value === resource.value);
			for (const op of resource.operations) {
				const original = generated?.operations.find((candidate) => candidate.value === op.value) as FactorialOperation;
				cases.push({
					node,
					resource: resource.value,
					operation: op.value,
					title: `${node} › ${resource.name} › ${op.name} (${op.method} ${op.path.replace(/^\/api\/[^/]+\/resources/, '')})`,
					op: op as FactorialOperation,
					generated: original,
				});
			}
		}
	}
	return cases;
}
