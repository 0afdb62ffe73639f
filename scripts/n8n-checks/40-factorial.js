'use strict';

/**
 * Factorial in a real n8n, against the Factorial contract server (test/servers/factorial):
 * a workflow with the Factorial node (API-key credential) runs in the running n8n, pages
 * through 250 employees with `limit`/`after_id`, and a Factorial Time Off node in the same
 * workflow creates a leave for the first of them.
 */
const assert = require('assert');
const { serverModule } = require('./lib/servers');

const PREFIX = '/api/2026-07-01/resources';

const loadServerModule = () => serverModule('factorial');

module.exports = {
	async 'Factorial nodes run in n8n with the API-key credential'(ctx) {
		const { startFactorialServer } = loadServerModule();
		const server = await startFactorialServer();
		try {
			server.clear('/employees/employees');
			server.seedMany('/employees/employees', 250);
			server.reset();
			const [credential] = await ctx.importCredentials([
				{
					name: 'Factorial (contract server)',
					type: 'factorialApi',
					data: { apiKey: server.apiKey, environment: 'custom', baseUrl: server.baseUrl },
				},
			]);
			const credentials = { factorialApi: { id: credential.id, name: 'Factorial (contract server)' } };
			const id = await ctx.importWorkflow({
				name: 'test:n8n - Factorial employees and a leave',
				nodes: [
					{ id: 'c0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
					{
						id: 'c0000000-0000-4000-8000-000000000002',
						name: 'Factorial',
						type: `${ctx.packageName}.factorial`,
						typeVersion: 1,
						position: [220, 0],
						parameters: { authentication: 'apiKey', resource: 'employee', operation: 'getAll', returnAll: true, simplify: true },
						credentials,
					},
					{
						id: 'c0000000-0000-4000-8000-000000000003',
						name: 'Factorial Time Off',
						type: `${ctx.packageName}.factorialTimeOff`,
						typeVersion: 1,
						position: [440, 0],
						executeOnce: true,
						parameters: {
							authentication: 'apiKey',
							resource: 'leave',
							operation: 'create',
							employeeId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
							startOn: '2026-08-03',
							additionalFields: { leaveTypeId: { __rl: true, mode: 'id', value: '1' }, finishOn: '2026-08-07', description: 'Summer' },
						},
						credentials,
					},
				],
				connections: {
					Start: { main: [[{ node: 'Factorial', type: 'main', index: 0 }]] },
					Factorial: { main: [[{ node: 'Factorial Time Off', type: 'main', index: 0 }]] },
				},
			});
			const run = await ctx.executeWorkflow(id);
			assert.ok(run.ok, `execution ${run.executionId} ended ${run.status}: ${run.error && run.error.message}`);
			const employees = ctx.outputOf(run.data, 'Factorial');
			assert.strictEqual(employees.length, 250, `expected 250 employees, got ${employees.length}`);
			const pages = server.calls('GET', `${PREFIX}/employees/employees`);
			assert.strictEqual(pages.length, 3, `expected 3 pages of 100, got ${pages.length}`);
			assert.ok(pages.every((page) => page.headers['x-api-key'] === server.apiKey), 'API key not sent as x-api-key');
			assert.ok(pages.every((page) => /(^|&)limit=100(&|$)/.test(page.rawQuery)), 'pages not asked with limit=100');
			const leaves = ctx.outputOf(run.data, 'Factorial Time Off');
			assert.strictEqual(leaves.length, 1, `expected one leave, got ${leaves.length}`);
			const [create] = server.calls('POST', `${PREFIX}/timeoff/leaves`);
			assert.deepStrictEqual(create.body, {
				employee_id: String(employees[0].id),
				leave_type_id: '1',
				start_on: '2026-08-03',
				finish_on: '2026-08-07',
				description: 'Summer',
			});
			return `workflow ${id}: 250 employees in 3 pages, one leave created`;
		} finally {
			await server.stop();
		}
	},
};
