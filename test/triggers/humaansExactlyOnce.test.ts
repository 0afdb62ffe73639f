import { randomBytes } from 'node:crypto';
import type { IDataObject, Workflow } from 'n8n-workflow';
import { HumaansApi } from '../../credentials/HumaansApi.credentials';
import { HumaansTrigger } from '../../nodes/Humaans/HumaansTrigger.node';
import { MAX_REMEMBERED_DELIVERIES, rememberDelivery } from '../../nodes/shared/webhooks';
import { Engine } from '../harness/engine';
import { FaultProxy } from '../servers/faultProxy';
import { HumaansServer } from '../servers/humaans/server';

const TRIGGER = 'n8n-nodes-hris.humaansTrigger';
const WEBHOOK_ID = '6f1c1c2e-humaans';
const WEBHOOK_URL = `http://127.0.0.1:5678/webhook/${WEBHOOK_ID}/webhook`;

const personCreated = () => ({
	id: randomBytes(8).toString('hex'),
	seq: '01J4GSN4XYQ7401FXCYQPWH3V7',
	ts: new Date().toISOString(),
	action: 'person.created',
	subject: { id: '8Rc7dFxm7OFoiwxVBIFrLRAi', type: 'person' },
	actor: { personId: '8Rc7dFxm7OFoiwxVBIFrLRAi', type: 'person' },
	entity: { id: 'OCPMqZtTcgFOuoc56TiKo9OT', fieldsChanged: [], next: {}, prev: {} },
});

/** Signs a delivery as Humaans does (humaans.txt 273–296). */
const signed = (secret: string, body: unknown, id = `msg_${randomBytes(6).toString('hex')}`, timestamp = Math.floor(Date.now() / 1000)) => {
	const rawBody = JSON.stringify(body);
	const signature = HumaansServer.sign(secret, id, String(timestamp), rawBody);
	return { rawBody, headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` } };
};

/** Humaans Trigger: no webhook is left behind, and no delivery starts the workflow twice. */
describe('Humaans Trigger › exactly once', () => {
	let server: HumaansServer;
	let engine: Engine;
	const proxy = new FaultProxy(() => server.baseUrl);
	beforeAll(async () => {
		server = new HumaansServer();
		await server.start();
		await proxy.start();
		engine = new Engine({ nodes: { humaansTrigger: new HumaansTrigger() }, credentialTypes: { humaansApi: new HumaansApi() } });
		engine.setCredential('humaansApi', { accessToken: server.token, baseUrl: proxy.baseUrl });
	});
	afterAll(async () => {
		await proxy.stop();
		await server.stop();
	});
	beforeEach(() => {
		server.reset();
		server.table('/api/webhooks').clear();
	});
	afterEach(() => proxy.clear());

	const triggerWorkflow = (staticData: IDataObject = {}): Workflow =>
		engine.workflow(
			{ type: TRIGGER, parameters: { events: ['person.created'] }, credentials: { humaansApi: { id: '1', name: 'Humaans' } }, webhookId: WEBHOOK_ID },
			staticData,
		);
	const webhooks = () => [...server.table('/api/webhooks').values()];
	const pointingHere = () => webhooks().filter((w) => w.prodEndpointUrl === WEBHOOK_URL);
	const stored = (workflow: Workflow) => (workflow.staticData['node:Node'] ?? {}) as IDataObject;
	/** A delivery signed with the secret of the webhook Humaans holds for this URL. */
	const deliverSigned = async (workflow: Workflow, id?: string) => {
		const [webhook] = pointingHere();
		return await engine.deliver(workflow, signed(String(webhook.prodEndpointSignature), personCreated(), id));
	};
	/** A webhook another integration registered: never touched. */
	const seedForeign = () =>
		server.seed('/api/webhooks', [
			{ name: 'Payroll', prodEndpointUrl: 'https://payroll.example.com/hook', subscribedEvents: ['person.created'], status: 'active', prodEndpointSignature: 'whsec_cGF5cm9sbA==' },
		])[0];

	for (const [label, fault] of [
		['a connection reset', 'reset'],
		['a 500 from a gateway', { status: 500, body: { message: 'Internal Server Error' } }],
	] as const) {
		it(`a create carried out by Humaans whose answer is lost to ${label} is adopted, not posted again`, async () => {
			const foreign = seedForeign();
			proxy.failAfterCommit('POST', '/api/webhooks', fault);
			const workflow = triggerWorkflow();
			await engine.webhookMethods(workflow).activate();

			expect(server.calls('POST', '/api/webhooks')).toHaveLength(1);
			expect(pointingHere()).toHaveLength(1);
			const [webhook] = pointingHere();
			expect(stored(workflow)).toMatchObject({ webhookId: webhook.id, signingSecret: webhook.prodEndpointSignature });
			expect(webhook.status).toBe('active');

			const delivery = await deliverSigned(workflow);
			expect(delivery.response.statusCode).toBe(200);
			expect(delivery.execution?.json).toEqual([expect.objectContaining({ action: 'person.created' })]);

			await engine.webhookMethods(workflow).delete();
			expect(pointingHere()).toHaveLength(0);
			expect(webhooks()).toEqual([foreign]);
		});
	}

	it('when the lost create cannot be found at once, activation fails and the next one adopts it', async () => {
		// The create is carried out but its answer lost; the look-up right after fails too.
		proxy.failAfterCommit('POST', '/api/webhooks', 'reset');
		// A 500 is not retried (a 503 would be, and the look-up would find the webhook at once).
		proxy.failAfterCommit('GET', '/api/webhooks', { status: 500, body: { message: 'Internal Server Error' } }, 1);
		const workflow = triggerWorkflow();
		await expect(engine.webhookMethods(workflow).activate()).rejects.toThrow();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(1);
		expect(pointingHere()).toHaveLength(1);
		expect(stored(workflow).webhookId).toBeUndefined();

		server.reset();
		await engine.webhookMethods(workflow).activate();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(0);
		expect(pointingHere()).toHaveLength(1);
		expect(stored(workflow).webhookId).toBe(pointingHere()[0].id);
		expect((await deliverSigned(workflow)).execution).toBeDefined();

		await engine.webhookMethods(workflow).delete();
		expect(webhooks()).toHaveLength(0);
	});

	it('a POST refused by Humaans (4xx) fails activation without a look-up or second POST', async () => {
		const workflow = engine.workflow(
			{ type: TRIGGER, parameters: { events: ['person.nonsense'] }, credentials: { humaansApi: { id: '1', name: 'Humaans' } }, webhookId: WEBHOOK_ID },
			{},
		);
		await expect(engine.webhookMethods(workflow).activate()).rejects.toThrow('Validation failed');
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(1);
		expect(server.calls('GET', '/api/webhooks')).toHaveLength(1);
		expect(webhooks()).toHaveLength(0);
	});

	it('after the static data was lost, activation adopts the webhook pointing here instead of creating a second', async () => {
		const first = triggerWorkflow();
		await engine.webhookMethods(first).activate();
		const [original] = pointingHere();

		server.reset();
		const lost = triggerWorkflow({});
		await engine.webhookMethods(lost).activate();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(0);
		expect(pointingHere()).toEqual([expect.objectContaining({ id: original.id, status: 'active' })]);
		expect(stored(lost)).toMatchObject({ webhookId: original.id, signingSecret: original.prodEndpointSignature });
		expect((await deliverSigned(lost)).execution).toBeDefined();

		await engine.webhookMethods(lost).delete();
		expect(webhooks()).toHaveLength(0);
	});

	it('activation keeps one webhook pointing here and deletes the others; deactivation without static data deletes them all', async () => {
		const foreign = seedForeign();
		const orphans = server.seed(
			'/api/webhooks',
			[1, 2, 3].map((n) => ({ name: `orphan ${n}`, prodEndpointUrl: WEBHOOK_URL, subscribedEvents: ['person.created'], status: 'active', prodEndpointSignature: `whsec_${randomBytes(24).toString('base64')}` })),
		);
		const workflow = triggerWorkflow();
		// Three webhooks point here: not "exists", whatever the static data says.
		expect(await engine.webhookMethods(triggerWorkflow({ 'node:Node': { webhookId: String(orphans[0].id), signingSecret: String(orphans[0].prodEndpointSignature) } })).checkExists()).toBe(false);
		await engine.webhookMethods(workflow).activate();
		expect(server.calls('POST', '/api/webhooks')).toHaveLength(0);
		expect(server.calls('DELETE', /^\/api\/webhooks\//)).toHaveLength(2);
		expect(pointingHere()).toHaveLength(1);
		expect(webhooks()).toContainEqual(foreign);
		// Now exactly ours: activation again changes nothing.
		server.reset();
		expect(await engine.webhookMethods(workflow).checkExists()).toBe(true);

		server.seed('/api/webhooks', [{ name: 'late orphan', prodEndpointUrl: WEBHOOK_URL, subscribedEvents: ['person.created'], status: 'draft' }]);
		await engine.webhookMethods(triggerWorkflow({})).delete();
		expect(pointingHere()).toHaveLength(0);
		expect(webhooks()).toEqual([foreign]);
	});

	it('a repeated delivery (same webhook-id) is acknowledged with 200 and starts no second execution', async () => {
		const workflow = triggerWorkflow();
		await engine.webhookMethods(workflow).activate();
		const [webhook] = pointingHere();
		const secret = String(webhook.prodEndpointSignature);
		const delivery = signed(secret, personCreated(), 'msg_once');

		const first = await engine.deliver(workflow, delivery);
		expect(first.response.statusCode).toBe(200);
		expect(first.execution?.json).toHaveLength(1);

		const again = await engine.deliver(workflow, delivery);
		expect(again.response.statusCode).toBe(200);
		expect(again.execution).toBeUndefined();
		expect(again.result.workflowData).toBeUndefined();
		expect(again.result.webhookResponse).toBe('Delivery already received');

		// A forged delivery cannot use up an ID: it is refused before it is remembered.
		const forged = signed(`whsec_${randomBytes(24).toString('base64')}`, personCreated(), 'msg_next');
		expect((await engine.deliver(workflow, forged)).response.statusCode).toBe(401);
		expect((await engine.deliver(workflow, signed(secret, personCreated(), 'msg_next'))).execution).toBeDefined();

		// What the executions recorded (n8n keeps no static data from webhook() once one starts).
		expect(Object.keys(stored(workflow).deliveries as IDataObject).filter((key) => key.startsWith('event:'))).toHaveLength(2);
	});

	it('the execution a delivery started remembers its event, so a repeat is caught even when n8n drops what webhook() stored', async () => {
		const workflow = triggerWorkflow();
		await engine.webhookMethods(workflow).activate();
		const [webhook] = pointingHere();
		const secret = String(webhook.prodEndpointSignature);
		const event = personCreated();
		const delivery = signed(secret, event, 'msg_first');
		// n8n 2.41 starts the execution and then saves no static data from webhook(): the
		// execution (with the static data as it was) is all that is kept.
		const before = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
		const first = await engine.deliver(triggerWorkflow(JSON.parse(JSON.stringify(before)) as IDataObject), delivery);
		expect(first.result.workflowData).toBeDefined();
		const asSaved = triggerWorkflow(before);
		const execution = await engine.runFromTrigger(asSaved, first.result.workflowData ?? [], 'webhook');
		expect(execution.json).toEqual([event]);
		expect(Object.keys(stored(asSaved).deliveries as IDataObject)).toEqual([`event:${event.id}`]);

		// The same delivery again, to the workflow as n8n saved it: acknowledged, no execution.
		const again = await engine.deliver(asSaved, delivery);
		expect(again.response.statusCode).toBe(200);
		expect(again.execution).toBeUndefined();
		// A redelivery of the same event under a new webhook-id is caught the same way.
		const resent = await engine.deliver(asSaved, signed(secret, event, 'msg_resent'));
		expect(resent.execution).toBeUndefined();
	});

	it('on a queue-mode worker (no static data in the job) the execution writes none, so the secret is not overwritten', async () => {
		const workflow = triggerWorkflow();
		await engine.webhookMethods(workflow).activate();
		const [webhook] = pointingHere();
		const event = personCreated();
		const first = await engine.deliver(workflow, signed(String(webhook.prodEndpointSignature), event, 'msg_worker'));
		expect(first.result.workflowData).toBeDefined();
		// n8n 2.41's worker builds the workflow from the execution's snapshot, which has no static data.
		const onWorker = triggerWorkflow({});
		const execution = await engine.runFromTrigger(onWorker, first.result.workflowData ?? [], 'webhook');
		expect(execution.json).toEqual([event]);
		// Reading creates an empty entry, which n8n's observable static data does not count as a
		// change (ignoreEmptyOnFirstChild): nothing is saved over the workflow's static data.
		expect(onWorker.staticData.__dataChanged).toBeFalsy();
		expect(stored(onWorker)).toEqual({});
		// The same delivery queued again (a repeat the webhook processor could not tell): n8n's
		// deduplication store, in its database, stops it at the trigger on the worker.
		const again = await engine.runFromTrigger(onWorker, first.result.workflowData ?? [], 'webhook');
		expect(again.json).toEqual([]);
	});

	it('remembers delivery IDs only for the signature tolerance, in bounded memory', async () => {
		const now = Math.floor(Date.now() / 1000);
		const workflow = triggerWorkflow();
		await engine.webhookMethods(workflow).activate();
		// IDs remembered 6 and 4 minutes ago: the first has left the 5-minute window.
		stored(workflow).deliveries = { msg_old: now - 360, msg_recent: now - 240 };
		await deliverSigned(workflow, 'msg_new');
		// The execution recorded the new event; the ID that left the window is forgotten.
		const kept = Object.keys(stored(workflow).deliveries as IDataObject);
		expect(kept).toHaveLength(2);
		expect(kept).toEqual(expect.arrayContaining(['msg_recent', expect.stringMatching(/^event:/)]));
		// A key older than the window is no longer a repeat, even before it is pruned.
		expect(rememberDelivery({ msg_old: now - 360 }, ['msg_old'], now, Date.now(), 300).repeat).toBe(false);

		const nowMs = Date.now();
		let accepted: Record<string, number> = {};
		for (let i = 0; i < MAX_REMEMBERED_DELIVERIES + 50; i++) {
			const result = rememberDelivery(accepted, [`msg_${i}`], Math.floor(nowMs / 1000) - 100 + i / 100, nowMs, 300);
			expect(result.repeat).toBe(false);
			accepted = result.accepted;
		}
		expect(Object.keys(accepted)).toHaveLength(MAX_REMEMBERED_DELIVERIES);
		expect(accepted.msg_0).toBeUndefined();
		expect(rememberDelivery(accepted, [`msg_${MAX_REMEMBERED_DELIVERIES + 49}`], 0, nowMs, 300).repeat).toBe(true);
	});
});
