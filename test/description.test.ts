import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialType, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

/**
 * n8n's lint rules cannot see descriptions assembled at run time, so the same UX rules
 * are checked here on the live descriptions of every node the package registers.
 */
const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
const source = (dist: string) => join(root, dist.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
const instance = <T>(dist: string): T => {
	// A module may export constants next to its class (e.g. a trigger's header name).
	const mod = require(source(dist)) as Record<string, unknown>;
	const type = Object.values(mod).find((value): value is new () => T => typeof value === 'function');
	if (!type) throw new Error(`${dist} exports no class`);
	return new type();
};

const nodes = pkg.n8n.nodes.map((file) => ({ file, node: instance<INodeType>(file) }));
const credentials = pkg.n8n.credentials.map((file) => ({ file, credential: instance<ICredentialType>(file) }));

const isTitleCase = (text: string) =>
	text.split(/\s+/).every((word, i) => !/^[a-z]/.test(word) || (i > 0 && /^(a|an|and|as|at|by|for|in|of|on|or|the|to|from|with|e\.g\.)$/.test(word)));

function walk(properties: INodeProperties[], visit: (p: INodeProperties) => void) {
	for (const p of properties) {
		visit(p);
		for (const option of (p.options ?? []) as Array<INodeProperties | { values?: INodeProperties[] }>) {
			if ('type' in option && 'displayName' in option) walk([option as INodeProperties], visit);
			if ('values' in option && option.values) walk(option.values, visit);
		}
	}
}

describe.each(nodes)('description of $file', ({ file, node }) => {
	const { description } = node;

	it('has the n8n essentials', () => {
		expect(description.subtitle ?? description.group.includes('trigger')).toBeTruthy();
		expect(description.icon).toEqual({ light: expect.stringMatching(/^file:.*\.svg$/), dark: expect.stringMatching(/^file:.*\.dark\.svg$/) });
		expect(description.documentationUrl).toMatch(/^https:\/\//);
		const codex = source(file).replace(/\.ts$/, '.json');
		expect(existsSync(codex)).toBe(true);
		const json = JSON.parse(readFileSync(codex, 'utf8')) as { node: string; subcategories?: unknown };
		expect(json.node).toBe(`n8n-nodes-hris.${description.name}`);
		expect(json.subcategories).toBeUndefined();
		if (description.group.includes('trigger')) {
			expect(description.usableAsTool).toBeUndefined();
			expect(description.displayName).toMatch(/Trigger$/);
		} else {
			expect(description.usableAsTool).toBe(true);
		}
	});

	it('labels every operation with an action and keeps options sorted', () => {
		const problems: string[] = [];
		walk(description.properties, (p) => {
			if (!isTitleCase(p.displayName) && p.type !== 'notice') problems.push(`not Title Case: ${p.displayName}`);
			if (p.type === 'boolean' && p.description && !p.description.startsWith('Whether')) {
				problems.push(`boolean ${p.name} description must start with "Whether": ${p.description}`);
			}
			if (p.type === 'options' || p.type === 'multiOptions') {
				const names = ((p.options ?? []) as INodePropertyOptions[]).map((o) => o.name);
				const sorted = [...names].sort((a, b) => a.localeCompare(b));
				if (p.name !== 'operation' && JSON.stringify(names) !== JSON.stringify(sorted) && !/^\$sort|sort|direction/i.test(p.name)) {
					problems.push(`options of ${p.name} not sorted: ${names.join(', ')}`);
				}
			}
			if (p.name === 'operation') {
				for (const option of (p.options ?? []) as INodePropertyOptions[]) {
					if (!option.action) problems.push(`operation ${String(option.value)} has no action`);
				}
			}
		});
		expect(problems).toEqual([]);
	});

	it('gives every list operation Return All and Limit', () => {
		const getMany = description.properties.filter((p) => p.name === 'operation').flatMap((p) =>
			((p.options ?? []) as INodePropertyOptions[])
				.filter((o) => o.value === 'getAll')
				.map((o) => ({ resource: p.displayOptions?.show?.resource?.[0], operation: o.value })),
		);
		for (const { resource, operation } of getMany) {
			const shown = (name: string) =>
				description.properties.some(
					(p) => p.name === name && p.displayOptions?.show?.resource?.includes(resource as string) && p.displayOptions?.show?.operation?.includes(operation),
				);
			expect({ resource, returnAll: shown('returnAll'), limit: shown('limit') }).toEqual({ resource, returnAll: true, limit: true });
		}
	});
});

describe.each(credentials)('credential $file', ({ credential }) => {
	it('has an icon, a documentation URL and a test request', () => {
		expect(credential.name).toMatch(/Api$/);
		expect(credential.icon).toBeDefined();
		expect(credential.documentationUrl).toMatch(/^https:\/\//);
		expect(credential.test ?? (credential.extends?.includes('oAuth2Api') ? 'oauth' : undefined)).toBeDefined();
	});
});
