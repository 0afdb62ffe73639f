import { EmploymentHeroTrigger } from '../../nodes/EmploymentHero/EmploymentHeroTrigger.node';
import { WEBHOOK_SAMPLES } from '../servers/employmenthero/server';
import type { EmploymentHeroContext } from './setup';
import { startEmploymentHero } from './setup';

const SECRET = 'Zq8-v4c1Lr0s9dPpT2wYk6Hf';

const ALL_EVENTS = [
	'employee_created',
	'employee_onboarded',
	'employee_updated',
	'employee_offboarding',
	'leave_request_created',
	'leave_request_updated',
	'leave_request_approved',
	'leave_request_declined',
	'leave_request_deleted',
	'bank_account_created',
	'bank_account_updated',
	'bank_account_deleted',
	'employment_history_created',
	'employment_history_updated',
	'employment_history_deleted',
];

describe('Employment Hero Trigger', () => {
	let ctx: EmploymentHeroContext;
	beforeAll(async () => {
		ctx = await startEmploymentHero();
	});
	afterAll(async () => await ctx.server.stop());

	const workflow = (events: string[], secret = SECRET) => ctx.triggerWorkflow({ events, secret });

	it('offers the 15 documented events, sorted, with their machine names', () => {
		const property = new EmploymentHeroTrigger().description.properties.find((p) => p.name === 'events');
		const options = (property?.options ?? []) as Array<{ name: string; value: string }>;
		expect(options.map((o) => o.value).sort()).toEqual([...ALL_EVENTS].sort());
		expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
		expect(options.find((o) => o.value === 'bank_account_created')?.name).toBe('Employee Bank Account Created');
	});

	it('has nothing to register on activation: webhooks are added by hand in the Developer Portal', async () => {
		const methods = ctx.engine.webhookMethods(workflow(['employee_created']));
		await expect(methods.checkExists()).resolves.toBe(true);
		await expect(methods.create()).resolves.toBe(true);
		await expect(methods.delete()).resolves.toBe(true);
		expect(ctx.server.requests).toHaveLength(0);
	});

	it.each([
		['employee', WEBHOOK_SAMPLES.employee],
		['leave request', WEBHOOK_SAMPLES.leaveRequest],
		['bank account', WEBHOOK_SAMPLES.bankAccount],
		['employment history', WEBHOOK_SAMPLES.employmentHistory],
	])('starts the workflow for the %s event shape of the document, with the right secret', async (_kind, sample) => {
		const wf = workflow(ALL_EVENTS);
		const delivery = await ctx.engine.deliver(wf, { body: sample, query: { secret: SECRET } });
		// Answered by n8n right away (responseMode onReceived, no body): nothing written here.
		expect(delivery.response.ended).toBe(false);
		expect(delivery.result.noWebhookResponse).toBeUndefined();
		expect(delivery.execution?.error).toBeUndefined();
		expect(delivery.execution?.json).toEqual([{ event: sample.event, data: sample.data }]);
		expect(JSON.stringify(delivery.execution?.run)).not.toContain(SECRET);
	});

	it('answers 200 and starts nothing for events that were not picked', async () => {
		const wf = workflow(['leave_request_approved', 'leave_request_declined']);
		const ignored = await ctx.engine.deliver(wf, { body: WEBHOOK_SAMPLES.employee, query: { secret: SECRET } });
		expect(ignored.result.workflowData).toBeUndefined();
		expect(ignored.result.webhookResponse).toEqual({ received: true, ignored: true });
		expect(ignored.response.statusCode).toBe(200);
		expect(ignored.execution).toBeUndefined();

		const picked = await ctx.engine.deliver(wf, { body: WEBHOOK_SAMPLES.leaveRequest, query: { secret: SECRET } });
		expect(picked.execution?.json).toEqual([{ event: 'leave_request_approved', data: WEBHOOK_SAMPLES.leaveRequest.data }]);
	});

	it('matches bank account events with or without the employee_ prefix', async () => {
		const wf = workflow(['bank_account_updated']);
		const prefixed = await ctx.engine.deliver(wf, {
			body: { ...WEBHOOK_SAMPLES.bankAccount, event: 'employee_bank_account_updated' },
			query: { secret: SECRET },
		});
		expect(prefixed.execution?.json[0]).toMatchObject({ event: 'employee_bank_account_updated' });
		const created = await ctx.engine.deliver(wf, { body: WEBHOOK_SAMPLES.bankAccount, query: { secret: SECRET } });
		expect(created.execution).toBeUndefined();
	});

	it.each([
		['a wrong secret', { secret: 'not-the-secret' }],
		['a secret of another length', { secret: `${SECRET}x` }],
		['no secret', {}],
		['the secret twice, one wrong', { secret: ['nope', SECRET] }],
	])('refuses a delivery with %s: 401 and no execution', async (_case, query) => {
		const delivery = await ctx.engine.deliver(workflow(ALL_EVENTS), { body: WEBHOOK_SAMPLES.employee, query });
		expect(delivery.response.statusCode).toBe(401);
		expect(delivery.response.ended).toBe(true);
		expect(delivery.result).toEqual({ noWebhookResponse: true });
		expect(delivery.execution).toBeUndefined();
	});

	it('accepts deliveries without a secret when none is configured', async () => {
		const delivery = await ctx.engine.deliver(workflow(ALL_EVENTS, ''), { body: WEBHOOK_SAMPLES.employmentHistory });
		expect(delivery.execution?.json[0]).toMatchObject({ event: 'employment_history_created' });
	});

	it('refuses a body that is not an Employment Hero event with 400', async () => {
		const delivery = await ctx.engine.deliver(workflow(ALL_EVENTS), { body: { hello: 'world' }, query: { secret: SECRET } });
		expect(delivery.response.statusCode).toBe(400);
		expect(delivery.execution).toBeUndefined();
	});

	it('responds without waiting for the workflow (onReceived, empty 200 body)', () => {
		const [webhook] = new EmploymentHeroTrigger().description.webhooks ?? [];
		expect(webhook).toMatchObject({ httpMethod: 'POST', responseMode: 'onReceived', responseData: 'noData', path: 'webhook' });
	});
});
