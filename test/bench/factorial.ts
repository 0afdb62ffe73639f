import type { IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { FactorialApi } from '../../credentials/FactorialApi.credentials';
import { Factorial } from '../../nodes/Factorial/Factorial.node';
import { Engine } from '../harness/engine';
import { API_PREFIX, startFactorialServer } from '../servers/factorial/server';
import type { BenchCase } from './measure';
import { compareRuns, fetchAll, httpAll, measure } from './measure';

const EMPLOYEES = 10_000;
const PAGE = 100;
const PATH = `${API_PREFIX}/employees/employees`;

/** The floor: cursor paging with n8n's own HTTP helper and nothing else. */
class HelperLoop implements INodeType {
	description = {
		displayName: 'Helper Loop',
		name: 'helperLoop',
		group: ['transform'],
		version: 1,
		description: 'Bench baseline',
		defaults: { name: 'Helper Loop' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'factorialApi', required: true }],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const { baseUrl } = await this.getCredentials('factorialApi');
		const out: INodeExecutionData[] = [];
		let cursor: string | undefined;
		for (;;) {
			const page = (await this.helpers.httpRequestWithAuthentication.call(this, 'factorialApi', {
				url: `${String(baseUrl)}${PATH}`,
				qs: cursor ? { limit: PAGE, after_id: cursor } : { limit: PAGE },
				json: true,
			})) as { data: Array<Record<string, unknown>>; meta: { has_next_page: boolean; end_cursor?: string } };
			for (const json of page.data) out.push({ json: json as INodeExecutionData['json'], pairedItem: { item: 0 } });
			if (!page.meta.has_next_page || !page.meta.end_cursor) break;
			cursor = page.meta.end_cursor;
		}
		return [out];
	}
}

const factorial: BenchCase = {
	name: `Factorial: Return All of ${EMPLOYEES.toLocaleString('en')} employees`,
	async run() {
		const server = await startFactorialServer();
		try {
			server.clear('/employees/employees');
			server.seedMany('/employees/employees', EMPLOYEES);
			const engine = new Engine({
				nodes: { factorial: new Factorial(), helperLoop: new HelperLoop() },
				credentialTypes: { factorialApi: new FactorialApi() },
			});
			engine.setCredential('factorialApi', { apiKey: server.apiKey, environment: 'custom', baseUrl: server.baseUrl });
			const credentials = { factorialApi: { id: '1', name: 'Factorial' } };
			const run = async (parameters: Record<string, unknown>) =>
				await engine.run({ type: 'n8n-nodes-hris.factorial', parameters: parameters as never, credentials });
			const helperLoop = async () => await engine.run({ type: 'n8n-nodes-hris.helperLoop', parameters: {}, credentials });
			const headers = { 'x-api-key': server.apiKey };
			// The fetch loop pages by number (Factorial's offset mode), which costs the server the same.
			const pageUrl = (page: number) => `${server.baseUrl}${PATH}?limit=${PAGE}&page=${page + 1}`;
			const readItems = (body: unknown) => (body as { data: unknown[] }).data;

			// Warm both paths once so neither pays for JIT or connection setup alone.
			await run({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 10 });
			await fetch(pageUrl(0), { headers });
			await helperLoop();
			const helperMs: number[] = [];
			for (let round = 0; round < 5; round++) helperMs.push((await measure(helperLoop)).ms);
			const result = await compareRuns(
				async () => {
					server.reset();
					const result = await run({ resource: 'employee', operation: 'getAll', returnAll: true, simplify: false });
					if (result.error) throw result.error;
					return { requests: server.calls('GET', PATH).length, items: result.items.length };
				},
				async () => await fetchAll(pageUrl, headers, readItems, PAGE),
				5,
				async () => await httpAll(pageUrl, headers, readItems, PAGE),
			);
			return { ...result, helperMs: [...helperMs].sort((a, b) => a - b)[2] };
		} finally {
			await server.stop();
		}
	},
};

export default factorial;
