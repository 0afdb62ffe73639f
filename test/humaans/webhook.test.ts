import { HUMAANS_WEBHOOK_EVENTS } from '../../nodes/Humaans/events';
import { WEBHOOK_EVENTS } from '../servers/humaans/webhookRules';
import { byId, humaansSuite } from './setup';

describe('Humaans › Webhook', () => {
	const ctx = humaansSuite();
	beforeEach(() => {
		ctx.server.table('/api/webhooks').clear();
	});

	it('offers the 28 documented event names, sorted by name', () => {
		expect(HUMAANS_WEBHOOK_EVENTS).toHaveLength(28);
		expect(HUMAANS_WEBHOOK_EVENTS.map((e) => e.value).sort()).toEqual([...WEBHOOK_EVENTS].sort());
		const names = HUMAANS_WEBHOOK_EVENTS.map((e) => e.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(HUMAANS_WEBHOOK_EVENTS).toContainEqual({ name: 'Time Away Adjustment Created', value: 'timeAwayAdjustment.created' });
	});

	it('creates a draft, activates it, gets, lists and deletes', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'webhook',
			operation: 'create',
			name: 'Payroll integration',
			additionalFields: { description: 'Integrates Humaans with the PayrollX system' },
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/webhooks' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ name: 'Payroll integration', description: 'Integrates Humaans with the PayrollX system' });
		const id = String(created.json[0].id);
		const signature = String(created.json[0].prodEndpointSignature);
		expect(created.json[0]).toMatchObject({ id, status: 'draft', prodEndpointUrl: null, subscribedEvents: [], createdBy: server.me.id, publishedBy: null });
		// humaans.txt 287–290: the secret is `whsec_` and base64 key bytes.
		expect(signature).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
		expect(Buffer.from(signature.split('_')[1], 'base64')).toHaveLength(24);

		const activated = await run({
			resource: 'webhook',
			operation: 'update',
			webhookId: byId(id),
			updateFields: {
				status: 'active',
				prodEndpointUrl: 'https://myco.io/api/webhook/humaans',
				subscribedEvents: ['person.created', 'person.updated', 'timeAway.approved'],
			},
		});
		expect(activated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/webhooks/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({
			status: 'active',
			prodEndpointUrl: 'https://myco.io/api/webhook/humaans',
			subscribedEvents: ['person.created', 'person.updated', 'timeAway.approved'],
		});
		expect(activated.json[0]).toMatchObject({ id, status: 'active', publishedBy: server.me.id, prodEndpointSignature: signature });

		const got = await run({ resource: 'webhook', operation: 'get', webhookId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/webhooks/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([
			{
				id,
				name: 'Payroll integration',
				description: 'Integrates Humaans with the PayrollX system',
				status: 'active',
				prodEndpointUrl: 'https://myco.io/api/webhook/humaans',
				prodEndpointSignature: signature,
				subscribedEvents: ['person.created', 'person.updated', 'timeAway.approved'],
				updatedAt: activated.json[0].updatedAt,
			},
		]);

		const renamed = await run({
			resource: 'webhook',
			operation: 'update',
			webhookId: byId(id),
			updateFields: { name: 'Payroll', description: '', status: 'disabled' },
		});
		expect(server.last().body).toEqual({ name: 'Payroll', description: null, status: 'disabled' });
		expect(renamed.json[0]).toMatchObject({ name: 'Payroll', description: null, status: 'disabled' });

		const listed = await run({ resource: 'webhook', operation: 'getAll', returnAll: true, simplify: false });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/webhooks' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ $limit: '250', $skip: '0' });
		expect(listed.json).toEqual([expect.objectContaining({ id, name: 'Payroll', createdBy: server.me.id })]);

		const deleted = await run({ resource: 'webhook', operation: 'delete', webhookId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/webhooks/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('creates an active webhook in one step', async () => {
		const { server, run } = ctx;
		const created = await run({
			resource: 'webhook',
			operation: 'create',
			name: 'HR sync',
			additionalFields: { status: 'active', prodEndpointUrl: 'https://myco.io/hook', subscribedEvents: ['equipment.deleted'] },
		});
		expect(created.error).toBeUndefined();
		expect(server.last().body).toEqual({
			name: 'HR sync',
			status: 'active',
			prodEndpointUrl: 'https://myco.io/hook',
			subscribedEvents: ['equipment.deleted'],
		});
		expect(created.json[0]).toMatchObject({ status: 'active', publishedBy: server.me.id });
	});

	it('refuses to activate without endpoint and events, before any request', async () => {
		const { server, run } = ctx;
		const noEvents = await run({
			resource: 'webhook',
			operation: 'create',
			name: 'HR sync',
			additionalFields: { status: 'active', prodEndpointUrl: 'https://myco.io/hook' },
		});
		expect(noEvents.error?.name).toBe('NodeOperationError');
		expect(noEvents.error?.message).toBe('Invalid "Status" in item 0: an active webhook also needs Subscribed Events');

		const neither = await run({ resource: 'webhook', operation: 'update', webhookId: byId('w1'), updateFields: { status: 'active' } });
		expect(neither.error?.name).toBe('NodeOperationError');
		expect(neither.error?.message).toBe(
			'Invalid "Status" in item 0: an active webhook also needs Prod Endpoint URL and Subscribed Events',
		);

		const unknownEvent = await run({
			resource: 'webhook',
			operation: 'create',
			name: 'X',
			additionalFields: { subscribedEvents: '={{ ["person.created", "person.removed"] }}' },
		});
		expect(unknownEvent.error?.message).toBe('Invalid "Subscribed Events" in item 0: "person.removed" is not an allowed value');
		expect(server.requests).toHaveLength(0);
	});

	it('the contract server itself answers 422 to an activation without endpoint or events', async () => {
		const { server } = ctx;
		const [draft] = server.seed('/api/webhooks', [{ name: 'Draft', status: 'draft', prodEndpointUrl: 'https://myco.io/hook', subscribedEvents: [] }]);
		const send = async (method: string, path: string, body: unknown) => {
			const response = await fetch(`${server.baseUrl}${path}`, {
				method,
				headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			return { status: response.status, body: (await response.json()) as { name: string; issues?: unknown[] } };
		};
		const create = await send('POST', '/api/webhooks', { name: 'X', status: 'active', prodEndpointUrl: 'https://myco.io/hook' });
		expect(create.status).toBe(422);
		expect(create.body.issues).toEqual([{ name: 'subscribedEvents', reason: 'required when status is active' }]);
		const patch = await send('PATCH', `/api/webhooks/${String(draft.id)}`, { status: 'active', subscribedEvents: ['person.created'] });
		expect(patch.status).toBe(422);
		expect(patch.body.issues).toEqual([{ name: 'prodEndpointUrl', reason: 'required when status is active' }]);
		const unknown = await send('PATCH', `/api/webhooks/${String(draft.id)}`, { subscribedEvents: ['person.removed'] });
		expect(unknown.status).toBe(422);
		const ok = await send('PATCH', `/api/webhooks/${String(draft.id)}`, {
			status: 'active',
			prodEndpointUrl: 'https://myco.io/hook',
			subscribedEvents: ['person.created'],
		});
		expect(ok.status).toBe(200);
		expect(server.table('/api/webhooks').get(String(draft.id))).toMatchObject({ status: 'active', subscribedEvents: ['person.created'] });
	});
});
