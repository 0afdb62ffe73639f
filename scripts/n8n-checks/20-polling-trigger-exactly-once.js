'use strict';

/**
 * A polling trigger in a real n8n, against the ChiefOnboarding contract server
 * (test/servers/chiefonboarding): the ChiefOnboarding Trigger, published with a poll every
 * minute, takes the users there at activation as its baseline; a user imported with a far
 * higher ID and 3 users created after it (lower IDs, as a database sequence gives them) start
 * one execution; the next poll starts none; one more user starts one more. The seen IDs are
 * in the workflow's static data, which n8n saves when a poll emits.
 */
const assert = require('assert');
const { serverModule } = require('./lib/servers');

const NODE_NAME = 'ChiefOnboarding Trigger';

const loadServer = () => serverModule('chiefonboarding').ChiefOnboardingServer;

async function executionsOf(ctx, workflowId) {
	const r = await ctx.rest('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	const data = r.body && r.body.data;
	return (data && (data.results || data)) || [];
}

async function waitFor(predicate, timeoutMs) {
	const started = Date.now();
	for (;;) {
		const value = await predicate();
		if (value || Date.now() - started > timeoutMs) return value;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

let server;

module.exports = {
	async 'ChiefOnboarding Trigger: every new user once, a far higher ID hides none'(ctx) {
		const ChiefOnboardingServer = loadServer();
		server = new ChiefOnboardingServer();
		await server.start();
		server.addUser({ first_name: 'Early', last_name: 'Bird', email: 'early@example.com' });
		const [credential] = await ctx.importCredentials([
			{ name: 'ChiefOnboarding (contract server)', type: 'chiefOnboardingApi', data: { baseUrl: server.baseUrl, apiToken: server.token } },
		]);
		const id = await ctx.importWorkflow({
			name: 'test:n8n - ChiefOnboarding Trigger exactly once',
			nodes: [
				{
					id: 'd0000000-0000-4000-8000-000000000001',
					name: NODE_NAME,
					type: `${ctx.packageName}.chiefOnboardingTrigger`,
					typeVersion: 1,
					position: [0, 0],
					parameters: { event: 'newEmployee', pollTimes: { item: [{ mode: 'everyMinute' }] } },
					credentials: { chiefOnboardingApi: { id: credential.id, name: 'ChiefOnboarding (contract server)' } },
				},
			],
			connections: {},
		});
		const polls = () => server.calls('GET', '/api/employees/').length;
		const staticData = async () => ((await ctx.restOk('GET', `/rest/workflows/${id}`)).staticData || {})[`node:${NODE_NAME}`] || {};
		const hire = (name, extra = {}) => server.addUser({ first_name: name, last_name: 'Hire', email: `${name.toLowerCase()}@example.com`, ...extra }).id;

		await ctx.activateWorkflow(id);
		try {
			assert.ok(await waitFor(() => polls() >= 1, 90000), 'no poll after activation');
			const baselinePolls = polls();
			// Let the baseline poll finish before adding users.
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const imported = hire('Imported', { id: 2_099_000 });
			const three = [hire('Ann'), hire('Ben'), hire('Cat')];
			assert.ok(three.every((userId) => userId < imported));

			const first = await waitFor(async () => ((await executionsOf(ctx, id)).length >= 1 ? true : undefined), 90000);
			assert.ok(first, 'the new users started no execution');
			const seen = (await staticData()).seenIds || [];
			const known = (userId) => seen.some(([low, high]) => userId >= low && userId <= high);
			assert.ok([imported, ...three].every(known), `seen IDs saved by n8n: ${JSON.stringify(seen)}`);

			// One more poll with nothing new: no execution.
			const after = polls();
			assert.ok(await waitFor(() => polls() > after, 90000), 'no further poll');
			await new Promise((resolve) => setTimeout(resolve, 2000));
			assert.strictEqual((await executionsOf(ctx, id)).length, 1, 'a poll with nothing new started an execution');

			const dee = hire('Dee');
			assert.ok(await waitFor(async () => ((await executionsOf(ctx, id)).length >= 2 ? true : undefined), 90000), 'the next user started no execution');
			await new Promise((resolve) => setTimeout(resolve, 2000));
			assert.strictEqual((await executionsOf(ctx, id)).length, 2);
			return `workflow ${id}: baseline after ${baselinePolls} poll(s), 1 execution for the imported user and 3 after it, none for an unchanged poll, 1 for user ${dee}`;
		} finally {
			await ctx.deactivateWorkflow(id);
		}
	},

	async 'stop the ChiefOnboarding contract server'() {
		if (server) await server.stop();
		server = undefined;
		return 'stopped';
	},
};
