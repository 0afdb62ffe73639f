import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialType, INodeParameters, INodeProperties, INodePropertyOptions, INodeType, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { FACTORIAL_NODES } from '../nodes/Factorial/generated/nodes';

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

/** Visits every parameter, also those inside collections; `parent` is the enclosing collection. */
function walk(properties: INodeProperties[], visit: (p: INodeProperties, parent?: INodeProperties) => void, parent?: INodeProperties) {
	for (const p of properties) {
		visit(p, parent);
		for (const option of (p.options ?? []) as Array<INodeProperties | { values?: INodeProperties[] }>) {
			if ('type' in option && 'displayName' in option) walk([option as INodeProperties], visit, p);
			if ('values' in option && option.values) walk(option.values, visit, p);
		}
	}
}

/**
 * The resource each action node opens on: the person record of a single-system node, and
 * for Factorial's domain nodes the main resource of the generator's node grouping.
 */
const MAIN_RESOURCE: Record<string, string> = {
	...Object.fromEntries(Object.entries(FACTORIAL_NODES).map(([name, group]) => [name, group.defaultResource])),
	humaans: 'person',
	employmentHero: 'employee',
	hrOmni: 'employee',
	chiefOnboarding: 'employee',
	factorial: 'employee',
};

const KB = 1024;
const EXPRESSION_HINT = 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';
const CLEARS = 'Leave empty to clear it';
/** A description without the standard sentences n8n and the Update collections append. */
const ownText = (description: string) => description.replace(`. ${EXPRESSION_HINT}.`, '').replace(EXPRESSION_HINT + '.', '').replace(`. ${CLEARS}.`, '').replace(CLEARS, '');
const sentenceCount = (text: string) => text.replace('e.g.', '').split('. ').length;

/** n8n's lint rules for one parameter (eslint-plugin-n8n-nodes-base), applied to the built description. */
function parameterProblems(p: INodeProperties, parent?: INodeProperties): string[] {
	const problems: string[] = [];
	const where = `${parent ? `${parent.name}.` : ''}${p.name}`;
	const report = (rule: string, detail = '') => problems.push(`${rule}: ${where}${detail ? ` (${detail})` : ''}`);
	if (p.displayName !== p.displayName.trim() || /\s{2,}/.test(p.displayName)) report('display-name-whitespace');
	if (/\bId\b|\bIds\b/.test(p.displayName)) report('display-name-miscased-id', p.displayName);
	if (p.default === undefined) report('default-missing');
	if ((p as { required?: boolean }).required === false) report('required-false');
	if (p.type === 'boolean' && typeof p.default !== 'boolean') report('default-wrong-for-boolean');
	if (p.type === 'collection' && JSON.stringify(p.default) !== '{}') report('default-wrong-for-collection');
	if (p.type === 'multiOptions' && !Array.isArray(p.default)) report('default-wrong-for-multi-options');
	if (p.type === 'number' && typeof p.default !== 'number') report('default-wrong-for-number');
	if (p.type === 'string' && !p.typeOptions?.multipleValues && typeof p.default !== 'string') report('default-wrong-for-string');
	if (p.type === 'options' && !p.typeOptions?.loadOptionsMethod && !((p.options ?? []) as INodePropertyOptions[]).some((o) => o.value === p.default)) {
		report('default-wrong-for-options', String(p.default));
	}
	if (p.name === 'limit' && p.type === 'number') {
		if (p.default !== 50) report('default-wrong-for-limit');
		if (p.typeOptions?.minValue !== 1) report('min-value-wrong-for-limit');
		if (p.description !== 'Max number of results to return') report('description-wrong-for-limit');
	}
	if (p.name === 'returnAll' && p.description !== 'Whether to return all results or only up to a given limit') report('description-wrong-for-return-all');
	if (p.name === 'simplify') {
		if (p.displayName !== 'Simplify' || p.default !== true) report('display-name-or-default-wrong-for-simplify');
		if (p.description !== 'Whether to return a simplified version of the response instead of the raw data') report('description-wrong-for-simplify');
	}
	if (/password|secret|token$/i.test(p.name) && p.type === 'string' && !p.typeOptions?.password) report('type-options-password-missing');
	if (p.type === 'multiOptions' && p.typeOptions?.loadOptionsMethod) {
		if (!p.displayName.endsWith('Names or IDs')) report('display-name-wrong-for-dynamic-multi-options', p.displayName);
		if (!p.description?.endsWith(`${EXPRESSION_HINT}.`)) report('description-wrong-for-dynamic-multi-options');
	}
	if (p.type === 'options' && p.typeOptions?.loadOptionsMethod && !p.displayName.endsWith('Name or ID')) report('display-name-wrong-for-dynamic-options');
	if (p.placeholder !== undefined && typeof p.placeholder === 'string') {
		if (/\bId\b/.test(p.placeholder)) report('placeholder-miscased-id', p.placeholder);
		if (/email/i.test(p.name) && p.type === 'string' && !p.typeOptions?.multipleValues && p.placeholder !== 'name@email.com') report('placeholder-missing-email', p.placeholder);
		const free = p.type === 'string' && !p.typeOptions?.multipleValues && !/email/i.test(p.name);
		if (free && !p.placeholder.startsWith('e.g.')) report('placeholder-without-e.g.', p.placeholder);
	}
	for (const mode of (p as { modes?: Array<{ name: string; placeholder?: string }> }).modes ?? []) {
		if (mode.name === 'id' && mode.placeholder && !mode.placeholder.startsWith('e.g.')) report('placeholder-without-e.g.', mode.placeholder);
	}
	if (p.description !== undefined) problems.push(...descriptionProblems(p.description, p.displayName, where));
	if (p.hint !== undefined && p.hint !== p.hint.trim()) report('hint-untrimmed');
	if (p.type === 'options' || p.type === 'multiOptions') {
		const options = (p.options ?? []) as INodePropertyOptions[];
		const names = options.map((o) => o.name);
		const values = options.map((o) => String(o.value));
		if (new Set(names).size !== names.length) report('option-name-duplicate');
		if (new Set(values).size !== values.length) report('option-value-duplicate');
		for (const option of options) {
			if (!option.name) report('option-name-missing', String(option.value));
			if (option.description !== undefined) {
				problems.push(...descriptionProblems(option.description, option.name, `${where}=${String(option.value)}`));
				if (option.description === option.name) report('option-description-identical-to-name', option.name);
			}
		}
	}
	if (p.type === 'collection') {
		const names = ((p.options ?? []) as INodeProperties[]).map((o) => o.displayName);
		if (JSON.stringify(names) !== JSON.stringify([...names].sort((a, b) => a.localeCompare(b)))) report('collection-type-unsorted-items');
	}
	return problems;
}

function descriptionProblems(description: string, label: string, where: string): string[] {
	const problems: string[] = [];
	const report = (rule: string) => problems.push(`${rule}: ${where} (${description})`);
	if (description === '') report('description-empty-string');
	if (description !== description.trim()) report('description-untrimmed');
	if (/\s{2,}/.test(description)) report('description-excess-inner-whitespace');
	if (/^[a-z]/.test(description) && !/^e\.g\./.test(description)) report('description-lowercase-first-char');
	if (description.toLowerCase() === label.toLowerCase()) report('description-identical-to-display-name');
	if (/<br\s*\/?>/.test(description)) report('description-line-break-html-tag');
	const several = sentenceCount(description) > 1;
	if (!several && description.endsWith('.') && !description.endsWith('...')) report('description-excess-final-period');
	if (several && !/[.!?]$/.test(description)) report('description-missing-final-period');
	if (ownText(description).length > 120) report('description-longer-than-120-characters');
	if (/\bthe (API )?document\b(?! type)(?! was)(?! as)/i.test(description) && /(document (says|requires|lists)|API document)/i.test(description)) {
		report('description-mentions-the-api-document');
	}
	return problems;
}

describe.each(nodes)('description of $file', ({ file, node }) => {
	const { description } = node;

	it('has the n8n essentials', () => {
		expect(description.subtitle ?? description.group.includes('trigger')).toBeTruthy();
		expect(description.icon).toEqual({ light: expect.stringMatching(/^file:.*\.svg$/), dark: expect.stringMatching(/^file:.*\.dark\.svg$/) });
		expect(description.documentationUrl).toMatch(/^https:\/\//);
		const codex = source(file).replace(/\.ts$/, '.json');
		expect(existsSync(codex)).toBe(true);
		const json = JSON.parse(readFileSync(codex, 'utf8')) as { node: string; subcategories?: unknown; alias?: string[] };
		expect(json.node).toBe(`n8n-nodes-hris.${description.name}`);
		expect(json.subcategories).toBeUndefined();
		// The nodes panel searches names and codex aliases only: users type these words.
		expect(json.alias).toEqual(expect.arrayContaining(['HRIS', 'HR', 'employee']));
		expect(new Set(json.alias).size).toBe(json.alias?.length);
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

	it('stays within the size budget of 150 KB', () => {
		expect(JSON.stringify(description).length).toBeLessThanOrEqual(150 * KB);
	});

	it('follows the n8n lint rules that apply to built parameters', () => {
		const problems: string[] = [];
		walk(description.properties, (p, parent) => problems.push(...parameterProblems(p, parent)));
		if (!description.group.includes('trigger')) {
			const resource = description.properties.find((p) => p.name === 'resource');
			expect(resource?.noDataExpression).toBe(true);
			for (const p of description.properties.filter((q) => q.name === 'operation')) {
				expect(p.noDataExpression).toBe(true);
				for (const option of (p.options ?? []) as INodePropertyOptions[]) {
					if (!option.description) problems.push(`operation-option-without-description: ${String(option.value)}`);
					// As n8n's rule, all-uppercase words (IT, ATS) are left out of the sentence-case check.
					if (option.action && !/^[A-Z][^A-Z]*$/.test(option.action.replace(/\b([A-Z]{2,}|IDs|[A-Z][a-z]+ [A-Z][a-z]+)\b/g, 'x'))) {
						problems.push(`operation-option-action-miscased: ${option.action}`);
					}
					if (option.value === 'getAll' && (option.name !== 'Get Many' || !option.action?.startsWith('Get many'))) {
						problems.push(`option-name-wrong-for-get-many: ${option.name} / ${option.action}`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('opens on its main resource → Get Many', () => {
		const resource = description.properties.find((p) => p.name === 'resource');
		if (!resource) return;
		expect({ node: description.name, resource: resource.default }).toEqual({ node: description.name, resource: MAIN_RESOURCE[description.name] });
		const operation = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.default as string));
		const values = ((operation?.options ?? []) as INodePropertyOptions[]).map((o) => o.value);
		if (values.includes('getAll')) expect(operation?.default).toBe('getAll');
	});

	it('says "Leave empty to clear" only in Update collections', () => {
		const misplaced: string[] = [];
		walk(description.properties, (p, parent) => {
			if (p.description?.includes(CLEARS) && parent?.name !== 'updateFields') misplaced.push(`${parent?.name ?? '-'}.${p.name}`);
		});
		expect(misplaced).toEqual([]);
	});

	it('shows display names in the canvas subtitle, as n8n evaluates it', () => {
		const selectors = description.properties.filter((p) => ['resource', 'operation', 'event', 'events'].includes(p.name));
		const first = (name: string) => selectors.find((p) => p.name === name);
		const parameters: Record<string, unknown> = {};
		const expected: string[] = [];
		const optionName = (p: INodeProperties | undefined, value: unknown) =>
			((p?.options ?? []) as INodePropertyOptions[]).find((o) => o.value === value)?.name;
		if (first('resource')) {
			const resource = first('resource') as INodeProperties;
			parameters.resource = resource.default;
			const operation = selectors.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.default as string));
			parameters.operation = operation?.default;
			expected.push(`${optionName(operation, operation?.default)}: ${optionName(resource, resource.default)}`);
		} else if (first('event')) {
			parameters.event = first('event')?.default;
			expected.push(optionName(first('event'), parameters.event) as string);
		} else if (first('events')) {
			const options = (first('events')?.options ?? []) as INodePropertyOptions[];
			parameters.events = options.slice(0, 2).map((o) => o.value);
			expected.push(options.slice(0, 2).map((o) => o.name).join(', '));
		}
		const workflow = new Workflow({
			nodes: [{ id: '1', name: 'Node', type: description.name, typeVersion: 1, position: [0, 0], parameters: parameters as INodeParameters }],
			connections: {},
			active: false,
			nodeTypes: { getByName: () => node, getByNameAndVersion: () => node, getKnownTypes: () => ({}) } as unknown as INodeTypes,
		});
		const subtitle = workflow.expression.getSimpleParameterValue(workflow.nodes.Node, description.subtitle as string, 'internal', {});
		expect(subtitle).toBe(expected[0]);
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

it('keeps the whole package within 1,000 KB of descriptions', () => {
	const total = nodes.reduce((sum, { node }) => sum + JSON.stringify(node.description).length, 0);
	expect(total).toBeLessThanOrEqual(1000 * KB);
});

describe.each(credentials)('credential $file', ({ credential }) => {
	it('has an icon, a documentation URL and a test by every node that uses it', () => {
		expect(credential.name).toMatch(/Api$/);
		expect(credential.icon).toBeDefined();
		expect(credential.documentationUrl).toMatch(/^https:\/\//);
		const users = nodes.flatMap(({ node }) => (node.description.credentials ?? []).filter((c) => c.name === credential.name));
		expect(users.length).toBeGreaterThan(0);
		// n8n 2.41 never runs a package's test for an OAuth2 credential (see test/credentialTests.test.ts).
		if (!credential.extends?.includes('oAuth2Api')) expect(users.map((c) => typeof c.testedBy)).toEqual(users.map(() => 'string'));
	});
});
