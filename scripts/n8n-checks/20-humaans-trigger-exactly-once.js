'use strict';

/**
 * Humaans Trigger exactly once, in a real n8n, against the Humaans contract server behind
 * a fault proxy (test/servers/faultProxy.ts):
 *   - activation whose webhook create is carried out by Humaans but answered with a reset
 *     adopts that webhook: one POST, one webhook, deliveries verified with its secret;
 *   - the same signed delivery twice starts one execution (the second is answered 200). In
 *     n8n 2.41 what webhook() stores in static data is not saved when it starts an execution
 *     (WorkflowRunner.run resets the "changed" flag before LiveWebhooks saves), so the
 *     trigger's execute() step remembers the event and n8n saves it after the execution;
 *   - deactivation leaves no webhook pointing at the workflow; another integration's stays;
 *   - a webhook left pointing at the workflow while its static data was gone is adopted
 *     on the next activation instead of a second one being created.
 */
const assert = require('assert');
const crypto = require('crypto');
const { serverModule, compiledServerFile } = require('./lib/servers');

const WEBHOOK_ID = '5e2b7c90-1d4f-4a3e-8c6b-humaans00020';
const NODE_NAME = 'Humaans Trigger';

const loadServers = () => ({
	HumaansServer: serverModule('humaans').HumaansServer,
	FaultProxy: compiledServerFile('faultProxy').FaultProxy,
});

async function executionsOf(ctx, workflowId) {
	const r = await ctx.rest('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	const data = r.body && r.body.data;
	return (data && (data.results || data)) || [];
}

/** Waits until `count` executions exist, then a little longer to see that no more come. */
async function settledExecutions(ctx, workflowId, count, timeoutMs = 20000) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs && (await executionsOf(ctx, workflowId)).length < count) {
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	await new Promise((resolve) => setTimeout(resolve, 1500));
	return await executionsOf(ctx, workflowId);
}

let server;
let proxy;

module.exports = {
	async 'Humaans Trigger: no orphan webhook, one execution per delivery'(ctx) {
		const { HumaansServer, FaultProxy } = loadServers();
		server = new HumaansServer();
		await server.start();
		proxy = new FaultProxy(() => server.baseUrl);
		await proxy.start();
		const [credential] = await ctx.importCredentials([
			{ name: 'Humaans (behind fault proxy)', type: 'humaansApi', data: { accessToken: server.token, baseUrl: proxy.baseUrl } },
		]);
		const id = await ctx.importWorkflow({
			name: 'test:n8n - Humaans Trigger exactly once',
			nodes: [
				{
					id: 'c0000000-0000-4000-8000-000000000001',
					name: NODE_NAME,
					type: `${ctx.packageName}.humaansTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: WEBHOOK_ID,
					parameters: { events: ['person.created'] },
					credentials: { humaansApi: { id: credential.id, name: 'Humaans (behind fault proxy)' } },
				},
			],
			connections: {},
		});
		const url = ctx.webhookUrl('webhook', WEBHOOK_ID);
		const webhooks = () => [...server.table('/api/webhooks').values()];
		const pointingHere = () => webhooks().filter((w) => w.prodEndpointUrl === url);
		const [foreign] = server.seed('/api/webhooks', [
			{ name: 'Payroll', prodEndpointUrl: 'https://payroll.example.com/hook', subscribedEvents: ['person.created'], status: 'active' },
		]);

		const event = () => JSON.stringify({ id: crypto.randomUUID(), action: 'person.created', ts: new Date().toISOString(), entity: { id: 'e1' } });
		const firstBody = event();
		const deliver = async (secret, messageId, body = event()) => {
			const timestamp = String(Math.floor(Date.now() / 1000));
			const signature = HumaansServer.sign(secret, messageId, timestamp, body);
			const res = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'webhook-id': messageId, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` },
				body,
			});
			return { status: res.status, text: await res.text() };
		};

		// 1. The create is carried out, its answer lost to a connection reset.
		server.reset();
		proxy.failAfterCommit('POST', '/api/webhooks', 'reset');
		await ctx.activateWorkflow(id);
		assert.strictEqual(server.calls('POST', '/api/webhooks').length, 1, 'the create was sent again');
		assert.strictEqual(pointingHere().length, 1, `expected one webhook pointing at ${url}, found ${pointingHere().length}`);
		const [webhook] = pointingHere();
		assert.strictEqual(webhook.status, 'active');
		const secret = webhook.prodEndpointSignature;

		let staticData;
		try {
			// 2. The same delivery twice, then another one.
			const first = await deliver(secret, 'msg_n8n_check_1', firstBody);
			assert.strictEqual(first.status, 200, `first delivery: ${first.status} ${first.text}`);
			assert.strictEqual((await settledExecutions(ctx, id, 1)).length, 1, 'the first delivery started no execution');
			const repeat = await deliver(secret, 'msg_n8n_check_1', firstBody);
			assert.strictEqual(repeat.status, 200, `repeated delivery: ${repeat.status} ${repeat.text}`);
			const other = await deliver(secret, 'msg_n8n_check_2');
			assert.strictEqual(other.status, 200, `second delivery: ${other.status} ${other.text}`);
			const executions = await settledExecutions(ctx, id, 2);
			assert.strictEqual(executions.length, 2, `expected 2 executions for 3 deliveries (one repeated), found ${executions.length}`);
			const saved = await ctx.restOk('GET', `/rest/workflows/${id}`);
			staticData = (saved.staticData || {})[`node:${NODE_NAME}`] || {};
			const remembered = Object.keys(staticData.deliveries || {});
			assert.ok(remembered.includes(`event:${JSON.parse(firstBody).id}`), `the first event is not remembered in static data: ${remembered.join(', ')}`);
			assert.strictEqual(remembered.length, 2, `expected the 2 events remembered, found ${remembered.join(', ')}`);
			assert.strictEqual(staticData.webhookId, webhook.id);
		} finally {
			await ctx.deactivateWorkflow(id);
		}
		// 3. Deactivation: nothing points here any more; the other integration's webhook stays.
		assert.strictEqual(pointingHere().length, 0, 'a webhook was left pointing at the workflow');
		assert.deepStrictEqual(webhooks().map((w) => w.id), [foreign.id]);

		// 4. A webhook left pointing here while the workflow had no static data of it is adopted.
		const [orphan] = server.seed('/api/webhooks', [
			{ name: 'left behind', prodEndpointUrl: url, subscribedEvents: ['person.created'], status: 'draft', prodEndpointSignature: `whsec_${crypto.randomBytes(24).toString('base64')}` },
		]);
		server.reset();
		await ctx.activateWorkflow(id);
		try {
			assert.strictEqual(server.calls('POST', '/api/webhooks').length, 0, 'a second webhook was created');
			assert.deepStrictEqual(pointingHere().map((w) => [w.id, w.status]), [[orphan.id, 'active']]);
			const adopted = await deliver(orphan.prodEndpointSignature, 'msg_n8n_check_3');
			assert.strictEqual(adopted.status, 200, `delivery to the adopted webhook: ${adopted.status} ${adopted.text}`);
			assert.strictEqual((await settledExecutions(ctx, id, 3)).length, 3, 'the adopted webhook started no execution');
		} finally {
			await ctx.deactivateWorkflow(id);
		}
		assert.strictEqual(pointingHere().length, 0, 'a webhook was left pointing at the workflow');
		return `workflow ${id}: 1 POST despite a reset, 2 executions for 3 deliveries (static data kept ${Object.keys(staticData.deliveries).length} event IDs), orphan adopted, none left`;
	},

	async 'stop the Humaans contract server and fault proxy'() {
		if (proxy) await proxy.stop();
		if (server) await server.stop();
		proxy = undefined;
		server = undefined;
		return 'stopped';
	},
};
