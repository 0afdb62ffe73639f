import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { INodeProperties, INodePropertyCollection, INodeType } from 'n8n-workflow';

/**
 * The templates in templates/ against this package's own node descriptions, without n8n:
 * every parameter a template sets exists where it sets it (resource, operation, fields of
 * collections), credentials are referenced by the nodes' credential names and carry no ID,
 * and the pictures in docs/templates/ are up to date. `npm run test:n8n` runs each template
 * in a real n8n.
 */
const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[] } };

interface TemplateNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}
interface Template {
	name: string;
	nodes: TemplateNode[];
	connections: Record<string, Record<string, Array<Array<{ node: string; type: string }>>>>;
}

const descriptions = new Map(
	pkg.n8n.nodes.map((file) => {
		const mod = require(join(root, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'))) as Record<string, new () => INodeType>;
		// The node class is named like its file (a module may export constants too).
		const { description } = new mod[basename(file, '.node.js')]();
		return [description.name, description];
	}),
);

const files = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.json')).sort();
const templates = files.map((file) => ({ file, template: JSON.parse(readFileSync(join(root, 'templates', file), 'utf8')) as Template }));

/** Whether a property is shown for the node's parameters (show conditions; unset ones at their default). */
function shown(property: Pick<INodeProperties, 'displayOptions'>, parameters: Record<string, unknown>, all: INodeProperties[]): boolean {
	const show = property.displayOptions?.show;
	if (!show) return true;
	return Object.entries(show).every(([key, values]) => {
		const value = key in parameters ? parameters[key] : all.find((p) => p.name === key && shown(p, parameters, all))?.default;
		return (values as unknown[]).includes(value);
	});
}

describe.each(templates)('template $file', ({ template }) => {
	const packageNodes = template.nodes.filter((n) => n.type.startsWith(`${pkg.name}.`));

	it('uses nodes of this package, with parameters they have where they are shown', () => {
		expect(packageNodes.length).toBeGreaterThan(0);
		const problems: string[] = [];
		for (const node of packageNodes) {
			const base = node.type.slice(pkg.name.length + 1);
			const isTool = base.endsWith('Tool') && !descriptions.has(base);
			const description = descriptions.get(isTool ? base.slice(0, -'Tool'.length) : base);
			if (!description) {
				problems.push(`${node.name}: no node ${node.type} in package.json`);
				continue;
			}
			const added = [...(description.polling ? ['pollTimes'] : []), ...(isTool ? ['descriptionType', 'toolDescription'] : [])];
			for (const [key, value] of Object.entries(node.parameters)) {
				if (added.includes(key)) continue;
				const candidates = description.properties.filter((p) => p.name === key && shown(p, node.parameters, description.properties));
				if (!candidates.length) {
					problems.push(`${node.name}: "${key}" is not a parameter shown for these settings`);
					continue;
				}
				const property = candidates[0];
				if (property.type === 'options' && !(property.options ?? []).some((o) => 'value' in o && o.value === value)) {
					problems.push(`${node.name}: "${key}" has no option ${JSON.stringify(value)}`);
				}
				if (property.type === 'collection' && value && typeof value === 'object') {
					const fields = (property.options ?? []) as INodeProperties[];
					for (const field of Object.keys(value)) {
						if (!fields.some((f) => f.name === field)) problems.push(`${node.name}: "${key}" has no field "${field}"`);
					}
				}
				if (property.type === 'fixedCollection') {
					const groups = (property.options ?? []) as INodePropertyCollection[];
					for (const group of Object.keys(value as object)) {
						if (!groups.some((g) => g.name === group)) problems.push(`${node.name}: "${key}" has no group "${group}"`);
					}
				}
			}
			for (const [type, reference] of Object.entries(node.credentials ?? {})) {
				if (!(description.credentials ?? []).some((c) => c.name === type)) problems.push(`${node.name}: no credential type ${type}`);
				if (reference.id !== '') problems.push(`${node.name}: credential ${type} carries an ID (${reference.id})`);
			}
			for (const required of description.credentials ?? []) {
				// A credential shown only for another Authentication choice is not needed.
				const needed = required.required && shown(required, node.parameters, description.properties);
				if (needed && !node.credentials?.[required.name]) problems.push(`${node.name}: credential ${required.name} missing`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('explains itself in a sticky note and connects only nodes it has', () => {
		const names = new Set(template.nodes.map((n) => n.name));
		expect(names.size).toBe(template.nodes.length);
		const notes = template.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote').map((n) => String(n.parameters.content));
		expect(notes.some((content) => /### Set up/.test(content))).toBe(true);
		for (const [from, outputs] of Object.entries(template.connections)) {
			expect(names.has(from)).toBe(true);
			for (const target of Object.values(outputs).flat(2)) expect(names.has(target.node)).toBe(true);
		}
	});
});

describe('templates', () => {
	it('at least six, four of them combining two or more HR systems', () => {
		const systems = (t: Template) =>
			new Set(t.nodes.filter((n) => n.type.startsWith(`${pkg.name}.`)).map((n) => n.type.replace(/(Trigger|Tool)$/, ''))).size;
		expect(templates.length).toBeGreaterThanOrEqual(6);
		expect(templates.filter(({ template }) => systems(template) >= 2).length).toBeGreaterThanOrEqual(4);
	});

	it('pictures in docs/templates are up to date (npm run templates:pictures)', () => {
		expect(() => execFileSync(process.execPath, [join(root, 'scripts', 'template-pictures.js'), '--check'], { stdio: 'pipe' })).not.toThrow();
	});
});
