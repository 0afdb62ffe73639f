'use strict';

/**
 * The workflow templates in templates/, in a real n8n against the contract servers.
 * Each template is imported as a user would import it (credentials and the few settings a
 * user fills in pointed at the contract servers), run the way it runs in production, and
 * judged by what the target system's contract server holds afterwards:
 *   - webhook templates: activated (the trigger registers its webhook), then sent a real
 *     delivery; the HR Omni template: activated, then the next minute's poll;
 *   - the reconciliation: run once, its report compared with the seeded differences;
 *   - the AI agent (no model is reachable): imported, tools wired and read-only.
 */
const assert = require('assert');
const crypto = require('crypto');
const { serverModule } = require('./lib/servers');
const { templateFiles, readTemplate, prepareTemplate, systemsOf } = require('./lib/templates');
const { executionHelpers } = require('../n8n-rest');

const TEMPLATE = {
	newHire: 'humaans-new-hire-to-chiefonboarding.json',
	offboarding: 'humaans-offboarding-to-chiefonboarding.json',
	leave: 'employmenthero-leave-to-humaans.json',
	polling: 'hromni-new-employee-to-chiefonboarding.json',
	reconciliation: 'humaans-hromni-daily-reconciliation.json',
	agent: 'hr-assistant-ai-agent.json',
	factorial: 'factorial-new-employee-to-humaans.json',
};
const FACTORIAL_NEW_EMPLOYEE = 'employees/employee/create_with_contract';
const HR_OMNI_PASSWORD = 'template-check-password-1';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const isoDate = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);

/** ctx's REST calls plus the execution look-ups of scripts/n8n-rest.js. */
const apis = new WeakMap();
function api(ctx) {
	if (!apis.has(ctx)) apis.set(ctx, { rest: ctx.rest, restOk: ctx.restOk, ...executionHelpers(ctx.rest) });
	return apis.get(ctx);
}

/** The contract servers and their credentials in n8n, shared by all template checks. */
const env = {};

async function servers(ctx) {
	if (env.ready) return env;
	const { HumaansServer } = serverModule('humaans');
	const { ChiefOnboardingServer } = serverModule('chiefonboarding');
	const { EmploymentHeroServer } = serverModule('employmenthero');
	const { HrOmniServer } = serverModule('hromni');
	const { FactorialServer } = serverModule('factorial');
	env.HumaansServer = HumaansServer;
	env.humaans = new HumaansServer();
	env.chief = new ChiefOnboardingServer();
	env.eh = new EmploymentHeroServer();
	env.omni = new HrOmniServer();
	env.factorial = new FactorialServer();
	await Promise.all([env.humaans.start(), env.chief.start(), env.eh.start(), env.omni.start(), env.factorial.start()]);

	const admin = env.omni.createAccount({ firstName: 'Olga', lastName: 'Omni', email: 'olga@hromni.test', password: HR_OMNI_PASSWORD });
	env.omniAdmin = admin;
	env.omniCompany = env.omni.createCompany('Template Check Ltd', admin);
	env.omniCompanyId = String(env.omniCompany.details.id);
	const ehTokens = env.eh.issueTokens();

	// Created over REST, as the editor creates them (faster than one CLI run per import).
	const list = [];
	for (const credential of [
		{ name: 'Humaans (templates)', type: 'humaansApi', data: { accessToken: env.humaans.token, baseUrl: env.humaans.baseUrl } },
		{ name: 'ChiefOnboarding (templates)', type: 'chiefOnboardingApi', data: { baseUrl: env.chief.baseUrl, apiToken: env.chief.token } },
		{
			name: 'HR Omni (templates)',
			type: 'hrOmniApi',
			data: { baseUrl: env.omni.baseUrl, email: admin.email, password: HR_OMNI_PASSWORD, sessionToken: '', csrfToken: '' },
		},
		{
			name: 'Factorial (templates)',
			type: 'factorialApi',
			data: { apiKey: env.factorial.apiKey, environment: 'custom', baseUrl: env.factorial.baseUrl },
		},
		{
			name: 'Employment Hero (templates)',
			type: 'employmentHeroOAuth2Api',
			data: {
				grantType: 'authorizationCode',
				usePkce: true,
				authUrl: `${env.eh.baseUrl}/oauth2/authorize`,
				accessTokenUrl: `${env.eh.baseUrl}/oauth2/token`,
				clientId: env.eh.clientId,
				clientSecret: env.eh.clientSecret,
				scope: '',
				authQueryParameters: '',
				authentication: 'body',
				baseUrl: env.eh.baseUrl,
				oauthTokenData: { ...ehTokens, token_type: 'Bearer' },
			},
		},
	]) {
		list.push(await api(ctx).restOk('POST', '/rest/credentials', credential));
	}
	env.credentials = Object.fromEntries(list.map((c) => [c.type, { id: c.id, name: c.name }]));
	env.ready = true;
	return env;
}

async function importTemplate(ctx, file, options) {
	const { credentials } = await servers(ctx);
	const wf = prepareTemplate(readTemplate(file), { credentials, ...options });
	// What the editor does when a user imports a template file.
	const created = await api(ctx).restOk('POST', '/rest/workflows', wf);
	return { id: created.id, wf };
}

/** POSTs a Humaans webhook event, signed like Humaans signs it. */
async function deliverHumaans(url, secret, event) {
	const body = JSON.stringify(event);
	const messageId = `msg_${crypto.randomBytes(8).toString('hex')}`;
	const timestamp = String(Math.floor(Date.now() / 1000));
	const signature = env.HumaansServer.sign(secret, messageId, timestamp, body);
	return await fetch(url, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			'webhook-id': messageId,
			'webhook-timestamp': timestamp,
			'webhook-signature': `v1,${signature}`,
		},
		body,
	});
}

function humaansEvent(action, personId) {
	return {
		id: crypto.randomBytes(12).toString('base64url'),
		seq: `01J${crypto.randomBytes(10).toString('hex').toUpperCase()}`,
		ts: new Date().toISOString(),
		action,
		subject: { id: personId, type: 'person' },
		actor: { personId: env.humaans.me.id, type: 'person' },
		entity: { id: personId, fieldsChanged: ['status'], next: {}, prev: {} },
	};
}

/** Activates a Humaans Trigger template and returns its webhook URL and signing secret. */
async function activateHumaansTemplate(ctx, id, wf) {
	await ctx.activateWorkflow(id);
	const trigger = wf.nodes.find((n) => n.type === `${ctx.packageName}.humaansTrigger`);
	const url = ctx.webhookUrl('webhook', trigger.webhookId);
	const webhook = [...env.humaans.table('/api/webhooks').values()].find((w) => w.prodEndpointUrl === url);
	assert.ok(webhook, `activation registered no Humaans webhook for ${url}`);
	return { url, secret: webhook.prodEndpointSignature, webhook };
}

async function deactivateHumaansTemplate(ctx, id, webhook) {
	await ctx.deactivateWorkflow(id);
	assert.ok(!env.humaans.table('/api/webhooks').has(webhook.id), 'deactivation left the Humaans webhook behind');
}

const seedPerson = (fields) =>
	env.humaans.seed('/api/people', [
		{ status: 'active', employmentStartDate: isoDate(14), employmentEndDate: null, ...fields },
	])[0];

/** State of the polling template between its two checks. */
const polling = {};

module.exports = {
	async 'every template imports, uses only loaded node types and parameters, and explains itself'(ctx) {
		const files = templateFiles();
		assert.ok(files.length >= 6, `expected at least 6 templates, found ${files.length}`);
		const byType = new Map();
		for (const t of ctx.nodeTypes) {
			const list = byType.get(t.name) || [];
			list.push(t);
			byType.set(t.name, list);
		}
		let multiSystem = 0;
		const problems = [];
		for (const file of files) {
			const template = readTemplate(file);
			if (!template.name) problems.push(`${file}: no name`);
			const stickies = template.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote');
			if (!stickies.some((n) => /set up/i.test(String(n.parameters.content)))) {
				problems.push(`${file}: no sticky note with a "Set up" section`);
			}
			if (systemsOf(template, ctx.packageName).length >= 2) multiSystem++;
			const names = new Set(template.nodes.map((n) => n.name));
			for (const node of template.nodes) {
				const versions = (byType.get(node.type) || []).filter((t) =>
					(Array.isArray(t.version) ? t.version : [t.version]).includes(node.typeVersion),
				);
				if (!versions.length) {
					problems.push(`${file}: node "${node.name}": type ${node.type} v${node.typeVersion} is not loaded in n8n`);
					continue;
				}
				const known = new Set(versions.flatMap((t) => t.properties.map((p) => p.name)));
				for (const key of Object.keys(node.parameters || {})) {
					if (!known.has(key)) problems.push(`${file}: node "${node.name}": ${node.type} has no parameter "${key}"`);
				}
			}
			for (const [from, outputs] of Object.entries(template.connections || {})) {
				if (!names.has(from)) problems.push(`${file}: connection from unknown node "${from}"`);
				for (const targets of Object.values(outputs)) {
					for (const c of targets.flat()) {
						if (!names.has(c.node)) problems.push(`${file}: connection to unknown node "${c.node}"`);
					}
				}
			}
			// What n8n stores must be what the file says: import a copy and read it back.
			const { id } = await importTemplate(ctx, file, {});
			const stored = await api(ctx).restOk('GET', `/rest/workflows/${id}`);
			if (stored.nodes.length !== template.nodes.length) {
				problems.push(`${file}: n8n stored ${stored.nodes.length} of ${template.nodes.length} nodes`);
			}
			if (JSON.stringify(Object.keys(stored.connections).sort()) !== JSON.stringify(Object.keys(template.connections).sort())) {
				problems.push(`${file}: n8n stored other connections`);
			}
		}
		assert.ok(multiSystem >= 4, `expected at least 4 templates combining two or more HR systems, found ${multiSystem}`);
		assert.deepStrictEqual(problems, []);
		return `${files.length} templates, ${multiSystem} of them combining two or more HR systems`;
	},

	async 'HR Omni new employee → ChiefOnboarding: activation takes the baseline'(ctx) {
		await servers(ctx);
		env.omni.seedEmployees(env.omniCompany, 3);
		const sequence = env.chief.addSequence('HR Omni onboarding', 'onboarding');
		const { id } = await importTemplate(ctx, TEMPLATE.polling, {
			parameters: {
				'HR Omni Trigger': {
					companyId: { __rl: true, mode: 'id', value: env.omniCompanyId },
					// The template polls every 15 minutes; the check cannot wait that long.
					pollTimes: { item: [{ mode: 'everyMinute' }] },
				},
				'Create New Hire': { 'additionalFields.sequences': [sequence.id] },
			},
		});
		const usersBefore = env.chief.users.size;
		await ctx.activateWorkflow(id);
		// Added after the baseline: the next poll must turn it into one new hire.
		const [employee] = env.omni.seedEmployees(env.omniCompany, 1, 100);
		employee.userInfo.email = 'nina.new@hromni.test';
		employee.userInfo.firstName = 'Nina';
		employee.userInfo.lastName = 'Newcomer';
		Object.assign(polling, { id, sequence, usersBefore, activatedAt: Date.now() });
		assert.strictEqual(env.chief.users.size, usersBefore, 'the baseline poll created new hires');
		return `workflow ${id} active, employee added after the baseline`;
	},

	async 'Humaans new hire → ChiefOnboarding new hire with buddy, manager and sequences'(ctx) {
		await servers(ctx);
		const buddy = env.chief.addUser({ first_name: 'Bea', last_name: 'Buddy', email: 'bea.buddy@acme.test', role: 3 });
		const manager = env.chief.addUser({ first_name: 'Max', last_name: 'Manager', email: 'max.manager@acme.test', role: 2 });
		const welcome = env.chief.addSequence('Welcome', 'onboarding');
		env.chief.addSequence('Not this one', 'onboarding');
		const { id, wf } = await importTemplate(ctx, TEMPLATE.newHire, {
			assignments: { Settings: { buddyEmail: buddy.email, managerEmail: manager.email } },
			parameters: { 'Create New Hire': { 'additionalFields.sequences': [welcome.id] } },
		});
		const { url, secret, webhook } = await activateHumaansTemplate(ctx, id, wf);
		try {
			const person = seedPerson({ firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@acme.test', status: 'newHire' });
			env.chief.reset();
			const res = await deliverHumaans(url, secret, humaansEvent('person.created', person.id));
			assert.strictEqual(res.status, 200, `delivery answered ${res.status}`);
			await api(ctx).successfulExecutions(id, 1);
			const hire = [...env.chief.users.values()].find((u) => u.email === person.email);
			assert.ok(hire, 'ChiefOnboarding holds no new hire for the Humaans person');
			assert.deepStrictEqual(
				{ first: hire.first_name, last: hire.last_name, role: hire.role, buddy: hire.buddy, manager: hire.manager, start: hire.start_day, sequences: hire.sequences },
				{ first: 'Grace', last: 'Hopper', role: 0, buddy: buddy.id, manager: manager.id, start: person.employmentStartDate, sequences: [welcome.id] },
			);
			const posts = env.chief.calls('POST', '/api/users/');
			assert.strictEqual(posts.length, 1, `expected one POST /api/users/, got ${posts.length}`);
			assert.strictEqual(posts[0].headers.authorization, `Token ${env.chief.token}`);
			return `workflow ${id}: new hire ${hire.id} with buddy ${buddy.id}, manager ${manager.id}, sequence ${welcome.id}`;
		} finally {
			await deactivateHumaansTemplate(ctx, id, webhook);
		}
	},

	async 'Humaans offboarding → ChiefOnboarding offboarding with termination date and sequences'(ctx) {
		await servers(ctx);
		const leaver = env.chief.addUser({ first_name: 'Len', last_name: 'Leaver', email: 'len.leaver@acme.test', role: 0 });
		const exit = env.chief.addSequence('Exit checklist', 'offboarding');
		const { id, wf } = await importTemplate(ctx, TEMPLATE.offboarding, {
			parameters: { 'Start Offboarding': { 'additionalFields.sequences': [exit.id] } },
		});
		const { url, secret, webhook } = await activateHumaansTemplate(ctx, id, wf);
		try {
			const endDate = isoDate(30);
			const person = seedPerson({ firstName: 'Len', lastName: 'Leaver', email: 'Len.Leaver@acme.test', status: 'offboarded', employmentEndDate: endDate });
			env.chief.reset();
			const res = await deliverHumaans(url, secret, humaansEvent('person.offboarded', person.id));
			assert.strictEqual(res.status, 200, `delivery answered ${res.status}`);
			await api(ctx).successfulExecutions(id, 1);
			assert.strictEqual(leaver.termination_date, endDate, 'termination date not set in ChiefOnboarding');
			assert.deepStrictEqual(leaver.sequences, [exit.id]);
			const calls = env.chief.calls('POST', '/api/offboarding/');
			assert.strictEqual(calls.length, 1);
			assert.deepStrictEqual(calls[0].body, { user: leaver.id, termination_date: endDate, sequences: [exit.id] });
			return `workflow ${id}: user ${leaver.id} offboarded on ${endDate} with sequence ${exit.id}`;
		} finally {
			await deactivateHumaansTemplate(ctx, id, webhook);
		}
	},

	async 'Employment Hero approved leave → Humaans time away'(ctx) {
		await servers(ctx);
		const org = env.eh.seedOrganisation();
		const [employee] = env.eh.seedEmployees(org.id, 1, () => ({ company_email: 'mia.leave@acme.test', first_name: 'Mia' }));
		const person = seedPerson({ firstName: 'Mia', lastName: 'Leave', email: 'mia.leave@acme.test' });
		seedPerson({ firstName: 'Other', lastName: 'Person', email: 'other@acme.test' });
		const [type] = env.humaans.seed('/api/time-away-types', [{ name: 'Paid time off', emoji: '🌴', category: 'timeOff' }]);
		const secret = crypto.randomBytes(12).toString('hex');
		const { id, wf } = await importTemplate(ctx, TEMPLATE.leave, {
			parameters: { 'Employment Hero Trigger': { secret } },
			assignments: { Settings: { organisationId: org.id, timeAwayTypeId: type.id } },
		});
		await ctx.activateWorkflow(id);
		try {
			const trigger = wf.nodes.find((n) => n.type === `${ctx.packageName}.employmentHeroTrigger`);
			const url = `${ctx.webhookUrl('webhook', trigger.webhookId)}?secret=${secret}`;
			const leave = { id: crypto.randomUUID(), approved: true, start_date: isoDate(7), end_date: isoDate(9), employee_id: employee.id };
			const res = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ data: leave, event: 'leave_request_approved' }),
			});
			assert.strictEqual(res.status, 200, `delivery answered ${res.status}`);
			await api(ctx).successfulExecutions(id, 1);
			const entries = [...env.humaans.table('/api/time-away').values()];
			assert.strictEqual(entries.length, 1, `expected 1 time away entry in Humaans, found ${entries.length}`);
			const [entry] = entries;
			assert.deepStrictEqual(
				{ personId: entry.personId, typeId: entry.timeAwayTypeId, start: entry.startDate, end: entry.endDate },
				{ personId: person.id, typeId: type.id, start: leave.start_date, end: leave.end_date },
			);
			assert.ok(String(entry.note).includes(leave.id), `note does not name the leave request: ${entry.note}`);
			const lookups = env.eh.requests.filter((r) => r.path === `/api/v1/organisations/${org.id}/employees/${employee.id}`);
			assert.strictEqual(lookups.length, 1, 'the employee was not looked up in Employment Hero');
			return `workflow ${id}: time away ${entry.id} for ${person.email}, ${entry.startDate} – ${entry.endDate}`;
		} finally {
			await ctx.deactivateWorkflow(id);
		}
	},

	async 'daily reconciliation reports who is missing or different'(ctx) {
		await servers(ctx);
		const run = `r${crypto.randomBytes(3).toString('hex')}`;
		// A company of its own: the polling template watches the other one.
		const company = env.omni.createCompany('Reconciliation Ltd', env.omniAdmin);
		// Humaans: everyone active seeded so far, plus this run's people; HR Omni likewise.
		seedPerson({ firstName: 'Sam', lastName: 'Same', email: `sam.${run}@acme.test` });
		seedPerson({ firstName: 'Nora', lastName: 'Name', email: `nora.${run}@acme.test` });
		seedPerson({ firstName: 'Hugo', lastName: 'Humaans', email: `hugo.${run}@acme.test` });
		const add = (firstName, lastName, email) => {
			const [row] = env.omni.seedEmployees(company, 1, 1000 + company.users.size);
			Object.assign(row.userInfo, { firstName, lastName, email });
		};
		add('Sam', 'Same', `SAM.${run}@acme.test`);
		add('Nora', 'Other-Name', `nora.${run}@acme.test`);
		add('Olive', 'Omni', `olive.${run}@acme.test`);

		const { id } = await importTemplate(ctx, TEMPLATE.reconciliation, {
			parameters: { 'HR Omni Employees': { companyId: { __rl: true, mode: 'id', value: String(company.details.id) } } },
		});
		const result = await ctx.executeWorkflow(id);
		assert.ok(result.ok, `the workflow failed: ${(result.error && result.error.message) || result.status}`);
		const report = ctx.outputOf(result, 'Differences').filter((d) => d.email.includes(`.${run}@`));
		assert.deepStrictEqual(report, [
			{ email: `hugo.${run}@acme.test`, issue: 'missing in HR Omni', humaans: 'Hugo Humaans', hrOmni: null },
			{ email: `nora.${run}@acme.test`, issue: 'name differs', humaans: 'Nora Name', hrOmni: 'Nora Other-Name' },
			{ email: `olive.${run}@acme.test`, issue: 'missing in Humaans', humaans: null, hrOmni: 'Olive Omni' },
		]);
		return `workflow ${id}: 3 differences reported, the matching person not`;
	},

	async 'Factorial new employee → Humaans new hire with the contract start date, once'(ctx) {
		await servers(ctx);
		const factorial = env.factorial;
		const { id, wf } = await importTemplate(ctx, TEMPLATE.factorial, {});
		await ctx.activateWorkflow(id);
		try {
			const trigger = wf.nodes.find((n) => n.type === `${ctx.packageName}.factorialTrigger`);
			const url = `${ctx.webhookUrl('webhook', trigger.webhookId)}?event=${encodeURIComponent(FACTORIAL_NEW_EMPLOYEE)}`;
			const subscriptions = factorial.subscriptions().filter((s) => s.target_url === url);
			assert.strictEqual(subscriptions.length, 1, `expected 1 Factorial subscription for ${url}, found ${subscriptions.length}`);
			assert.strictEqual(subscriptions[0].type, FACTORIAL_NEW_EMPLOYEE);

			const [employee] = factorial.seed('/employees/employees', [
				{ first_name: 'Ines', last_name: 'Ibarra', login_email: 'ines.ibarra@acme.test', email: 'ines@home.test', personal_email: 'ines@home.test', birthday_on: '1991-04-02' },
			]);
			const startsOn = isoDate(21);
			factorial.seed('/contracts/contract_versions', [{ employee_id: Number(employee.id), starts_on: startsOn, effective_on: startsOn }]);
			const [delivery] = await factorial.deliver(FACTORIAL_NEW_EMPLOYEE, employee);
			assert.strictEqual(delivery && delivery.status, 200, `delivery answered ${delivery && delivery.status}`);
			await api(ctx).successfulExecutions(id, 1);
			const hires = [...env.humaans.table('/api/people').values()].filter((p) => p.email === employee.login_email);
			assert.strictEqual(hires.length, 1, `expected 1 Humaans person for ${employee.login_email}, found ${hires.length}`);
			const [hire] = hires;
			assert.deepStrictEqual(
				{
					status: hire.status,
					first: hire.firstName,
					last: hire.lastName,
					personalEmail: hire.personalEmail,
					birthday: hire.birthday,
					start: hire.employmentStartDate,
					source: hire.source,
					sourceId: hire.sourceId,
				},
				{
					status: 'newHire',
					first: 'Ines',
					last: 'Ibarra',
					personalEmail: 'ines@home.test',
					birthday: '1991-04-02',
					start: startsOn,
					source: 'Factorial',
					sourceId: String(employee.id),
				},
			);
			const contracts = factorial.calls('GET', '/api/2026-07-01/resources/contracts/contract_versions');
			assert.strictEqual(contracts.length, 1, `expected 1 contract look-up, found ${contracts.length}`);
			assert.strictEqual(contracts[0].headers['x-api-key'], factorial.apiKey);

			// Factorial repeats a delivery it thinks failed: the trigger runs nothing for it.
			await factorial.deliver(FACTORIAL_NEW_EMPLOYEE, employee);
			// Someone Humaans already has (here as an active person): found by email, not created again.
			const known = seedPerson({ firstName: 'Kim', lastName: 'Known', email: 'kim.known@acme.test', status: 'active' });
			const [existing] = factorial.seed('/employees/employees', [{ first_name: 'Kim', last_name: 'Known', login_email: known.email, email: known.email }]);
			await factorial.deliver(FACTORIAL_NEW_EMPLOYEE, existing);
			const executions = await api(ctx).successfulExecutions(id, 2);
			await sleep(1500);
			const after = await api(ctx).executionsOf(id);
			assert.strictEqual(after.length, 2, `expected 2 executions (the repeat skipped), found ${after.length} (${executions.length} earlier)`);
			const posts = env.humaans.calls('POST', '/api/people').filter((r) => [employee.login_email, known.email].includes(r.body && r.body.email));
			assert.strictEqual(posts.length, 1, `expected 1 POST /api/people, found ${posts.length}`);
			const people = [...env.humaans.table('/api/people').values()];
			assert.strictEqual(people.filter((p) => p.email === known.email).length, 1, 'the known person was created again');
			assert.strictEqual(people.filter((p) => p.email === employee.login_email).length, 1, 'the repeated delivery created the new hire again');
			return `workflow ${id}: 1 subscription, new hire ${hire.id} starting ${startsOn}, repeat skipped, known person left alone`;
		} finally {
			await ctx.deactivateWorkflow(id);
			assert.ok(!factorial.subscriptions().some((s) => s.type === FACTORIAL_NEW_EMPLOYEE), 'deactivation left the Factorial subscription behind');
		}
	},

	async 'HR assistant agent: read-only package tools wired to the agent'(ctx) {
		const template = readTemplate(TEMPLATE.agent);
		const { id } = await importTemplate(ctx, TEMPLATE.agent, {});
		const stored = await api(ctx).restOk('GET', `/rest/workflows/${id}`);
		const agent = stored.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.agent');
		assert.ok(agent, 'no AI Agent node');
		const tools = stored.nodes.filter((n) => n.type.startsWith(`${ctx.packageName}.`) && n.type.endsWith('Tool'));
		assert.ok(tools.length >= 3, `expected at least 3 package tools, found ${tools.length}`);
		for (const tool of tools) {
			const links = (stored.connections[tool.name] && stored.connections[tool.name].ai_tool) || [];
			assert.ok(
				links.flat().some((c) => c.node === agent.name && c.type === 'ai_tool'),
				`tool "${tool.name}" is not connected to the agent as a tool`,
			);
			assert.ok(['get', 'getAll'].includes(tool.parameters.operation), `tool "${tool.name}" is not read-only (${tool.parameters.operation})`);
			assert.ok(String(tool.parameters.toolDescription || '').length > 20, `tool "${tool.name}" has no description for the model`);
		}
		const kinds = ['ai_languageModel', 'ai_memory'];
		for (const kind of kinds) {
			const from = Object.entries(stored.connections).find(([, outputs]) => outputs[kind]);
			assert.ok(from, `no ${kind} connected to the agent`);
		}
		assert.strictEqual(stored.nodes.length, template.nodes.length);
		return `workflow ${id}: ${tools.length} read-only tools (${tools.map((t) => t.name).join(', ')})`;
	},

	async 'HR Omni new employee → ChiefOnboarding: the next poll creates the new hire once'(ctx) {
		if (!polling.id) ctx.skip('the activation check did not run');
		const created = () => [...env.chief.users.values()].filter((u) => u.email === 'nina.new@hromni.test');
		// Polls run every minute (at a random second): wait for one, then for one more.
		const deadline = polling.activatedAt + 150000;
		while (!created().length && Date.now() < deadline) await sleep(500);
		assert.strictEqual(created().length, 1, 'no new hire in ChiefOnboarding within two polls');
		const executions = await api(ctx).successfulExecutions(polling.id, 1);
		const [hire] = created();
		assert.deepStrictEqual(
			{ first: hire.first_name, last: hire.last_name, role: hire.role, sequences: hire.sequences },
			{ first: 'Nina', last: 'Newcomer', role: 0, sequences: [polling.sequence.id] },
		);
		await ctx.deactivateWorkflow(polling.id);
		assert.strictEqual(executions.length, 1, `expected 1 execution, found ${executions.length}`);
		return `workflow ${polling.id}: 1 execution, new hire ${hire.id} (${Math.round((Date.now() - polling.activatedAt) / 1000)} s after activation)`;
	},

	async 'stop the template contract servers'() {
		const running = ['humaans', 'chief', 'eh', 'omni', 'factorial'].filter((k) => env[k]);
		await Promise.all(running.map((k) => env[k].stop()));
		for (const k of Object.keys(env)) delete env[k];
		return `${running.length} stopped`;
	},
};
