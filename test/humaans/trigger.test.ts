import { randomBytes } from 'node:crypto';
import { HumaansApi } from '../../credentials/HumaansApi.credentials';
import { HumaansTrigger } from '../../nodes/Humaans/HumaansTrigger.node';
import { Engine } from '../harness/engine';
import { HumaansServer } from '../servers/humaans/server';

const TRIGGER = 'n8n-nodes-hris.humaansTrigger';
const WEBHOOK_URL = 'http://127.0.0.1:5678/webhook/6f1c1c2e-humaans/webhook';

const event = (action: string) => ({
	id: randomBytes(8).toString('hex'),
	seq: '01J4GSN4XYQ7401FXCYQPWH3V7',
	ts: new Date().toISOString(),
	action,
	subject: { id: '8Rc7dFxm7OFoiwxVBIFrLRAi', type: 'person' },
	actor: { personId: '8Rc7dFxm7OFoiwxVBIFrLRAi', type: 'person' },
	entity: { id: 'OCPMqZtTcgFOuoc56TiKo9OT', fieldsChanged: ['name'], next: { name: 'jane' }, prev: { name: null } },
});

describe('Humaans Trigger', () => {
	let server: HumaansServer;
	let engine: Engine;
	beforeAll(async () => {
		server = new HumaansServer();
		await server.start();
		engine = new Engine({ nodes: { humaansTrigger: new HumaansTrigger() }, credentialTypes: { humaansApi: new HumaansApi() } });
		engine.setCredential('humaansApi', { accessToken: server.token, baseUrl: server.baseUrl });
	});
	afterAll(async () => await server.stop());
	beforeEach(() => server.reset());

	const triggerWorkflow = (events: string[], staticData = {}) =>
		engine.workflow(
			{
				type: TRIGGER,
				parameters: { events },
				credentials: { humaansApi: { id: '1', name: 'Humaans' } },
				webhookId: '6f1c1c2e-humaans',
			},
			staticData,
		);

	const signed = (secret: string, body: unknown, timestamp = Math.floor(Date.now() / 1000)) => {
		const rawBody = JSON.stringify(body);
		const id = `msg_${randomBytes(6).toString('hex')}`;
		const signature = HumaansServer.sign(secret, id, String(timestamp), rawBody);
		return {
			rawBody,
			headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` },
		};
	};

	it('registers, verifies deliveries and deletes its webhook', async () => {
		const workflow = triggerWorkflow(['person.created', 'timeAway.approved']);
		const hooks = engine.webhookMethods(workflow);

		await hooks.activate();
		const created = server.calls('POST', '/api/webhooks');
		expect(created).toHaveLength(1);
		expect(created[0].headers.authorization).toBe(`Bearer ${server.token}`);
		expect(created[0].body).toMatchObject({
			prodEndpointUrl: WEBHOOK_URL,
			subscribedEvents: ['person.created', 'timeAway.approved'],
			status: 'active',
		});
		const webhooks = [...server.table('/api/webhooks').values()];
		expect(webhooks).toHaveLength(1);
		const secret = String(webhooks[0].prodEndpointSignature);
		expect(secret).toMatch(/^whsec_/);
		expect(JSON.stringify(workflow.staticData)).toContain(String(webhooks[0].id));

		// Activating again finds the webhook and creates no second one.
		server.reset();
		await hooks.activate();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(0);
		expect(server.calls('GET', '/api/webhooks')).toHaveLength(1);
		expect(server.calls('PATCH', /^\/api\/webhooks\//)).toHaveLength(0);

		const good = await engine.deliver(workflow, signed(secret, event('person.created')));
		expect(good.response.statusCode).toBe(200);
		expect(good.execution?.json).toEqual([expect.objectContaining({ action: 'person.created' })]);

		// Any of several space-separated signatures may match.
		const rotated = signed(secret, event('timeAway.approved'));
		rotated.headers['webhook-signature'] = `v1,bm90LXRoZS1zaWduYXR1cmU= ${rotated.headers['webhook-signature']}`;
		expect((await engine.deliver(workflow, rotated)).execution?.json[0]).toMatchObject({ action: 'timeAway.approved' });

		const forged = signed(`whsec_${randomBytes(24).toString('base64')}`, event('person.created'));
		const refused = await engine.deliver(workflow, forged);
		expect(refused.response.statusCode).toBe(401);
		expect(refused.result.noWebhookResponse).toBe(true);
		expect(refused.execution).toBeUndefined();

		const tampered = signed(secret, event('person.created'));
		tampered.rawBody = tampered.rawBody.replace('jane', 'john');
		expect((await engine.deliver(workflow, tampered)).response.statusCode).toBe(401);

		const stale = await engine.deliver(workflow, signed(secret, event('person.created'), Math.floor(Date.now() / 1000) - 301));
		expect(stale.response.statusCode).toBe(401);
		expect(stale.execution).toBeUndefined();

		const unsigned = await engine.deliver(workflow, { rawBody: JSON.stringify(event('person.created')) });
		expect(unsigned.response.statusCode).toBe(401);
		expect(unsigned.execution).toBeUndefined();

		const other = await engine.deliver(workflow, signed(secret, event('person.deleted')));
		expect(other.response.statusCode).toBe(200);
		expect(other.execution).toBeUndefined();

		server.reset();
		await hooks.delete();
		expect(server.calls('DELETE', `/api/webhooks/${String(webhooks[0].id)}`)).toHaveLength(1);
		expect(server.table('/api/webhooks').size).toBe(0);
		// Deleting a webhook that is already gone is not an error.
		await expect(hooks.delete()).resolves.toBe(true);
	});

	it('updates its own webhook instead of creating a second one when the events change', async () => {
		const first = triggerWorkflow(['person.created']);
		await engine.webhookMethods(first).activate();
		const [webhook] = [...server.table('/api/webhooks').values()];
		const changed = triggerWorkflow(['person.created', 'person.offboarded'], first.staticData);
		server.reset();
		await engine.webhookMethods(changed).activate();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(0);
		expect(server.calls('PATCH', `/api/webhooks/${String(webhook.id)}`)[0].body).toMatchObject({
			subscribedEvents: ['person.created', 'person.offboarded'],
		});
		expect(server.table('/api/webhooks').size).toBe(1);
		await engine.webhookMethods(changed).delete();
	});

	it('re-creates a webhook that was deleted in Humaans', async () => {
		const workflow = triggerWorkflow(['person.created']);
		await engine.webhookMethods(workflow).activate();
		server.table('/api/webhooks').clear();
		server.reset();
		await engine.webhookMethods(workflow).activate();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(1);
		expect(server.table('/api/webhooks').size).toBe(1);
		await engine.webhookMethods(workflow).delete();
	});
});
