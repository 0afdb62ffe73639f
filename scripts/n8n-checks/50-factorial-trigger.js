'use strict';

/**
 * Factorial Trigger in a real n8n, against the Factorial contract server (test/servers/factorial):
 * activating the workflow over REST creates one subscription per event on the server; the
 * server then delivers events the way Factorial does (bare resource, challenge header) to
 * the production URLs: the right challenge runs exactly one execution (its repeat none), a forged one gets
 * 401, an event on another subscription's URL with its challenge gets 401; deactivation
 * deletes the subscriptions.
 */
const assert = require('assert');
const { serverModule } = require('./lib/servers');

const WEBHOOK_ID = '7c2d9e14-3b5a-4f6c-8d7e-factorial001';
const EVENTS = ['timeoff/leave/approve', 'employees/employee/terminate'];

const loadServerModule = () => serverModule('factorial');

async function executionsOf(ctx, workflowId) {
	const r = await ctx.rest('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	const data = r.body && r.body.data;
	return (data && (data.results || data)) || [];
}

async function waitFor(predicate, timeoutMs = 20000) {
	const started = Date.now();
	for (;;) {
		const value = await predicate();
		if (value || Date.now() - started > timeoutMs) return value;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

module.exports = {
	async 'Factorial Trigger registers subscriptions, verifies challenges and removes them'(ctx) {
		const { startFactorialServer } = loadServerModule();
		const server = await startFactorialServer();
		try {
			const [credential] = await ctx.importCredentials([
				{
					name: 'Factorial (contract server)',
					type: 'factorialApi',
					data: { apiKey: server.apiKey, environment: 'custom', baseUrl: server.baseUrl },
				},
			]);
			const id = await ctx.importWorkflow({
				name: 'test:n8n - Factorial Trigger',
				nodes: [
					{
						id: 'f0000000-0000-4000-8000-000000000001',
						name: 'Factorial Trigger',
						type: `${ctx.packageName}.factorialTrigger`,
						typeVersion: 1,
						position: [0, 0],
						webhookId: WEBHOOK_ID,
						parameters: { authentication: 'apiKey', events: EVENTS },
						credentials: { factorialApi: { id: credential.id, name: 'Factorial (contract server)' } },
					},
				],
				connections: {},
			});
			await ctx.activateWorkflow(id);
			const url = ctx.webhookUrl('webhook', WEBHOOK_ID);
			const subscriptions = server.subscriptions();
			assert.strictEqual(subscriptions.length, 2, `expected 2 subscriptions in Factorial, found ${subscriptions.length}`);
			for (const event of EVENTS) {
				const subscription = subscriptions.find((row) => row.type === event);
				assert.ok(subscription, `no subscription for ${event}`);
				assert.strictEqual(subscription.target_url, `${url}?event=${encodeURIComponent(event)}`);
				assert.strictEqual(subscription.enabled, true);
				assert.match(String(subscription.challenge), /^[0-9a-f]{48}$/);
			}
			const posts = server.calls('POST', '/api/2026-07-01/resources/api_public/webhook_subscriptions');
			assert.ok(posts.every((post) => post.headers['x-api-key'] === server.apiKey), 'API key not sent as x-api-key');

			try {
				const leave = server.eventPayload('timeoff/leave/approve', { id: '321' });
				const [good] = await server.deliver('timeoff/leave/approve', leave, { author: { id: '7', type: 'employee' } });
				assert.strictEqual(good.status, 200, `delivery with the challenge: expected 200, got ${good.status} ${good.body}`);
				const [forged] = await server.deliver('timeoff/leave/approve', leave, { challenge: 'not-the-challenge' });
				assert.strictEqual(forged.status, 401, `forged delivery: expected 401, got ${forged.status}`);
				const terminate = subscriptions.find((row) => row.type === 'employees/employee/terminate');
				const [misplaced] = await server.deliver('timeoff/leave/approve', leave, { url: String(terminate.target_url) });
				assert.strictEqual(misplaced.status, 401, `challenge on another event's URL: expected 401, got ${misplaced.status}`);

				const executions = await waitFor(async () => {
					const found = await executionsOf(ctx, id);
					return found.some((execution) => execution.status === 'success') ? found : undefined;
				});
				assert.ok(executions, 'the verified delivery started no successful execution');
				// Factorial retries a delivery it thinks failed: the identical one is acknowledged, not run again.
				const [repeat] = await server.deliver('timeoff/leave/approve', leave, { author: { id: '7', type: 'employee' } });
				assert.strictEqual(repeat.status, 200, `repeated delivery: expected 200, got ${repeat.status}`);
				await new Promise((resolve) => setTimeout(resolve, 1000));
				const all = await executionsOf(ctx, id);
				assert.strictEqual(all.length, 1, `expected exactly 1 execution, found ${all.length}`);
			} finally {
				await ctx.deactivateWorkflow(id);
			}
			const gone = await waitFor(async () => server.subscriptions().length === 0);
			assert.ok(gone, `the subscriptions were not deleted on deactivation (${server.subscriptions().length} left)`);
			for (const subscription of subscriptions) {
				const path = `/api/2026-07-01/resources/api_public/webhook_subscriptions/${subscription.id}`;
				assert.strictEqual(server.calls('DELETE', path).length, 1, `expected one DELETE ${path}`);
			}
			return `workflow ${id}: 2 subscriptions at ${url}?event=…, 1 execution for a verified delivery (none for its repeat), 401 for forged and misplaced challenges, subscriptions deleted`;
		} finally {
			await server.stop();
		}
	},
};
