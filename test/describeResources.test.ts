import type { INodeProperties } from 'n8n-workflow';
import { describeResource, describeResources } from '../nodes/shared/operations';
import type { ResourceSpec, SystemSpec } from '../nodes/shared/operations';
import { chiefOnboardingResources } from '../nodes/ChiefOnboarding/resources';
import { chiefOnboardingSystem } from '../nodes/ChiefOnboarding/system';
import { employmentHeroResources } from '../nodes/EmploymentHero/resources';
import { employmentHeroSystem } from '../nodes/EmploymentHero/system';
import { hrOmniResources } from '../nodes/HrOmni/resources';
import { hrOmniSystem } from '../nodes/HrOmni/system';
import { humaansResources } from '../nodes/Humaans/resources';
import { humaansSystem } from '../nodes/Humaans/system';

/** The properties n8n shows for one resource/operation pair, without their conditions. */
function shown(properties: INodeProperties[], resource: string, operation: string): string[] {
	return properties
		.filter((p) => {
			const show = p.displayOptions?.show;
			// Resource picks the pair; Request Options is the same on every pair, after the rest.
			if (p.name === 'resource' || p.name === 'requestOptions') return false;
			return (!show?.resource || show.resource.includes(resource)) && (!show?.operation || show.operation.includes(operation));
		})
		.map(({ displayOptions, ...p }) => {
			const { resource: _r, operation: _o, ...other } = displayOptions?.show ?? {};
			// A collection shared by several operations shows each only the options meant for it.
			const options =
				p.type === 'collection'
					? (p.options as INodeProperties[])
							.filter((option) => option.displayOptions?.show?.['/operation']?.includes(operation) ?? true)
							.map(({ displayOptions: _d, ...option }) => option)
					: p.options;
			return JSON.stringify({ ...p, options, other });
		});
}

/** What each pair showed before properties were shared: its resource's own properties, in order. */
function unshared(system: SystemSpec, resource: ResourceSpec, operation: string): string[] {
	const { operationSelector, operations } = describeResource(system, resource);
	const own = operations.find((op) => op.value === operation)?.properties ?? [];
	return shown([operationSelector, ...own], resource.value, operation);
}

const systems: Array<[string, SystemSpec, ResourceSpec[]]> = [
	['Humaans', humaansSystem, humaansResources],
	['HR Omni', hrOmniSystem, hrOmniResources],
	['Employment Hero', employmentHeroSystem, employmentHeroResources],
	['ChiefOnboarding', chiefOnboardingSystem, chiefOnboardingResources],
];

describe.each(systems)('shared properties of %s', (_name, system, resources) => {
	const properties = describeResources(system, resources);

	it('ends with the Request Options every pair shows', () => {
		const last = properties[properties.length - 1];
		expect(last.name).toBe('requestOptions');
		expect(last.displayOptions).toBeUndefined();
	});

	it('shows every resource/operation pair exactly its own properties, in its own order', () => {
		for (const resource of resources) {
			for (const op of resource.operations) {
				expect({ pair: `${resource.value}.${op.value}`, shown: shown(properties, resource.value, op.value) }).toEqual({
					pair: `${resource.value}.${op.value}`,
					shown: unshared(system, resource, op.value),
				});
			}
		}
	});

	it('emits fewer properties than pairs would need on their own', () => {
		const separate = resources.reduce((n, r) => n + 1 + describeResource(system, r).operations.reduce((m, op) => m + op.properties.length, 0), 1);
		expect(properties.length).toBeLessThan(separate);
	});
});

describe('describeResources', () => {
	const field = (name: string) => ({ name, type: 'string' as const });
	const resource = (value: string, ops: Array<[string, string[]]>): ResourceSpec => ({
		value,
		name: value.toUpperCase(),
		operations: ops.map(([op, fields]) => ({
			value: op,
			name: op,
			action: `${op} ${value}`,
			description: op,
			method: 'GET',
			path: `/${value}`,
			fields: fields.map(field),
		})),
	});
	const byName = (properties: INodeProperties[], name: string) =>
		properties.filter((p) => p.name === name).map((p) => p.displayOptions?.show);

	it('shares a property only over an exact rectangle of resources and operations', () => {
		const properties = describeResources(humaansSystem, [
			resource('a', [['get', ['x']], ['update', ['x']]]),
			resource('b', [['get', ['x']], ['update', ['x']]]),
			resource('c', [['get', ['x']], ['delete', []]]),
		]);
		expect(byName(properties, 'x')).toEqual([
			{ resource: ['a', 'b'], operation: ['get', 'update'] },
			{ resource: ['c'], operation: ['get'] },
		]);
	});

	it('keeps separate copies where sharing would reorder a pair', () => {
		const properties = describeResources(humaansSystem, [resource('a', [['get', ['x', 'y']]]), resource('b', [['get', ['y', 'x']]])]);
		for (const r of ['a', 'b']) {
			const names = properties
				.filter((p) => p.displayOptions?.show?.resource?.includes(r) && p.displayOptions?.show?.operation)
				.map((p) => p.name);
			expect(names).toEqual(r === 'a' ? ['x', 'y'] : ['y', 'x']);
		}
	});

	it('defaults to the named resource', () => {
		const properties = describeResources(humaansSystem, [resource('a', [['get', []]]), resource('b', [['get', []]])], {
			defaultResource: 'b',
		});
		expect(properties[0].default).toBe('b');
		expect(() => describeResources(humaansSystem, [resource('a', [['get', []]])], { defaultResource: 'z' })).toThrow(/not a resource/);
	});
});
