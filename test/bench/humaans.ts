import { startHumaans } from '../humaans/setup';
import type { BenchCase } from './measure';
import { fetchAll, measure } from './measure';

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

			const node = await measure(async () => await run({ resource: 'person', operation: 'getAll', returnAll: true, simplify: false }));
			if (node.result.error) throw node.result.error;
			const requests = server.calls('GET', '/api/people').length;
			const itemCount = node.result.items.length;

			const plain = await measure(
				async () =>
					await fetchAll(
						(page) => `${server.baseUrl}/api/people?$limit=${PAGE}&$skip=${page * PAGE}`,
						{ Authorization: `Bearer ${server.token}` },
						(body) => (body as { data: unknown[] }).data,
						PAGE,
					),
			);
			return {
				requests,
				itemCount,
				nodeMs: node.ms,
				fetchMs: plain.ms,
				fetchRequests: plain.result.requests,
				peakHeapMb: node.peakHeapMb,
			};
		} finally {
			await server.stop();
		}
	},
};

export default humaans;
