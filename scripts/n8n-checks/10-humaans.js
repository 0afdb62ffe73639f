'use strict';

/**
 * Humaans in a real n8n, against the Humaans contract server (test/servers/humaans):
 *   - a workflow with the Humaans node runs in the running n8n (REST manual run);
 *   - a workflow with the Humaans Trigger, activated over REST, registers its webhook,
 *     runs once per correctly signed delivery to its production URL, refuses a forged
 *     one, and deletes its webhook when deactivated.
 */
const assert = require('assert');
const crypto = require('crypto');
const { serverModule } = require('./lib/servers');

const WEBHOOK_ID = '0d7f3a52-2c1e-4a8b-9b6f-humaans00001';

const loadServer = () => serverModule('humaans').HumaansServer;

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

let HumaansServer;
let server;
let credentialId;

async function start(ctx) {
	if (server) return;
	HumaansServer = loadServer();
	server = new HumaansServer();
	await server.start();
	const [credential] = await ctx.importCredentials([
		{ name: 'Humaans (contract server)', type: 'humaansApi', data: { accessToken: server.token, baseUrl: server.baseUrl } },
	]);
	credentialId = credential.id;
}

module.exports = {
	async 'Humaans node runs in n8n'(ctx) {
		await start(ctx);
		server.seed(
			'/api/people',
			Array.from({ length: 260 }, (_, i) => ({ firstName: `First${i}`, lastName: 'Person', email: `p${i}@example.com`, status: 'active' })),
		);
		server.reset();
		const id = await ctx.importWorkflow({
			name: 'test:n8n - Humaans people',
			nodes: [
				{ id: 'a0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'a0000000-0000-4000-8000-000000000002',
					name: 'Humaans',
					type: `${ctx.packageName}.humaans`,
					typeVersion: 1,
					position: [220, 0],
					parameters: { resource: 'person', operation: 'getAll', returnAll: true, simplify: true },
					credentials: { humaansApi: { id: credentialId, name: 'Humaans (contract server)' } },
				},
			],
			connections: { Start: { main: [[{ node: 'Humaans', type: 'main', index: 0 }]] } },
		});
		const run = await ctx.executeWorkflow(id);
		assert.ok(run.ok, `execution ${run.executionId} ended ${run.status}: ${run.error && run.error.message}`);
		const people = ctx.outputOf(run.data, 'Humaans');
		assert.strictEqual(people.length, 260, `expected 260 people, got ${people.length}`);
		const calls = server.calls('GET', '/api/people');
		assert.deepStrictEqual(
			calls.map((c) => c.query),
			[
				{ $limit: '250', $skip: '0' },
				{ $limit: '250', $skip: '250' },
			],
		);
		assert.ok(calls.every((c) => c.headers.authorization === `Bearer ${server.token}`), 'Bearer token not sent');
		return `workflow ${id}: 260 people in 2 requests of $limit=250`;
	},

	async 'Humaans Trigger registers, verifies and removes its webhook'(ctx) {
		await start(ctx);
		server.reset();
		const id = await ctx.importWorkflow({
			name: 'test:n8n - Humaans Trigger',
			nodes: [
				{
					id: 'b0000000-0000-4000-8000-000000000001',
					name: 'Humaans Trigger',
					type: `${ctx.packageName}.humaansTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: WEBHOOK_ID,
					parameters: { events: ['person.created', 'timeAway.approved'] },
					credentials: { humaansApi: { id: credentialId, name: 'Humaans (contract server)' } },
				},
			],
			connections: {},
		});
		await ctx.activateWorkflow(id);
		const url = ctx.webhookUrl('webhook', WEBHOOK_ID);
		const webhooks = [...server.table('/api/webhooks').values()];
		assert.strictEqual(webhooks.length, 1, `expected one webhook in Humaans, found ${webhooks.length}`);
		assert.strictEqual(webhooks[0].prodEndpointUrl, url);
		assert.strictEqual(webhooks[0].status, 'active');
		const secret = webhooks[0].prodEndpointSignature;

		const deliver = async (signingSecret, action) => {
			const body = JSON.stringify({ id: crypto.randomUUID(), action, ts: new Date().toISOString(), entity: { id: 'e1' } });
			const messageId = `msg_${crypto.randomBytes(6).toString('hex')}`;
			const timestamp = String(Math.floor(Date.now() / 1000));
			const signature = HumaansServer.sign(signingSecret, messageId, timestamp, body);
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
		};

		try {
			const good = await deliver(secret, 'person.created');
			assert.strictEqual(good.status, 200, `signed delivery: expected 200, got ${good.status}`);
			const forged = await deliver(`whsec_${crypto.randomBytes(24).toString('base64')}`, 'person.created');
			assert.strictEqual(forged.status, 401, `forged delivery: expected 401, got ${forged.status}`);
			const executions = await waitFor(async () => {
				const found = await executionsOf(ctx, id);
				return found.length >= 1 ? found : undefined;
			});
			await new Promise((resolve) => setTimeout(resolve, 1000));
			const all = await executionsOf(ctx, id);
			assert.ok(executions, 'the signed delivery started no execution');
			assert.strictEqual(all.length, 1, `expected exactly 1 execution, found ${all.length}`);
		} finally {
			await ctx.deactivateWorkflow(id);
		}
		const left = await waitFor(async () => server.table('/api/webhooks').size === 0);
		assert.ok(left, 'the webhook was not deleted on deactivation');
		assert.strictEqual(server.calls('DELETE', `/api/webhooks/${webhooks[0].id}`).length, 1);
		return `workflow ${id}: webhook registered at ${url}, 1 execution for a signed delivery, 401 for a forged one, webhook deleted`;
	},

	async 'stop the Humaans contract server'() {
		if (server) await server.stop();
		server = undefined;
		return 'stopped';
	},
};
