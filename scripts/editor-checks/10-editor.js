'use strict';

/**
 * `npm run test:editor`: the package in n8n's editor, driven in Debian's Chromium
 * (puppeteer-core), against the n8n that `npm run test:n8n` starts (package installed as a
 * community package) and the contract servers. For every node of the package:
 *   - the nodes panel finds it by its name and by a codex alias, and its action list opens;
 *   - the parameters of its default operation render;
 *   - a resource locator in list mode loads entries from the contract server (listSearch
 *     inside real n8n) and a load-options dropdown fills, where the node has them;
 *   - its credential's test with a wrong token or password shows the package's message
 *     (Employment Hero's OAuth2 form is checked instead: n8n runs no test for OAuth2);
 *   - an action node is offered as a tool under an AI Agent.
 * Every wait is on what the page shows. Screenshots go to .tmp/editor-screenshots/.
 * N8N_EDITOR_NODES=<substring> checks only the nodes whose display name contains it.
 */
const fs = require('fs');
const path = require('path');
const { launchBrowser, pageHelpers } = require('../editor/page');
const { startFixtures, nodeCases } = require('../editor/fixtures');

const root = path.resolve(__dirname, '..', '..');
const SCREENSHOTS = path.join(root, '.tmp', 'editor-screenshots');
const NODE_VIEW_TIMEOUT_MS = 90000; // the first canvas load compiles the editor's chunks

let state;

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** What the description says the editor must show for a node. */
function expectations(description) {
	const props = description.properties;
	const shown = (p, values) =>
		Object.entries(p.displayOptions?.show ?? {}).every(([key, allowed]) => !(key in values) || allowed.includes(values[key])) &&
		Object.keys(p.displayOptions?.show ?? {}).every((key) => key in values || key === '@version');
	const resource = props.find((p) => p.name === 'resource');
	const values = {};
	if (resource) values.resource = resource.default;
	const operation = props.find((p) => p.name === 'operation' && shown(p, values));
	if (operation) values.operation = operation.default;
	const optionName = (p) => p && (p.options || []).find((o) => o.value === p.default)?.name;
	const parameters = props
		// n8n shows an `authentication` choice as the credential selector, not as a parameter.
		.filter((p) => !['resource', 'operation', 'authentication'].includes(p.name) && !['hidden', 'notice'].includes(p.type) && shown(p, values))
		.map((p) => p.displayName);
	return {
		resourceName: optionName(resource),
		operationName: optionName(operation),
		action: operation && (operation.options || []).find((o) => o.value === operation.default)?.action,
		parameters,
		trigger: description.group.includes('trigger'),
		usableAsTool: !!description.usableAsTool,
	};
}

async function setUp(ctx) {
	if (state) return state;
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	const fx = await startFixtures(ctx);
	const cases = nodeCases(fx, ctx.packageName);
	const workflows = {};
	for (const c of cases) {
		const credentials = c.credential ? fx.cred(c.credential) : undefined;
		const nodes = [];
		const add = (name, type, parameters, extra = {}) =>
			nodes.push({
				id: `c0000000-0000-4000-8000-${String(nodes.length + 1).padStart(12, '0')}`,
				name,
				type,
				typeVersion: extra.typeVersion ?? 1,
				position: [nodes.length * 260, 0],
				parameters,
				...(extra.credentials ? { credentials: extra.credentials } : {}),
			});
		add('Defaults', c.type, {}, { credentials });
		if (c.list) add('List', c.type, c.list.parameters, { credentials });
		if (c.options) add('Options', c.type, c.options.parameters, { credentials });
		add('Agent', '@n8n/n8n-nodes-langchain.agent', {}, { typeVersion: 2 });
		// Over REST: one `n8n import:workflow` per node would start the CLI eight times.
		const created = await ctx.restOk('POST', '/rest/workflows', { name: `test:editor - ${c.displayName}`, nodes, connections: {}, settings: {}, active: false });
		workflows[c.type] = created.id;
	}
	const { browser, close } = await launchBrowser();
	const page = await browser.newPage();
	const h = pageHelpers(page, ctx.baseUrl);
	state = { fx, cases, workflows, browser, close, page, h, descriptions: new Map(ctx.nodeTypes.map((d) => [d.name, d])) };
	await h.signIn(ctx.owner);
	return state;
}

async function shot(name) {
	await state.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function openWorkflow(id) {
	const { h, page } = state;
	await page.keyboard.press('Escape');
	await h.goto(`/workflow/${id}`);
	await h.visible('[data-test-id="canvas-node"]', { timeout: NODE_VIEW_TIMEOUT_MS });
}

async function openNode(name) {
	const { h } = state;
	const node = await h.waitForText('[data-test-id="canvas-node"]', name);
	await node.click({ count: 2 });
	await h.visible('[data-test-id="ndv"] [data-test-id="node-parameters"]');
}

async function closeNode() {
	const { page, h } = state;
	await page.click('[data-test-id="ndv-close-button"]');
	await page.waitForSelector('[data-test-id="ndv"] [data-test-id="node-parameters"]', { hidden: true, timeout: 10000 }).catch(() => {});
	await h.visible('[data-test-id="canvas-node"]');
}

/** Closes the nodes panel (Escape goes back one level at a time). */
async function closePanel() {
	const { page } = state;
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('Escape');
		const closed = await page
			.waitForSelector('[data-test-id="node-creator"]', { hidden: true, timeout: 3000 })
			.then(() => true)
			.catch(() => false);
		if (closed) return;
	}
	throw new Error('the nodes panel does not close');
}

async function search(text) {
	const { page, h } = state;
	const input = '[data-test-id="node-creator"] input';
	await h.visible(input);
	await page.focus(input);
	await page.keyboard.down('Control');
	await page.keyboard.press('KeyA');
	await page.keyboard.up('Control');
	await page.keyboard.press('Backspace');
	await page.waitForFunction((sel) => document.querySelector(sel).value === '', {}, input);
	await page.type(input, text);
}

/** Nodes panel: by name, by alias, then the node's actions (or trigger events). */
async function checkPanel(c, expected) {
	const { page, h } = state;
	// The panel lists an app's action node and trigger as one entry named after the app.
	const appName = c.displayName.replace(/ Trigger$/, '');
	const itemName = '[data-test-id="node-creator-item-name"]';
	await (await h.visible('[data-test-id="node-creator-plus-button"]')).click();
	await search(c.displayName);
	await h.waitForText(itemName, appName, { exact: true });
	await search(c.alias);
	await h.waitForText(itemName, appName, { exact: true });
	if (c.alias === 'HRIS') await shot('nodes-panel-hris');
	await h.clickText(itemName, appName, { exact: true });
	const category = expected.trigger ? 'Triggers (' : 'Actions (';
	const header = await h.waitForText('[data-test-id="node-creator-category-item"]', category);
	const count = Number(/\((\d+)\)/.exec(await header.evaluate((el) => el.innerText))[1]);
	if (!(count > 0)) throw new Error(`${category}${count}) in the action list`);
	// n8n names a trigger's events "On <event>". Which category starts expanded depends on
	// whether the workflow has a trigger yet: open it when its items are not shown.
	const wanted = expected.trigger ? ['On ', false] : [expected.action, true];
	await h.waitForText(itemName, wanted[0], { exact: wanted[1], timeout: 5000 }).catch(async () => {
		await header.click();
		await h.waitForText(itemName, wanted[0], { exact: wanted[1] });
	});
	await shot(`${slug(c.displayName)}-actions`);
	await closePanel();
	return `${count} ${expected.trigger ? 'trigger events' : 'actions'}`;
}

/** The node as added (no parameters set): its default resource, operation and their parameters. */
async function checkDefaults(c, expected) {
	const { page, h } = state;
	await openNode('Defaults');
	if (!expected.trigger) {
		const value = async (name) => await page.$eval(`[data-test-id="parameter-input-${name}"] input`, (el) => el.value);
		await page.waitForFunction(
			(r, o) => {
				const v = (n) => document.querySelector(`[data-test-id="parameter-input-${n}"] input`)?.value;
				return v('resource') === r && v('operation') === o;
			},
			{},
			expected.resourceName,
			expected.operationName,
		).catch(async () => {
			throw new Error(`Resource/Operation show "${await value('resource')}" / "${await value('operation')}", expected "${expected.resourceName}" / "${expected.operationName}"`);
		});
	}
	for (const label of expected.parameters.slice(0, 3)) await h.waitForText('[data-test-id="ndv"] [data-test-id="parameter-item"]', label);
	await shot(`${slug(c.displayName)}-parameters`);
	await closeNode();
	return expected.trigger ? expected.parameters.slice(0, 3).join(', ') : `${expected.resourceName} → ${expected.operationName}`;
}

async function checkList(c) {
	const { page, h } = state;
	await openNode('List');
	const name = Object.keys(c.list.parameters).find((k) => c.list.parameters[k] && c.list.parameters[k].__rl);
	await page.click(`[data-test-id="resource-locator-${name}"] [data-test-id="rlc-input"]`);
	await h.waitForText('[data-test-id="rlc-item"]', c.list.entry, { timeout: 30000 });
	await shot(`${slug(c.displayName)}-resource-locator`);
	await page.keyboard.press('Escape');
	await closeNode();
}

async function checkOptions(c) {
	const { page, h } = state;
	await openNode('Options');
	await h.waitForText('[data-test-id="ndv"] [data-test-id="parameter-item"]', c.options.label);
	const select = `[data-test-id="ndv"] [data-test-id="parameter-input-${c.options.name}"] input`;
	// A click while the panel still moves in can miss the dropdown: click until it opens.
	for (let attempt = 1; ; attempt++) {
		await (await h.visible(select)).click();
		const open = await h
			.waitForText('.el-select-dropdown__item, [role="option"], .el-select-dropdown__loading, .el-select-dropdown__empty', '', { timeout: 5000 })
			.then(() => true)
			.catch(() => false);
		if (open || attempt === 3) break;
	}
	await h.waitForText('.el-select-dropdown__item, [role="option"]', c.options.entry, { timeout: 30000 });
	await shot(`${slug(c.displayName)}-load-options`);
	await page.keyboard.press('Escape');
	await closeNode();
}

/** Opens the credential from the credentials list: the editor tests it and shows the reason. */
async function checkCredential(c) {
	const { page, h } = state;
	await page.keyboard.press('Escape');
	await h.goto('/home/credentials');
	await h.clickText('[data-test-id="resources-list-item"]', c.wrongCredential, { exact: false, timeout: 60000 });
	const modal = '[data-test-id="editCredential-modal"]';
	await h.visible(modal);
	if (c.oauth) {
		// n8n 2.41 runs no credential test for OAuth2: the form shows the connection state.
		await h.waitForText(modal, 'Account connected');
		const order = await page.$eval(modal, (el) => el.innerText);
		const notice = order.indexOf('Register an OAuth 2.0 application');
		const clientId = order.indexOf('Client ID');
		if (notice === -1 || clientId === -1 || notice > clientId) throw new Error('the setup notice is not above Client ID');
		await shot(`${slug(c.displayName)}-credential`);
		await page.keyboard.press('Escape');
		return 'OAuth2 form: setup notice first, account connected';
	}
	const config = `${modal} [data-test-id="node-credentials-config-container"]`;
	await h.waitForText(config, 'Couldn’t connect with these settings', { timeout: 30000 });
	// The banner shows the reason behind "More details".
	const more = await h.waitForText(`${config} a, ${config} span, ${config} button`, 'More details', { exact: true, timeout: 5000 }).catch(() => null);
	if (more) await more.click();
	await h.waitForText(config, c.wrongMessage);
	await shot(`${slug(c.displayName)}-credential`);
	await page.keyboard.press('Escape');
	return c.wrongMessage;
}

async function checkTool(c) {
	const { page, h } = state;
	const plus = await h.visible(
		'[data-test-id="canvas-node-input-handle"][data-handleid="inputs/ai_tool/0"] [data-test-id="canvas-handle-plus"]',
	);
	await plus.click();
	await search(c.displayName);
	await h.waitForText('[data-test-id="node-creator-item-name"]', `${c.displayName} Tool`, { exact: true });
	await shot(`${slug(c.displayName)}-agent-tools`);
	await closePanel();
}

function nodeCheck(index) {
	return async (ctx) => {
		// N8N_EDITOR_NODES=<substring>: check only the nodes whose display name contains it.
		const only = process.env.N8N_EDITOR_NODES;
		if (only && !nodeCases({}, ctx.packageName)[index].displayName.includes(only)) ctx.skip(`N8N_EDITOR_NODES=${only}`);
		await setUp(ctx);
		const c = state.cases[index];
		const description = state.descriptions.get(c.type);
		if (!description) throw new Error(`${c.type} is not loaded`);
		const expected = expectations(description);
		const done = [];
		try {
			await runSteps(c, expected, done);
		} catch (error) {
			await shot(`${slug(c.displayName)}-failure`).catch(() => {});
			throw new Error(`${error.message} (after: ${done.join('; ') || 'nothing'}; screenshot ${slug(c.displayName)}-failure.png)`);
		}
		return done.join('; ');
	};
}

async function runSteps(c, expected, done) {
	await openWorkflow(state.workflows[c.type]);
	done.push(`panel: ${await checkPanel(c, expected)}`);
	done.push(`defaults: ${await checkDefaults(c, expected)}`);
	if (c.list) {
		await checkList(c);
		done.push(`list: ${c.list.entry}`);
	}
	if (c.options) {
		await checkOptions(c);
		done.push(`options: ${c.options.entry}`);
	}
	if (expected.usableAsTool) {
		await checkTool(c);
		done.push('AI Agent tool');
	}
	if (c.wrongCredential) done.push(`credential: ${await checkCredential(c)}`);
}

const checks = {};
// One check per node, named after it; the node list is fixed in fixtures.js.
for (const [index, c] of nodeCases({}, 'n8n-nodes-hris').entries()) checks[c.displayName] = nodeCheck(index);
checks['close the browser and the contract servers'] = async () => {
	if (!state) return 'nothing was started';
	await state.close();
	await state.fx.stop();
	return `screenshots in ${path.relative(root, SCREENSHOTS)}/`;
};

module.exports = checks;
