#!/usr/bin/env node
'use strict';

/**
 * `npm run test:n8n:queue`: the built package in n8n's queue mode, as n8n is run at scale.
 *
 *   1. Redis and PostgreSQL from Debian's packages (installed with apt-get when missing and
 *      running as root), each on 127.0.0.1 and a free port, data under `.tmp/`;
 *   2. the package installed as a community package into one user folder;
 *   3. from `.runtime/`: n8n main (`EXECUTIONS_MODE=queue`, production webhooks off on main),
 *      one worker (`n8n worker`) and one webhook processor (`n8n webhook`), sharing the
 *      database, Redis, the encryption key and the user folder; WEBHOOK_URL is the webhook
 *      processor, so triggers register URLs that reach it;
 *   4. checks against the contract servers (test/servers):
 *      - the Humaans Trigger, activated on main, registers exactly one webhook; 10 signed
 *        deliveries to the webhook processor start 10 executions, each run by the worker
 *        (its action node calling Humaans with the credential); a forged one gets 401; a
 *        replayed one is acknowledged and runs nothing after the trigger (n8n's
 *        deduplication store stops it on the worker); deactivation deletes the webhook;
 *      - the HR Omni Trigger (polling, on main) emits each new employee exactly once across
 *        three polls, the executions running on the worker;
 *      - a template with action nodes of two systems runs on the worker with its credentials;
 *   5. every process started is stopped by PID, also when a check fails, and that is checked.
 *
 * Output: `PASS|FAIL|SKIP name` lines, then `N passed, M failed`; exit code 1 on a failure.
 * N8N_TEST_KEEP=1 keeps the folder with the logs (kept anyway when a check fails).
 */
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const runtime = require('./runtime');
const { installFromTarball } = require('./install-community-package');
const { ensureDebianPackages, startRedis, startPostgres, alive } = require('./queue-services');
const { restClient, randomId, sleep } = require('./n8n-rest');
const { serverModule } = require('./n8n-checks/lib/servers');
const { readTemplate, prepareTemplate } = require('./n8n-checks/lib/templates');

const PACKAGE = JSON.parse(fs.readFileSync(path.join(runtime.PROJECT_DIR, 'package.json'), 'utf8')).name;
const DATABASE = 'n8n';
const HR_OMNI_PASSWORD = 'queue-check-password-1';

class SkipError extends Error {}

function say(line) {
	process.stdout.write(`${line}\n`);
}
function info(msg) {
	process.stderr.write(`[test:n8n:queue] ${msg}\n`);
}

async function main() {
	const t0 = Date.now();
	const results = [];
	const record = (name, status, detail) => {
		results.push({ name, status, detail });
		say(`${status} ${name}${detail ? `: ${detail}` : ''}`);
	};

	const dir = path.join(runtime.TMP_DIR, `n8n-queue-${Date.now()}-${process.pid}`);
	const userFolder = path.join(dir, 'user');
	fs.mkdirSync(userFolder, { recursive: true });

	/** Everything started, stopped in reverse order by `cleanup`. */
	const started = [];
	/** Records a started process; one that starts while stopping is stopped at once. */
	const track = (entry) => {
		started.push(entry);
		if (stopping) void entry.stop();
		return entry;
	};
	const proceed = () => {
		if (interrupted) throw new SkipError('interrupted');
	};
	const servers = [];
	let stopping = null;
	let interrupted = false;
	const cleanup = () => {
		stopping ??= (async () => {
			for (const s of servers) await s.stop().catch(() => {});
			for (const p of [...started].reverse()) {
				try {
					await p.stop();
				} catch (e) {
					info(`stopping ${p.name} (pid ${p.pid}): ${e.message}`);
				}
			}
		})();
		return stopping;
	};
	for (const sig of ['SIGINT', 'SIGTERM']) {
		process.on(sig, () => {
			if (interrupted) return;
			interrupted = true;
			info(`${sig}: stopping everything`);
			cleanup();
			setTimeout(() => process.exit(130), 30000).unref();
		});
	}

	/** Runs one check: PASS / FAIL / SKIP with its duration. */
	const check = async (name, fn) => {
		if (interrupted) return;
		const begun = Date.now();
		try {
			const detail = await fn();
			record(name, 'PASS', `${detail ? `${detail} ` : ''}(${((Date.now() - begun) / 1000).toFixed(1)} s)`);
		} catch (e) {
			if (e instanceof SkipError) record(name, 'SKIP', e.message);
			else record(name, 'FAIL', e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n    ') : String(e));
		}
	};
	const skip = (reason) => {
		throw new SkipError(reason);
	};

	try {
		// --- services ---------------------------------------------------------
		const installed = ensureDebianPackages();
		await runtime.ensureRuntime();
		const [redisPort, pgPort, mainPort, workerPort, webhookPort] = await Promise.all(
			Array.from({ length: 5 }, () => runtime.freePort()),
		);
		const redis = track(await startRedis({ port: redisPort, dir: path.join(dir, 'redis') }));
		proceed();
		const postgres = track(await startPostgres({ port: pgPort, dir: path.join(dir, 'postgres'), database: DATABASE }));
		proceed();
		record(
			'Redis and PostgreSQL from Debian packages',
			'PASS',
			`${installed.length ? `installed ${installed.join(', ')}; ` : ''}redis pid ${redis.pid} on ${redisPort}, postgres pid ${postgres.pid} on ${pgPort}`,
		);

		const pkg = installFromTarball(userFolder);
		record('install community package from tarball', 'PASS', `${pkg.packageName}@${pkg.version}`);

		// --- n8n main, worker, webhook processor ------------------------------
		const shared = {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pgPort),
			DB_POSTGRESDB_DATABASE: DATABASE,
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('base64'),
			WEBHOOK_URL: `http://127.0.0.1:${webhookPort}/`,
		};
		const n8nProcess = async (command, port, env) => {
			const handle = await runtime.startN8n({
				userFolder,
				port,
				command,
				env: { ...shared, N8N_RUNNERS_BROKER_PORT: String(await runtime.freePort()), ...env },
				logFile: path.join(dir, `n8n-${command}.log`),
				timeoutMs: 240000,
				onSpawn: (h) => track({ name: `n8n ${command}`, pid: h.pid, stop: () => runtime.stopN8n(h) }),
			});
			return handle;
		};
		proceed();
		const main = await n8nProcess('start', mainPort, { N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' });
		proceed();
		record('n8n main starts (queue mode, PostgreSQL)', 'PASS', `pid ${main.pid}, ready in ${main.readySeconds.toFixed(1)} s`);
		const [worker, webhook] = await Promise.all([
			n8nProcess('worker', workerPort, {
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(workerPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			}),
			n8nProcess('webhook', webhookPort, {}),
		]);
		record('n8n worker and webhook processor start', 'PASS', `worker pid ${worker.pid} (${worker.readySeconds.toFixed(1)} s), webhook pid ${webhook.pid} (${webhook.readySeconds.toFixed(1)} s)`);

		proceed();
		const api = restClient(main.baseUrl);
		await api.login();

		// Created over REST, as the editor creates them.
		const importWorkflow = api.createWorkflow;
		const workerLog = () => fs.readFileSync(worker.logPath, 'utf8');
		const ranOnWorker = (executionIds) => {
			const text = workerLog();
			return executionIds.filter((id) => !text.includes(`Worker finished execution ${id} `));
		};

		// --- contract servers and credentials ---------------------------------
		const { HumaansServer } = serverModule('humaans');
		const { ChiefOnboardingServer } = serverModule('chiefonboarding');
		const { HrOmniServer } = serverModule('hromni');
		const humaans = new HumaansServer();
		const chief = new ChiefOnboardingServer();
		const omni = new HrOmniServer();
		for (const s of [humaans, chief, omni]) {
			await s.start();
			servers.push(s);
		}
		const omniAdmin = omni.createAccount({ firstName: 'Olga', lastName: 'Omni', email: 'olga@hromni.test', password: HR_OMNI_PASSWORD });
		const omniCompany = omni.createCompany('Queue Check Ltd', omniAdmin);
		const credentialList = [
			{ name: 'Humaans (queue)', type: 'humaansApi', data: { accessToken: humaans.token, baseUrl: humaans.baseUrl } },
			{ name: 'ChiefOnboarding (queue)', type: 'chiefOnboardingApi', data: { baseUrl: chief.baseUrl, apiToken: chief.token } },
			{
				name: 'HR Omni (queue)',
				type: 'hrOmniApi',
				data: { baseUrl: omni.baseUrl, email: omniAdmin.email, password: HR_OMNI_PASSWORD, sessionToken: '', csrfToken: '' },
			},
		];
		const credentials = {};
		for (const created of await api.createCredentials(credentialList)) {
			credentials[created.type] = { id: created.id, name: created.name };
		}

		// --- polling: activate first, so its minute polls run while the webhook checks do --
		const polling = {};
		const employeesPath = `/company/${String(omniCompany.details.id)}/users/employees`;
		const pollsSoFar = () => omni.calls('GET', employeesPath).length;
		const newHires = (emails) => [...chief.users.values()].filter((u) => emails.includes(u.email));
		const addEmployees = (names) =>
			names.map((name, i) => {
				const [row] = omni.seedEmployees(omniCompany, 1, 500 + omniCompany.users.size + i);
				Object.assign(row.userInfo, { firstName: name, lastName: 'Poll', email: `${name.toLowerCase()}.poll@hromni.test` });
				return row.userInfo.email;
			});
		await check('HR Omni Trigger activated on main takes its baseline', async () => {
			omni.seedEmployees(omniCompany, 2);
			polling.sequence = chief.addSequence('Polled onboarding', 'onboarding');
			polling.id = await importWorkflow(
				prepareTemplate(readTemplate('hromni-new-employee-to-chiefonboarding.json'), {
					name: 'queue - HR Omni polling',
					credentials,
					parameters: {
						'HR Omni Trigger': {
							companyId: { __rl: true, mode: 'id', value: String(omniCompany.details.id) },
							pollTimes: { item: [{ mode: 'everyMinute' }] },
						},
						'Create New Hire': { 'additionalFields.sequences': [polling.sequence.id] },
					},
				}),
			);
			await api.activateWorkflow(polling.id);
			polling.activatedAt = Date.now();
			assert.strictEqual(pollsSoFar(), 1, `expected the activation poll only, saw ${pollsSoFar()} polls`);
			polling.first = addEmployees(['Ada', 'Ben']);
			return `workflow ${polling.id}`;
		});

		// --- Humaans Trigger: registration, deliveries, forgery, replay, removal ----------
		const hook = {};
		await check('Humaans Trigger activated on main registers exactly one webhook, at the webhook processor', async () => {
			hook.webhookId = crypto.randomUUID();
			hook.id = await importWorkflow({
				name: 'queue - Humaans Trigger',
				nodes: [
					{
						id: 'd0000000-0000-4000-8000-000000000001',
						name: 'Humaans Trigger',
						type: `${PACKAGE}.humaansTrigger`,
						typeVersion: 1,
						position: [0, 0],
						webhookId: hook.webhookId,
						parameters: { events: ['person.created'] },
						credentials: { humaansApi: credentials.humaansApi },
					},
					{
						id: 'd0000000-0000-4000-8000-000000000002',
						name: 'Get Person',
						type: `${PACKAGE}.humaans`,
						typeVersion: 1,
						position: [220, 0],
						parameters: { resource: 'person', operation: 'get', personId: { __rl: true, mode: 'id', value: '={{ $json.entity.id }}' } },
						credentials: { humaansApi: credentials.humaansApi },
					},
				],
				connections: { 'Humaans Trigger': { main: [[{ node: 'Get Person', type: 'main', index: 0 }]] } },
			});
			humaans.reset();
			await api.activateWorkflow(hook.id);
			const webhooks = [...humaans.table('/api/webhooks').values()];
			assert.strictEqual(webhooks.length, 1, `expected 1 webhook in Humaans, found ${webhooks.length}`);
			assert.strictEqual(humaans.calls('POST', '/api/webhooks').length, 1, 'more than one webhook creation');
			hook.url = `http://127.0.0.1:${webhookPort}/webhook/${hook.webhookId}/webhook`;
			assert.strictEqual(webhooks[0].prodEndpointUrl, hook.url);
			hook.webhook = webhooks[0];
			return `webhook ${webhooks[0].id} → ${hook.url}`;
		});

		const signed = (event, secret = hook.webhook.prodEndpointSignature) => {
			const body = JSON.stringify(event);
			const messageId = `msg_${crypto.randomBytes(8).toString('hex')}`;
			const timestamp = String(Math.floor(Date.now() / 1000));
			return {
				body,
				headers: {
					'content-type': 'application/json',
					'webhook-id': messageId,
					'webhook-timestamp': timestamp,
					'webhook-signature': `v1,${HumaansServer.sign(secret, messageId, timestamp, body)}`,
				},
			};
		};
		const post = async (delivery) => await fetch(hook.url, { method: 'POST', headers: delivery.headers, body: delivery.body });
		const event = (personId) => ({ id: randomId(24), action: 'person.created', ts: new Date().toISOString(), entity: { id: personId } });
		const settle = async (workflowId, count) => {
			const all = await api.successfulExecutions(workflowId, count, 60000);
			await sleep(2000); // anything extra would be queued by now
			return await api.executionsOf(workflowId);
		};

		await check('10 signed deliveries to the webhook processor start 10 executions, each run by the worker', async () => {
			if (!hook.webhook) skip('no webhook registered');
			const people = humaans.seed(
				'/api/people',
				Array.from({ length: 10 }, (_, i) => ({ firstName: `Queue${i}`, lastName: 'Person', email: `queue${i}@acme.test`, status: 'active' })),
			);
			humaans.reset();
			hook.deliveries = people.map((p) => signed(event(p.id)));
			for (const delivery of hook.deliveries) {
				const res = await post(delivery);
				assert.strictEqual(res.status, 200, `signed delivery answered ${res.status}`);
			}
			const executions = await settle(hook.id, 10);
			assert.strictEqual(executions.length, 10, `expected 10 executions, found ${executions.length}`);
			const notOnWorker = ranOnWorker(executions.map((e) => e.id));
			assert.deepStrictEqual(notOnWorker, [], 'executions the worker did not run');
			const lookups = humaans.requests.filter((r) => r.method === 'GET' && /^\/api\/people\/[^/]+$/.test(r.path));
			assert.deepStrictEqual(lookups.map((r) => r.path).sort(), people.map((p) => `/api/people/${p.id}`).sort());
			assert.ok(lookups.every((r) => r.headers.authorization === `Bearer ${humaans.token}`), 'the action node sent no Bearer token');
			return `10 executions on worker pid ${worker.pid}, 10 person look-ups with the credential`;
		});

		await check('a forged delivery gets 401 and starts no execution', async () => {
			if (!hook.webhook) skip('no webhook registered');
			const before = (await api.executionsOf(hook.id)).length;
			const res = await post(signed(event('nobody'), `whsec_${crypto.randomBytes(24).toString('base64')}`));
			assert.strictEqual(res.status, 401, `forged delivery answered ${res.status}`);
			await sleep(2000);
			assert.strictEqual((await api.executionsOf(hook.id)).length, before, 'the forged delivery started an execution');
			return '401';
		});

		await check('a replayed delivery is acknowledged and runs nothing after the trigger', async () => {
			if (!hook.deliveries) skip('no delivery was accepted');
			const before = (await api.executionsOf(hook.id)).length;
			const lookupsBefore = humaans.requests.filter((r) => r.method === 'GET' && /^\/api\/people\/[^/]+$/.test(r.path)).length;
			const res = await post(hook.deliveries[0]);
			assert.strictEqual(res.status, 200, `the replay answered ${res.status}`);
			await sleep(2500);
			const after = await api.executionsOf(hook.id);
			const lookups = humaans.requests.filter((r) => r.method === 'GET' && /^\/api\/people\/[^/]+$/.test(r.path)).length;
			// n8n 2.41 drops what the webhook processor stores once it queues an execution, and the
			// worker gets no static data: the repeat is queued, and the trigger's step on the worker
			// stops it with n8n's deduplication store (in the shared database).
			assert.strictEqual(lookups, lookupsBefore, 'the replay ran the action node again');
			const started = after.length - before;
			if (started > 0) {
				await api.successfulExecutions(hook.id, before + started, 60000);
				return `acknowledged with 200; ${started} execution queued, which stopped at the trigger (no person looked up again)`;
			}
			return 'acknowledged with 200, no execution';
		});

		await check('deactivation deletes the webhook', async () => {
			if (!hook.webhook) skip('no webhook registered');
			await api.deactivateWorkflow(hook.id);
			const deadline = Date.now() + 20000;
			while (humaans.table('/api/webhooks').size && Date.now() < deadline) await sleep(250);
			assert.strictEqual(humaans.table('/api/webhooks').size, 0, 'the webhook is still registered in Humaans');
			assert.strictEqual(humaans.calls('DELETE', `/api/webhooks/${hook.webhook.id}`).length, 1);
			return `webhook ${hook.webhook.id} deleted`;
		});

		// --- a template with action nodes of two systems, on the worker ----------------
		await check('the Humaans → ChiefOnboarding template runs its action nodes on the worker with their credentials', async () => {
			const buddy = chief.addUser({ first_name: 'Bo', last_name: 'Buddy', email: 'bo.buddy@acme.test', role: 3 });
			const manager = chief.addUser({ first_name: 'Mo', last_name: 'Manager', email: 'mo.manager@acme.test', role: 2 });
			const welcome = chief.addSequence('Welcome', 'onboarding');
			const wf = prepareTemplate(readTemplate('humaans-new-hire-to-chiefonboarding.json'), {
				name: 'queue - new hire template',
				credentials,
				assignments: { Settings: { buddyEmail: buddy.email, managerEmail: manager.email } },
				parameters: { 'Create New Hire': { 'additionalFields.sequences': [welcome.id] } },
			});
			const id = await importWorkflow(wf);
			hook.webhook = undefined;
			await api.activateWorkflow(id);
			try {
				const webhookId = wf.nodes.find((n) => n.webhookId).webhookId;
				hook.url = `http://127.0.0.1:${webhookPort}/webhook/${webhookId}/webhook`;
				hook.webhook = [...humaans.table('/api/webhooks').values()].find((w) => w.prodEndpointUrl === hook.url);
				assert.ok(hook.webhook, 'the template registered no webhook');
				const [person] = humaans.seed('/api/people', [
					{ firstName: 'Quinn', lastName: 'Queue', email: 'quinn.queue@acme.test', status: 'newHire', employmentStartDate: '2031-02-03' },
				]);
				const res = await post(signed(event(person.id)));
				assert.strictEqual(res.status, 200);
				const executions = await settle(id, 1);
				assert.strictEqual(executions.length, 1);
				assert.deepStrictEqual(ranOnWorker([executions[0].id]), [], 'the worker did not run the execution');
				const hire = [...chief.users.values()].find((u) => u.email === person.email);
				assert.ok(hire, 'no new hire in ChiefOnboarding');
				assert.deepStrictEqual([hire.buddy, hire.manager, hire.start_day, hire.sequences], [buddy.id, manager.id, '2031-02-03', [welcome.id]]);
				assert.ok(chief.requests.every((r) => r.headers.authorization === `Token ${chief.token}`));
				return `execution ${executions[0].id} on the worker: new hire ${hire.id}`;
			} finally {
				await api.deactivateWorkflow(id);
			}
		});

		// --- polling: three polls, each new employee once ---------------------------
		await check('HR Omni Trigger polling on main emits each new employee exactly once across three polls', async () => {
			if (!polling.first) skip('the polling workflow was not activated');
			const waitFor = async (predicate, what, ms = 90000) => {
				const deadline = Date.now() + ms;
				while (!predicate()) {
					if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
					await sleep(500);
				}
			};
			await waitFor(() => newHires(polling.first).length === polling.first.length, 'the first poll after the baseline', 150000);
			const second = addEmployees(['Cleo', 'Dan', 'Eve']);
			await waitFor(() => newHires(second).length === second.length, 'the next poll');
			const pollsThen = pollsSoFar();
			await waitFor(() => pollsSoFar() > pollsThen, 'a poll with nothing new');
			await sleep(3000);
			const all = [...polling.first, ...second];
			const posts = chief.calls('POST', '/api/users/').filter((r) => all.includes(r.body && r.body.email));
			assert.strictEqual(posts.length, all.length, `expected ${all.length} new-hire requests, got ${posts.length}`);
			assert.deepStrictEqual(newHires(all).map((u) => u.email).sort(), [...all].sort());
			const executions = await api.successfulExecutions(polling.id, 2, 30000);
			assert.strictEqual(executions.length, 2, `expected 2 executions (one per poll with news), found ${executions.length}`);
			assert.deepStrictEqual(ranOnWorker(executions.map((e) => e.id)), [], 'executions the worker did not run');
			await api.deactivateWorkflow(polling.id);
			return `${pollsSoFar()} polls, ${all.length} employees → ${all.length} new hires in 2 executions on the worker`;
		});
	} catch (e) {
		if (!(e instanceof SkipError)) {
			const cause = e && e.cause ? `\n    cause: ${e.cause.code || ''} ${e.cause.message || e.cause}` : '';
			record('test-n8n-queue harness', 'FAIL', `${e && e.stack ? e.stack : String(e)}${cause}`);
		}
	} finally {
		const pids = started.map((p) => ({ name: p.name, pid: p.pid }));
		await cleanup();
		const left = pids.filter((p) => alive(p.pid) || alive(p.pid, true));
		if (pids.length) {
			if (left.length) record('everything started is stopped by PID', 'FAIL', left.map((p) => `${p.name} (pid ${p.pid})`).join(', '));
			else record('everything started is stopped by PID', 'PASS', pids.map((p) => `${p.name} ${p.pid}`).join(', '));
		}
		const failed = results.some((r) => r.status === 'FAIL');
		if (process.env.N8N_TEST_KEEP === '1' || (failed && !interrupted)) info(`kept ${path.relative(runtime.PROJECT_DIR, dir)} (logs of n8n, Redis, PostgreSQL)`);
		else fs.rmSync(dir, { recursive: true, force: true });
	}

	const passed = results.filter((r) => r.status === 'PASS').length;
	const failedCount = results.filter((r) => r.status === 'FAIL').length;
	info(`done in ${Math.round((Date.now() - t0) / 1000)} s`);
	say(`${passed} passed, ${failedCount} failed`);
	process.exitCode = interrupted ? 130 : failedCount ? 1 : 0;
}

main().catch((e) => {
	console.error(e);
	say('0 passed, 1 failed');
	process.exit(1);
});
