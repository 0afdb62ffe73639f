'use strict';

/**
 * Smoke check for the harness itself: save a workflow with a Manual Trigger
 * and a No Operation node, run it in the running n8n, and look at the output.
 */
const assert = require('assert');

module.exports = async function noopWorkflow(ctx) {
	const id = await ctx.importWorkflow({
		name: 'test:n8n smoke - noOp',
		nodes: [
			{
				id: 'a7c9b1d2-0000-4000-8000-000000000001',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'a7c9b1d2-0000-4000-8000-000000000002',
				name: 'No Operation',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] },
		},
	});

	const run = await ctx.executeWorkflow(id);
	assert.ok(!run.error, `execution failed: ${run.error && run.error.message}`);
	assert.strictEqual(run.status, 'success', `execution ${run.executionId} ended ${run.status}`);
	assert.strictEqual(run.data.finished, true, 'execution not finished');

	const items = ctx.outputOf(run, 'No Operation');
	assert.strictEqual(items.length, 1, `expected 1 item from No Operation, got ${items.length}`);
	return `workflow ${id} ran, lastNodeExecuted=${run.data.data.resultData.lastNodeExecuted}`;
};
