import type { IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { HumaansApi } from '../../credentials/HumaansApi.credentials';
import { Engine } from '../harness/engine';
import { startHumaans } from '../humaans/setup';
import type { BenchCase } from './measure';
import { compareRuns, fetchAll, httpAll, measure } from './measure';

/**
 * The least a node can do in n8n: page with n8n's own HTTP helper and emit the records.
 * The Humaans node measured against it shows what our code adds on top of n8n itself.
 */
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
		credentials: [{ name: 'humaansApi', required: true }],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const { baseUrl } = await this.getCredentials('humaansApi');
		const out: INodeExecutionData[] = [];
		for (let skip = 0; ; skip += PAGE) {
			const page = (await this.helpers.httpRequestWithAuthentication.call(this, 'humaansApi', {
				url: `${String(baseUrl)}/api/people`,
				qs: { $limit: PAGE, $skip: skip },
				json: true,
			})) as { total: number; data: Array<Record<string, unknown>> };
			for (const json of page.data) out.push({ json: json as INodeExecutionData['json'], pairedItem: { item: 0 } });
			if (out.length >= page.total || page.data.length < PAGE) break;
		}
		return [out];
	}
}

const PEOPLE = 50_000;
const PAGE = 250;

const humaans: BenchCase = {
	name: `Humaans: Return All of ${PEOPLE.toLocaleString('en')} people`,
	async run() {
		const { server, run } = await startHumaans();
		try {
			server.seed(
				'/api/people',
				Array.from({ length: PEOPLE }, (_, i) => ({
					firstName: `First${i}`,
					lastName: `Last${i}`,
					email: `person${i}@example.com`,
					status: 'active',
				})),
			);
			// Warm both paths once so neither pays for JIT or connection setup alone.
			await run({ resource: 'person', operation: 'getAll', returnAll: false, limit: 10 });
			await fetch(`${server.baseUrl}/api/people?$limit=10`, { headers: { Authorization: `Bearer ${server.token}` } });
			server.reset();

			const pageUrl = (page: number) => `${server.baseUrl}/api/people?$limit=${PAGE}&$skip=${page * PAGE}`;
			const headers = { Authorization: `Bearer ${server.token}` };
			const readItems = (body: unknown) => (body as { data: unknown[] }).data;
			const helperEngine = new Engine({ nodes: { helperLoop: new HelperLoop() }, credentialTypes: { humaansApi: new HumaansApi() } });
			helperEngine.setCredential('humaansApi', { accessToken: server.token, baseUrl: server.baseUrl });
			const helperLoop = async () =>
				await helperEngine.run({ type: 'n8n-nodes-hris.helperLoop', parameters: {}, credentials: { humaansApi: { id: '1', name: 'h' } } });
			await helperLoop();
			const helperMs: number[] = [];
			for (let round = 0; round < 5; round++) helperMs.push((await measure(helperLoop)).ms);
			const result = await compareRuns(
				async () => {
					server.reset();
					const result = await run({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false });
					if (result.error) throw result.error;
					return { requests: server.calls('GET', '/api/people').length, items: result.items.length };
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

export default humaans;
