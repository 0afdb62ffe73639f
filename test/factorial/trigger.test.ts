import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { FactorialApi } from '../../credentials/FactorialApi.credentials';
import { FactorialOAuth2Api } from '../../credentials/FactorialOAuth2Api.credentials';
import { CHALLENGE_HEADER, FactorialTrigger } from '../../nodes/Factorial/FactorialTrigger.node';
import { FACTORIAL_EVENTS } from '../../nodes/Factorial/generated/events';
import type { Workflow } from 'n8n-workflow';
import { Engine } from '../harness/engine';
import type { FactorialServer } from '../servers/factorial/server';
import { API_PREFIX, startFactorialServer } from '../servers/factorial/server';

const TRIGGER = 'n8n-nodes-hris.factorialTrigger';
const WEBHOOK_ID = '5b8e2f0a-factorial';
const WEBHOOK_URL = `http://127.0.0.1:5678/webhook/${WEBHOOK_ID}/webhook`;
const SUBSCRIPTIONS = '/api_public/webhook_subscriptions';
const SUBSCRIPTIONS_PATH = `${API_PREFIX}${SUBSCRIPTIONS}`;

const urlFor = (event: string) => `${WEBHOOK_URL}?event=${encodeURIComponent(event)}`;

describe('Factorial Trigger', () => {
	let server: FactorialServer;
	let engine: Engine;
	beforeAll(async () => {
		server = await startFactorialServer();
		engine = new Engine({
			nodes: { factorialTrigger: new FactorialTrigger() },
			credentialTypes: { factorialApi: new FactorialApi(), factorialOAuth2Api: new FactorialOAuth2Api() },
		});
		engine.setCredential('factorialApi', { apiKey: server.apiKey, environment: 'custom', baseUrl: server.baseUrl });
	});
	afterAll(async () => await server.stop());
	beforeEach(() => {
		server.clear(SUBSCRIPTIONS);
		server.duplicateSubscriptions = 'overwrite';
		server.reset();
	});

	const triggerWorkflow = (events: string[], options: IDataObject = {}, staticData: IDataObject = {}, extra: IDataObject = {}) =>
		engine.workflow(
			{
				type: TRIGGER,
				parameters: { events, options, ...extra } as INodeParameters,
				credentials: {
					factorialApi: { id: '1', name: 'Factorial' },
					factorialOAuth2Api: { id: '2', name: 'Factorial OAuth2' },
				},
				webhookId: WEBHOOK_ID,
			},
			staticData,
		);

	const stored = (workflow: Workflow) =>
		(workflow.staticData['node:Node'] as IDataObject | undefined)?.subscriptions as Record<string, { id: string; challenge: string }> | undefined;

	/** A delivery as Factorial sends it: bare resource, challenge header, event in the URL we registered. */
	const delivery = (event: string, challenge: string | undefined, body: Record<string, unknown>, headers: Record<string, string> = {}) => ({
		body,
		rawBody: JSON.stringify(body),
		query: { event },
		headers: { ...(challenge === undefined ? {} : { [CHALLENGE_HEADER]: challenge }), ...headers },
	});

	const foreign = (type: string) =>
		server.seed(SUBSCRIPTIONS, [
			{ type, target_url: 'https://hooks.example.com/factorial', name: 'Payroll sync', challenge: 'theirs', enabled: true, company_id: server.companyId },
		])[0];

	it('offers all 128 events of the document', () => {
		const events = new FactorialTrigger().description.properties.find((property) => property.name === 'events');
		expect(events?.options).toHaveLength(128);
		expect(new Set(events?.options?.map((option) => (option as { value: string }).value))).toEqual(new Set(server.eventTypes()));
		expect(FACTORIAL_EVENTS.find((event) => event.value === 'timeoff/leave/approve')?.name).toBe('Time Off: Leave Approved');
	});

	it('creates one subscription per event, each with its own URL and challenge, and finds them again', async () => {
		const events = ['timeoff/leave/create', 'timeoff/leave/approve', 'employees/employee/terminate'];
		const workflow = triggerWorkflow(events);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();

		const posts = server.calls('POST', SUBSCRIPTIONS_PATH);
		expect(posts).toHaveLength(3);
		expect(posts.every((post) => post.headers['x-api-key'] === server.apiKey)).toBe(true);
		expect(server.calls('GET', `${API_PREFIX}/api_public/credentials`)).toHaveLength(1);
		const challenges = new Set<string>();
		posts.forEach((post, i) => {
			const body = post.body as IDataObject;
			expect(body).toEqual({
				subscription_type: events[i],
				target_url: urlFor(events[i]),
				name: `n8n workflow test-workflow (Test): ${events[i]}`,
				challenge: expect.stringMatching(/^[0-9a-f]{48}$/),
				company_id: server.companyId,
				enabled: true,
				api_version: '2026-07-01',
			});
			challenges.add(String(body.challenge));
		});
		expect(challenges.size).toBe(3);
		const state = stored(workflow);
		expect(Object.keys(state ?? {}).sort()).toEqual([...events].sort());
		for (const row of server.subscriptions()) {
			expect(state?.[String(row.type)]).toEqual({ id: row.id, challenge: row.challenge });
		}

		server.reset();
		expect(await hooks.checkExists()).toBe(true);
		await hooks.activate();
		expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(0);
		expect(server.calls('GET').map((call) => call.path).sort()).toEqual(
			server
				.subscriptions()
				.flatMap((row) => [`${SUBSCRIPTIONS_PATH}/${String(row.id)}`, `${SUBSCRIPTIONS_PATH}/${String(row.id)}`])
				.sort(),
		);
	});

	it('runs once per verified delivery and refuses forged, missing and misplaced challenges', async () => {
		const workflow = triggerWorkflow(['timeoff/leave/approve', 'teams/team/create']);
		await engine.webhookMethods(workflow).activate();
		const state = stored(workflow) ?? {};
		const leave = server.eventPayload('timeoff/leave/approve', { id: '4242' });

		const good = await engine.deliver(
			workflow,
			delivery('timeoff/leave/approve', state['timeoff/leave/approve'].challenge, leave, {
				'x-factorial-author-id': '17',
				'x-factorial-author-type': 'employee',
			}),
		);
		expect(good.response.statusCode).toBe(200);
		expect(good.execution?.json).toEqual([{ ...leave, event: 'timeoff/leave/approve', author: { id: '17', type: 'employee' } }]);
		expect(JSON.stringify(good.execution?.json)).not.toContain(state['timeoff/leave/approve'].challenge);

		const forged = await engine.deliver(workflow, delivery('timeoff/leave/approve', 'f'.repeat(48), leave));
		expect(forged.response.statusCode).toBe(401);
		expect(forged.result.noWebhookResponse).toBe(true);
		expect(forged.execution).toBeUndefined();

		const missing = await engine.deliver(workflow, delivery('timeoff/leave/approve', undefined, leave));
		expect(missing.response.statusCode).toBe(401);
		expect(missing.execution).toBeUndefined();

		// The team event's challenge is right, but not for the leave subscription's URL.
		const misplaced = await engine.deliver(workflow, delivery('timeoff/leave/approve', state['teams/team/create'].challenge, leave));
		expect(misplaced.response.statusCode).toBe(401);
		expect(misplaced.execution).toBeUndefined();

		const unchosen = await engine.deliver(workflow, delivery('timeoff/leave/delete', 'anything', leave));
		expect(unchosen.response.statusCode).toBe(200);
		expect(unchosen.execution).toBeUndefined();

		// Factorial retries a delivery it thinks failed; the identical body runs nothing twice.
		const replay = await engine.deliver(
			workflow,
			delivery('timeoff/leave/approve', state['timeoff/leave/approve'].challenge, leave, {
				'x-factorial-author-id': '17',
				'x-factorial-author-type': 'employee',
			}),
		);
		expect(replay.response.statusCode).toBe(200);
		expect(replay.execution).toBeUndefined();
		const changed = await engine.deliver(
			workflow,
			delivery('timeoff/leave/approve', state['timeoff/leave/approve'].challenge, { ...leave, approved: false }),
		);
		expect(changed.execution?.json).toEqual([{ ...leave, approved: false, event: 'timeoff/leave/approve' }]);
	});

	it('remembers deliveries in the execution they start; on a queue-mode worker it writes nothing and a repeat stops at the trigger', async () => {
		const workflow = triggerWorkflow(['teams/team/create']);
		await engine.webhookMethods(workflow).activate();
		const challenge = stored(workflow)?.['teams/team/create'].challenge;
		const team = server.eventPayload('teams/team/create');
		const first = await engine.deliver(workflow, delivery('teams/team/create', challenge, team));
		expect(first.execution?.json).toHaveLength(1);
		const node = () => workflow.staticData['node:Node'] as IDataObject;
		expect(Object.keys(node().deliveries as IDataObject)).toEqual([expect.stringMatching(/^delivery:[0-9a-f]{64}$/)]);

		// n8n 2.41's worker runs the execution from a snapshot without static data: nothing is
		// written there, so the subscriptions in the workflow's static data are not overwritten.
		const onWorker = triggerWorkflow(['teams/team/create']);
		const execution = await engine.runFromTrigger(onWorker, first.result.workflowData ?? [], 'webhook');
		expect(execution.json).toEqual([{ ...team, event: 'teams/team/create' }]);
		expect(onWorker.staticData.__dataChanged).toBeFalsy();

		// The same delivery queued twice reaches a worker again: n8n's deduplication store (its
		// database, not the static data) stops it at the trigger, so nothing after it runs.
		const snapshot = { ...workflow.staticData };
		for (const key of Object.keys(workflow.staticData)) delete workflow.staticData[key];
		const repeatOnWorker = await engine.runFromTrigger(workflow, first.result.workflowData ?? [], 'webhook');
		expect(repeatOnWorker.json).toEqual([]);
		Object.assign(workflow.staticData, snapshot);

		// Deactivation forgets the deliveries with the subscriptions.
		await engine.webhookMethods(workflow).delete();
		expect(node().deliveries).toBeUndefined();
	});

	it('tells the event by its challenge when the URL lost its query string', async () => {
		const workflow = triggerWorkflow(['teams/team/create', 'teams/team/delete']);
		await engine.webhookMethods(workflow).activate();
		const state = stored(workflow) ?? {};
		const team = server.eventPayload('teams/team/delete');
		const bare = { ...delivery('teams/team/delete', state['teams/team/delete'].challenge, team), query: {} };
		expect((await engine.deliver(workflow, bare)).execution?.json).toEqual([{ ...team, event: 'teams/team/delete' }]);
		const unknown = { ...delivery('teams/team/delete', 'guess', team), query: {} };
		const refused = await engine.deliver(workflow, unknown);
		expect(refused.execution).toBeUndefined();
		expect(refused.response.statusCode).toBe(401);
	});

	it('accepts its subscription when Factorial stores the target URL decoded', async () => {
		const workflow = triggerWorkflow(['teams/team/create']);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();
		const [row] = server.subscriptions();
		row.target_url = `${WEBHOOK_URL}?event=teams/team/create`;
		expect(await hooks.checkExists()).toBe(true);
	});

	it('runs a repeated delivery again when repeats are not ignored', async () => {
		const workflow = triggerWorkflow(['teams/team/create'], { ignoreRepeats: false });
		await engine.webhookMethods(workflow).activate();
		const challenge = stored(workflow)?.['teams/team/create'].challenge;
		const team = server.eventPayload('teams/team/create');
		expect((await engine.deliver(workflow, delivery('teams/team/create', challenge, team))).execution?.json).toHaveLength(1);
		expect((await engine.deliver(workflow, delivery('teams/team/create', challenge, team))).execution?.json).toHaveLength(1);
	});

	it('receives what the contract server delivers, the way Factorial sends it', async () => {
		const workflow = triggerWorkflow(['shift_management/shift/create']);
		await engine.webhookMethods(workflow).activate();
		const executions: IDataObject[][] = [];
		// Stands in for n8n's webhook server: forwards each POST to the trigger.
		const receiver = http.createServer((req, res) => {
			let raw = '';
			req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
			req.on('end', () => {
				const url = new URL(req.url ?? '/', 'http://127.0.0.1');
				const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)]));
				void engine
					.deliver(workflow, { rawBody: raw, body: JSON.parse(raw) as unknown, headers, query: Object.fromEntries(url.searchParams) })
					.then((result) => {
						if (result.execution) executions.push(result.execution.json);
						res.writeHead(result.response.statusCode).end();
					});
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		try {
			const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook?event=${encodeURIComponent('shift_management/shift/create')}`;
			const shift = server.eventPayload('shift_management/shift/create', { id: '9' });
			const [sent] = await server.deliver('shift_management/shift/create', shift, { url: target });
			expect(sent.status).toBe(200);
			expect(executions).toEqual([[{ ...shift, event: 'shift_management/shift/create' }]]);
			const [forged] = await server.deliver('shift_management/shift/create', { ...shift, id: '10' }, { url: target, challenge: 'guess' });
			expect(forged.status).toBe(401);
			expect(executions).toHaveLength(1);
		} finally {
			await new Promise<void>((resolve) => receiver.close(() => resolve()));
		}
	});

	describe('existing subscriptions', () => {
		it('fails activation naming a subscription someone else has for the event, changing nothing', async () => {
			const theirs = foreign('timeoff/leave/create');
			const workflow = triggerWorkflow(['teams/team/create', 'timeoff/leave/create']);
			await expect(engine.webhookMethods(workflow).activate()).rejects.toThrow(
				`Factorial already has a subscription for "timeoff/leave/create" (id ${String(theirs.id)}, "Payroll sync", sending to https://hooks.example.com/factorial)`,
			);
			expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(0);
			expect(server.calls('PUT')).toHaveLength(0);
			expect(server.subscriptions()).toEqual([theirs]);
			expect(stored(workflow)).toBeUndefined();
		});

		it('takes the subscription over when switched on, and deletes it on deactivation', async () => {
			const theirs = foreign('timeoff/leave/create');
			const workflow = triggerWorkflow(['timeoff/leave/create'], { takeOver: true });
			const hooks = engine.webhookMethods(workflow);
			await hooks.activate();
			expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(0);
			const [put] = server.calls('PUT', `${SUBSCRIPTIONS_PATH}/${String(theirs.id)}`);
			expect(put.body).toEqual({
				id: theirs.id,
				target_url: urlFor('timeoff/leave/create'),
				name: 'n8n workflow test-workflow (Test): timeoff/leave/create',
				enabled: true,
				api_version: '2026-07-01',
				subscription_type: 'timeoff/leave/create',
				challenge: expect.stringMatching(/^[0-9a-f]{48}$/),
			});
			expect(stored(workflow)?.['timeoff/leave/create']).toEqual({ id: theirs.id, challenge: (put.body as IDataObject).challenge });
			expect(await hooks.checkExists()).toBe(true);
			await hooks.delete();
			expect(server.subscriptions()).toEqual([]);
		});

		it('handles the 422 "already been taken" answer: fails without take-over, takes over with it', async () => {
			server.duplicateSubscriptions = 'reject';
			// The other subscription appears between the trigger's list and its POST.
			const gate = server.before;
			server.before = (req) => {
				if (req.method === 'POST' && req.path === SUBSCRIPTIONS_PATH && server.subscriptions().length === 0) foreign('teams/team/delete');
				return gate?.(req);
			};
			try {
				const refused = triggerWorkflow(['teams/team/delete']);
				await expect(engine.webhookMethods(refused).activate()).rejects.toThrow('Factorial already has a subscription for "teams/team/delete"');
				expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(1);
				expect(server.calls('GET', SUBSCRIPTIONS_PATH).map((call) => call.query)).toEqual([{ limit: '100' }, { type: 'teams/team/delete', limit: '100' }]);
				expect(server.subscriptions()).toHaveLength(1);

				server.clear(SUBSCRIPTIONS);
				server.reset();
				const taking = triggerWorkflow(['teams/team/delete'], { takeOver: true });
				await engine.webhookMethods(taking).activate();
				const [row] = server.subscriptions();
				expect(row).toMatchObject({ target_url: urlFor('teams/team/delete'), enabled: true });
				expect(stored(taking)?.['teams/team/delete']).toEqual({ id: row.id, challenge: row.challenge });
			} finally {
				server.before = gate;
			}
		});

		it('adopts its own subscription left at this URL instead of creating a second one (reject mode)', async () => {
			server.duplicateSubscriptions = 'reject';
			const first = triggerWorkflow(['teams/team/create', 'teams/team/update']);
			await engine.webhookMethods(first).activate();
			const before = server.subscriptions().map((row) => row.id);
			// The workflow lost its static data (e.g. imported again): same URL, nothing stored.
			const again = triggerWorkflow(['teams/team/create']);
			server.reset();
			await engine.webhookMethods(again).activate();
			expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(0);
			const rows = server.subscriptions();
			expect(rows).toHaveLength(1);
			expect(rows[0]).toMatchObject({ type: 'teams/team/create', target_url: urlFor('teams/team/create') });
			expect(before).toContain(rows[0].id);
			// The orphan for the event no longer chosen is deleted.
			expect(server.calls('DELETE')).toHaveLength(1);
			expect(stored(again)?.['teams/team/create']).toEqual({ id: rows[0].id, challenge: rows[0].challenge });
		});
	});

	it('moves its own subscription to a new webhook URL, but never the production one while testing', async () => {
		const name = 'n8n workflow test-workflow (Test): teams/team/update';
		const [old] = server.seed(SUBSCRIPTIONS, [
			{ type: 'teams/team/update', target_url: 'https://old-n8n.example.com/webhook/x/webhook?event=teams%2Fteam%2Fupdate', name, challenge: 'c', enabled: true, company_id: server.companyId },
		]);
		// Listening for a test event does not take the active workflow's subscription.
		const testing = triggerWorkflow(['teams/team/update']);
		await expect(engine.webhookMethods(testing, 'manual').activate()).rejects.toThrow(`Factorial already has a subscription for "teams/team/update" (id ${String(old.id)}, "${name}"`);
		expect(server.calls('PUT')).toHaveLength(0);

		const workflow = triggerWorkflow(['teams/team/update']);
		await engine.webhookMethods(workflow).activate();
		expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(0);
		expect(server.subscriptions()).toEqual([expect.objectContaining({ id: old.id, target_url: urlFor('teams/team/update') })]);
	});

	it('updates a subscription whose payload version differs from the one the node was built for', async () => {
		const workflow = triggerWorkflow(['teams/team/update']);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();
		const [row] = server.subscriptions();
		row.api_version = '2025-10-01';
		expect(await hooks.checkExists()).toBe(false);
		server.reset();
		await hooks.activate();
		expect(server.calls('PUT')[0].body).toMatchObject({ id: row.id, api_version: '2026-07-01' });
	});

	it('does not silently take back a subscription another receiver overwrote', async () => {
		const workflow = triggerWorkflow(['teams/team/create']);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();
		// Factorial overwrites the subscription when someone else subscribes to the event.
		const [row] = server.subscriptions();
		Object.assign(row, { target_url: 'https://hooks.example.com/other', name: 'Other tool', challenge: 'theirs' });
		expect(await hooks.checkExists()).toBe(false);
		server.reset();
		await expect(hooks.activate()).rejects.toThrow(`Factorial already has a subscription for "teams/team/create" (id ${String(row.id)}, "Other tool"`);
		expect(server.calls('PUT')).toHaveLength(0);
	});

	it('re-enables a subscription Factorial disabled after failed deliveries', async () => {
		const workflow = triggerWorkflow(['timeoff/leave/reject']);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();
		const [row] = server.subscriptions();
		row.enabled = false;
		server.reset();
		expect(await hooks.checkExists()).toBe(false);
		await hooks.activate();
		expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(0);
		expect(server.calls('PUT', `${SUBSCRIPTIONS_PATH}/${String(row.id)}`)[0].body).toMatchObject({ id: row.id, enabled: true });
		expect(server.subscriptions()).toEqual([expect.objectContaining({ id: row.id, enabled: true })]);
		expect(await hooks.checkExists()).toBe(true);
	});

	it('creates again a subscription deleted in Factorial', async () => {
		const workflow = triggerWorkflow(['timeoff/leave/reject']);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();
		const oldId = stored(workflow)?.['timeoff/leave/reject'].id;
		server.clear(SUBSCRIPTIONS);
		server.reset();
		expect(await hooks.checkExists()).toBe(false);
		await hooks.activate();
		expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(1);
		expect(server.subscriptions()).toHaveLength(1);
		expect(stored(workflow)?.['timeoff/leave/reject'].id).not.toBe(oldId);
	});

	it('follows a change of events: adds the new subscription, deletes the dropped one', async () => {
		const first = triggerWorkflow(['teams/team/create', 'teams/team/delete']);
		await engine.webhookMethods(first).activate();
		const dropped = stored(first)?.['teams/team/delete'].id;
		const changed = triggerWorkflow(['teams/team/create', 'locations/location/update'], {}, first.staticData);
		server.reset();
		expect(await engine.webhookMethods(changed).checkExists()).toBe(false);
		await engine.webhookMethods(changed).activate();
		expect(server.calls('POST', SUBSCRIPTIONS_PATH).map((call) => (call.body as IDataObject).subscription_type)).toEqual(['locations/location/update']);
		expect(server.calls('DELETE').map((call) => call.path)).toEqual([`${SUBSCRIPTIONS_PATH}/${String(dropped)}`]);
		expect(server.subscriptions().map((row) => row.type).sort()).toEqual(['locations/location/update', 'teams/team/create']);
	});

	it('deletes exactly its stored subscriptions on deactivation; one already gone is fine', async () => {
		const theirs = foreign('ats/candidate/create');
		const workflow = triggerWorkflow(['teams/team/create', 'teams/team/update']);
		const hooks = engine.webhookMethods(workflow);
		await hooks.activate();
		const ids = Object.values(stored(workflow) ?? {}).map((subscription) => subscription.id);
		// One of them was deleted in Factorial meanwhile.
		server.remove(SUBSCRIPTIONS, ids[0]);
		server.reset();
		await expect(hooks.delete()).resolves.toBe(true);
		expect(server.calls('DELETE').map((call) => call.path).sort()).toEqual(ids.map((id) => `${SUBSCRIPTIONS_PATH}/${id}`).sort());
		expect(server.subscriptions()).toEqual([theirs]);
		expect(stored(workflow)).toBeUndefined();

		const again = triggerWorkflow(['teams/team/create']);
		await engine.webhookMethods(again).activate();
		const [mine] = server.subscriptions().filter((row) => row.type === 'teams/team/create');
		server.clear(SUBSCRIPTIONS);
		server.reset();
		await expect(engine.webhookMethods(again).delete()).resolves.toBe(true);
		expect(server.calls('DELETE')[0].path).toBe(`${SUBSCRIPTIONS_PATH}/${String(mine.id)}`);
		expect(stored(again)).toBeUndefined();
	});

	it('removes what it created when an activation fails half-way', async () => {
		const workflow = triggerWorkflow(['teams/team/create', 'teams/team/update']);
		const gate = server.before;
		let posts = 0;
		server.before = (req) => {
			if (req.method === 'POST' && req.path === SUBSCRIPTIONS_PATH && ++posts === 2) return { status: 500, body: { message: 'Internal error' } };
			return gate?.(req);
		};
		try {
			await expect(engine.webhookMethods(workflow).activate()).rejects.toThrow('Internal error');
		} finally {
			server.before = gate;
		}
		expect(server.subscriptions()).toEqual([]);
		expect(server.calls('DELETE')).toHaveLength(1);
		expect(stored(workflow)).toBeUndefined();
	});

	it('applies the same checks when listening for a test event', async () => {
		const workflow = triggerWorkflow(['teams/team/create']);
		const hooks = engine.webhookMethods(workflow, 'manual');
		await hooks.activate();
		expect(server.calls('POST', SUBSCRIPTIONS_PATH)).toHaveLength(1);
		const challenge = stored(workflow)?.['teams/team/create'].challenge;
		const team = server.eventPayload('teams/team/create');
		expect((await engine.deliver(workflow, delivery('teams/team/create', 'nope', team))).response.statusCode).toBe(401);
		expect((await engine.deliver(workflow, delivery('teams/team/create', challenge, team))).execution?.json).toHaveLength(1);
		await hooks.delete();
		expect(server.subscriptions()).toEqual([]);
	});

	it('uses the OAuth2 credential when chosen', async () => {
		const token = server.issueToken();
		engine.setCredential('factorialOAuth2Api', {
			environment: 'custom',
			baseUrl: server.baseUrl,
			grantType: 'authorizationCode',
			authUrl: `${server.baseUrl}/oauth/authorize`,
			accessTokenUrl: `${server.baseUrl}/oauth/token`,
			clientId: server.oauthClient.clientId,
			clientSecret: server.oauthClient.clientSecret,
			scope: 'read write',
			authQueryParameters: '',
			authentication: 'body',
			oauthTokenData: { access_token: token.accessToken, refresh_token: token.refreshToken, token_type: 'Bearer' },
		});
		const workflow = triggerWorkflow(['teams/team/create'], {}, {}, { authentication: 'oAuth2' });
		await engine.webhookMethods(workflow).activate();
		const [post] = server.calls('POST', SUBSCRIPTIONS_PATH);
		expect(post.headers.authorization).toBe(`Bearer ${token.accessToken}`);
		expect(post.headers['x-api-key']).toBeUndefined();
		await engine.webhookMethods(workflow).delete();
	});

	it('shows Factorial\'s message when the API refuses the subscription', async () => {
		const workflow = triggerWorkflow(['teams/team/create']);
		server.failNext({ status: 200, body: { data: [{ id: 'api_key-1', company_id: server.companyId }], meta: { has_next_page: false } } });
		server.failNext({ status: 200, body: { data: [], meta: { has_next_page: false, has_previous_page: false, limit: 100, total: 0 } } });
		server.failNext({ status: 422, body: { errors: { target_url: ['is not a valid URL'] } } });
		const error = await engine
			.webhookMethods(workflow)
			.activate()
			.then(() => undefined, (caught: Error) => caught);
		expect(error?.message).toContain('target_url: is not a valid URL');
		expect(JSON.stringify(error)).not.toContain(server.apiKey);
	});
});
