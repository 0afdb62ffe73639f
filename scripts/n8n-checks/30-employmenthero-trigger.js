'use strict';

/**
 * Employment Hero Trigger in a real n8n: publish a workflow, then POST deliveries to its
 * production URL the way Employment Hero's webhook sender would (employmenthero.txt
 * 2318–2338). A delivery with the secret answers 200 at once and starts one execution;
 * a wrong secret gets 401 and an unpicked event 200, neither starting an execution.
 */
const assert = require('assert');

const SECRET = 'n8n-check-secret-7f3a9c';
const WEBHOOK_ID = 'b3f1e2d4-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const leaveApproved = {
	data: {
		id: '1c8a8e41-82c8-4311-8115-07994dd28ac2',
		approved: true,
		end_date: '2020-02-04',
		start_date: '2020-02-04',
		employee_id: 'ba967883-a3db-44a0-b807-bfac746599f7',
	},
	event: 'leave_request_approved',
};

async function executionsOf(ctx, workflowId) {
	const r = await ctx.rest('GET', `/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	const data = r.body && r.body.data;
	return (data && (data.results || data)) || [];
}

async function waitForExecutions(ctx, workflowId, count, timeoutMs = 20000) {
	const started = Date.now();
	let found = [];
	while (Date.now() - started < timeoutMs) {
		found = await executionsOf(ctx, workflowId);
		if (found.length >= count) return found;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return found;
}

module.exports = async function employmentHeroTrigger(ctx) {
	const id = await ctx.importWorkflow({
		name: 'test:n8n - Employment Hero Trigger',
		nodes: [
			{
				id: 'c1d2e3f4-0000-4000-8000-000000000001',
				name: 'Employment Hero Trigger',
				type: `${ctx.packageName}.employmentHeroTrigger`,
				typeVersion: 1,
				position: [0, 0],
				webhookId: WEBHOOK_ID,
				parameters: { events: ['leave_request_approved', 'employee_created'], secret: SECRET },
			},
		],
		connections: {},
	});
	await ctx.activateWorkflow(id);
	const url = ctx.webhookUrl('webhook', WEBHOOK_ID);
	const post = async (query, body) =>
		await fetch(`${url}${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

	try {
		const wrong = await post('?secret=nope', leaveApproved);
		assert.strictEqual(wrong.status, 401, `wrong secret: expected 401, got ${wrong.status}`);
		const ignored = await post(`?secret=${SECRET}`, { ...leaveApproved, event: 'bank_account_deleted' });
		assert.strictEqual(ignored.status, 200, `unpicked event: expected 200, got ${ignored.status}`);
		assert.deepStrictEqual(await ignored.json(), { received: true, ignored: true });

		const accepted = await post(`?secret=${SECRET}`, leaveApproved);
		assert.strictEqual(accepted.status, 200, `delivery: expected 200, got ${accepted.status}`);
		assert.strictEqual(await accepted.text(), '', 'the delivery is answered with an empty body');

		const executions = await waitForExecutions(ctx, id, 1);
		assert.strictEqual(executions.length, 1, `expected exactly 1 execution, found ${executions.length}`);
		// Nothing else arrives later: the refused and ignored deliveries started nothing.
		await new Promise((resolve) => setTimeout(resolve, 1000));
		assert.strictEqual((await executionsOf(ctx, id)).length, 1, 'a refused or ignored delivery started an execution');
		return `workflow ${id}: 401 for a wrong secret, 200 ignored for an unpicked event, 200 + 1 execution for a delivery`;
	} finally {
		await ctx.deactivateWorkflow(id);
	}
};
