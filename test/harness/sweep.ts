import type { IDataObject, INodeParameters, NodeParameterValueType } from 'n8n-workflow';
import type { FieldSpec } from '../../nodes/shared/fields';
import { parameterName } from '../../nodes/shared/fields';
import { collectionFor } from '../../nodes/shared/operations';
import type { OperationSpec, ResourceSpec } from '../../nodes/shared/operations';

/**
 * Sweep tests: every operation run with every described field (required, optional and
 * filters) set to a valid value, so that a field the API document does not allow fails
 * against the contract server. Values come from the field spec (type, options, constraints,
 * placeholder) unless the system's sweep names one.
 */
export interface SweepValues {
	/** IDs of existing records per ref, as the resource locators and multi-selects hold them. */
	refs: Record<string, string>;
	/** Values by `resource.operation.field`, or by field name for every operation. */
	fields?: Record<string, unknown>;
	/** Parameters left out of one operation (`resource.operation` → parameter names), e.g. mutually exclusive filters. */
	skip?: Record<string, string[]>;
}

const example = (placeholder?: string) => (placeholder?.startsWith('e.g. ') ? placeholder.slice(5) : undefined);

function sampleValue(field: FieldSpec, values: SweepValues, key: string): NodeParameterValueType | IDataObject {
	const given = values.fields?.[`${key}.${field.name}`] ?? values.fields?.[field.name];
	if (given !== undefined) return given as NodeParameterValueType;
	const ref = () => {
		const id = field.ref ? values.refs[field.ref] : undefined;
		if (id === undefined) throw new Error(`Sweep of ${key}: no record for ref "${field.ref}" (field ${field.name})`);
		return id;
	};
	switch (field.type) {
		case 'string': {
			const text = example(field.placeholder) ?? 'Sweep value';
			return field.maxLength !== undefined ? text.slice(0, field.maxLength) : text;
		}
		case 'email':
			return 'sweep@example.com';
		case 'number':
			return field.min ?? 1;
		case 'boolean':
			return true;
		case 'date':
			return '2030-01-15';
		case 'dateTime':
			return '2030-01-15T09:00:00.000Z';
		case 'options':
			return (field.default as NodeParameterValueType) ?? field.options?.[0]?.value ?? '';
		case 'multiOptions':
			return field.options?.slice(0, 1).map((option) => option.value as string) ?? [];
		case 'stringList':
			return [example(field.placeholder) ?? 'Sweep'];
		case 'json':
			return '{}';
		case 'ref':
			return { __rl: true, mode: 'id', value: ref() };
		case 'refList':
			return [ref()];
	}
}

/** The node parameters that set every described field of one operation. */
export function sweepParameters(resource: ResourceSpec, op: OperationSpec, values: SweepValues): INodeParameters {
	const key = `${resource.value}.${op.value}`;
	const skipped = new Set(values.skip?.[key] ?? []);
	const set = (fields: FieldSpec[] | undefined) =>
		Object.fromEntries(
			(fields ?? [])
				.filter((field) => !skipped.has(parameterName(field)))
				.map((field) => [parameterName(field), sampleValue(field, values, key)]),
		);
	const parameters: IDataObject = { resource: resource.value, operation: op.value, ...set(op.pathParams), ...set(op.fields) };
	if (op.optional?.length) parameters[collectionFor(op).name] = set(op.optional);
	if (op.filters?.length) parameters.filters = set(op.filters);
	if (op.list) parameters.returnAll = true;
	return parameters as INodeParameters;
}

/** Every operation of a system, as `resource.operation` with its spec. */
export function sweepCases(resources: ResourceSpec[]) {
	return resources.flatMap((resource) => resource.operations.map((op) => ({ name: `${resource.value}.${op.value}`, resource, op })));
}
