import { startHumaans } from '../humaans/setup';
import type { BenchCase } from './measure';
import { compareRuns, fetchAll, httpAll } from './measure';

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
			return await compareRuns(
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
		} finally {
			await server.stop();
		}
	},
};

export default humaans;
