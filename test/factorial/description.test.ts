import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties, INodeType } from 'n8n-workflow';
import { applyOverlay } from '../../nodes/shared/operations';
import { FACTORIAL_NODES } from '../../nodes/Factorial/generated/nodes';
import { FACTORIAL_LOOKUPS } from '../../nodes/Factorial/lookups';
import { FACTORIAL_OVERLAY } from '../../nodes/Factorial/overlays';
import { FACTORIAL_API_PATH, FACTORIAL_API_VERSION } from '../../nodes/Factorial/transport';
import { FACTORIAL_NODE_TYPES } from './setup';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
const KB = 1024;
const size = (node: INodeType) => JSON.stringify(node.description).length;

describe('Factorial node descriptions', () => {
	it('registers every Factorial node in package.json', () => {
		for (const name of Object.keys(FACTORIAL_NODE_TYPES)) {
			const className = name.charAt(0).toUpperCase() + name.slice(1);
			expect(pkg.n8n.nodes).toContain(`dist/nodes/Factorial/${className}.node.js`);
		}
	});

	it.each(Object.entries(FACTORIAL_NODE_TYPES))('%s stays within 150 KB', (_name, node) => {
		expect(size(node)).toBeLessThanOrEqual(150 * KB);
	});

	it('keeps the whole package within 1,000 KB (before n8n adds the AI-tool copies)', () => {
		let total = 0;
		for (const dist of pkg.n8n.nodes) {
			const mod = require(join(root, dist.replace(/^dist\//, '').replace(/\.js$/, '.ts'))) as Record<string, unknown>;
			const type = Object.values(mod).find((value): value is new () => INodeType => typeof value === 'function');
			if (type) total += size(new type());
		}
		expect(total).toBeLessThanOrEqual(1000 * KB);
	});

	it('puts Authentication first, defaults to a useful resource and its Get Many', () => {
		for (const [name, node] of Object.entries(FACTORIAL_NODE_TYPES)) {
			const [authentication, resource] = node.description.properties;
			expect(authentication).toMatchObject({ name: 'authentication', default: 'apiKey' });
			expect(resource.name).toBe('resource');
			expect(resource.default).toBe(FACTORIAL_NODES[name].defaultResource);
			const operation = node.description.properties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.default as string),
			);
			expect(operation?.default).toBe('getAll');
			expect(node.description.usableAsTool).toBe(true);
			expect(node.description.credentials?.map((c) => c.name)).toEqual(['factorialApi', 'factorialOAuth2Api']);
		}
	});

	it('names resources "Module: Resource" and uses each resource value once per node', () => {
		for (const node of Object.values(FACTORIAL_NODE_TYPES)) {
			const resource = node.description.properties[1] as INodeProperties;
			const options = (resource.options ?? []) as Array<{ name: string; value: string }>;
			for (const option of options) expect(option.name).toMatch(/^[A-Z][A-Za-z ]+: [A-Z]/);
			expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
		}
	});

	it('has an overlay entry only for operations that exist, and a lookup for every ref', () => {
		const all = Object.values(FACTORIAL_NODES).flatMap((group) => group.resources);
		expect(() => applyOverlay(all, FACTORIAL_OVERLAY)).not.toThrow();
		const refs = new Set<string>();
		for (const resource of all)
			for (const op of resource.operations)
				for (const field of [...(op.pathParams ?? []), ...(op.fields ?? []), ...(op.optional ?? []), ...(op.filters ?? [])])
					if (field.ref) refs.add(field.ref);
		for (const ref of refs) expect(FACTORIAL_LOOKUPS[ref]).toBeDefined();
		// Every lookup lists an endpoint of the spec.
		const paths = new Set(all.flatMap((resource) => resource.operations.filter((op) => op.list).map((op) => op.path)));
		for (const lookup of Object.values(FACTORIAL_LOOKUPS)) expect(paths).toContain(`${FACTORIAL_API_PATH}${lookup.path}`);
	});

	it('pins one API version everywhere', () => {
		const all = Object.values(FACTORIAL_NODES).flatMap((group) => group.resources);
		for (const resource of all) for (const op of resource.operations) expect(op.path.startsWith(`/api/${FACTORIAL_API_VERSION}/resources/`)).toBe(true);
	});
});
