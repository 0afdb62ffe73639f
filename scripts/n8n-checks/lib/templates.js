'use strict';

/**
 * Reading the workflow templates in templates/ and preparing a copy for a check: fresh
 * workflow id, credentials pointed at the contract servers, and parameters a user would
 * set after importing (company, sequences, settings).
 */
const fs = require('fs');
const path = require('path');

const TEMPLATES_DIR = path.resolve(__dirname, '..', '..', '..', 'templates');

function templateFiles() {
	return fs
		.readdirSync(TEMPLATES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
}

function readTemplate(file) {
	return JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8'));
}

/** Sets `a.b.c` inside an object, creating the objects on the way. */
function setPath(target, dotted, value) {
	const keys = dotted.split('.');
	let cursor = target;
	for (const key of keys.slice(0, -1)) {
		if (cursor[key] === undefined || cursor[key] === null || typeof cursor[key] !== 'object') cursor[key] = {};
		cursor = cursor[key];
	}
	cursor[keys[keys.length - 1]] = value;
}

/**
 * A copy of a template ready to import.
 *   credentials: { <credential type>: { id, name } } — every node's reference of that type is replaced
 *   parameters:  { <node name>: { <dotted parameter path>: value } }
 *   assignments: { <Set node name>: { <field name>: value } }
 *   webhookIds:  replace each trigger's webhookId with a fresh one (a template may be imported twice)
 */
function prepareTemplate(template, { name, credentials = {}, parameters = {}, assignments = {}, webhookIds = true } = {}) {
	const wf = JSON.parse(JSON.stringify(template));
	delete wf.id;
	wf.name = name ?? `test:n8n template - ${template.name}`;
	const byName = new Map(wf.nodes.map((n) => [n.name, n]));
	for (const node of wf.nodes) {
		for (const type of Object.keys(node.credentials ?? {})) {
			if (credentials[type]) node.credentials[type] = { ...credentials[type] };
		}
		if (webhookIds && node.webhookId) node.webhookId = require('crypto').randomUUID();
	}
	for (const [nodeName, values] of Object.entries(parameters)) {
		const node = byName.get(nodeName);
		if (!node) throw new Error(`template "${template.name}" has no node "${nodeName}"`);
		for (const [dotted, value] of Object.entries(values)) setPath(node.parameters, dotted, value);
	}
	for (const [nodeName, values] of Object.entries(assignments)) {
		const node = byName.get(nodeName);
		const list = node && node.parameters.assignments && node.parameters.assignments.assignments;
		if (!list) throw new Error(`template "${template.name}" has no Set node "${nodeName}"`);
		for (const [field, value] of Object.entries(values)) {
			const entry = list.find((a) => a.name === field);
			if (!entry) throw new Error(`Set node "${nodeName}" has no field "${field}"`);
			entry.value = value;
		}
	}
	return wf;
}

/** Package node types a template uses, and the systems behind them. */
function systemsOf(template, packageName) {
	const systems = new Set();
	for (const node of template.nodes) {
		if (!node.type.startsWith(`${packageName}.`)) continue;
		systems.add(node.type.slice(packageName.length + 1).replace(/(Trigger|Tool)$/, ''));
	}
	return [...systems].sort();
}

module.exports = { TEMPLATES_DIR, templateFiles, readTemplate, prepareTemplate, systemsOf, setPath };
