import { startHrOmni } from '../hromni/setup';
import type { BenchCase } from './measure';
import { fetchAll, measure } from './measure';

const EMPLOYEES = 10_000;
const PAGE = 100;

const hrOmni: BenchCase = {
	name: `HR Omni: Return All of ${EMPLOYEES.toLocaleString('en')} employees`,
	async run() {
		const { server, engine, runIn, company, companyId } = await startHrOmni();
		try {
			server.seedEmployees(company, EMPLOYEES);
			const path = `/company/${companyId}/users/employees`;
			// Warm both paths once (and log in) so neither pays for JIT, connections or the login.
			await runIn({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 10 });
			const stored = engine.credentials.store.get('hrOmniApi') ?? {};
			const headers = {
				Cookie: `${String(stored.sessionToken)}; token=${String(stored.csrfToken)}`,
				'X-Csrf-Token': String(stored.csrfToken),
			};
			await fetch(`${server.baseUrl}${path}?page=1&pageSize=10`, { headers });
			server.reset();

			const node = await measure(async () => await runIn({ resource: 'employee', operation: 'getAll', returnAll: true }));
			if (node.result.error) throw node.result.error;
			const requests = server.calls('GET', path).length;
			const itemCount = node.result.items.length;
			if (itemCount !== EMPLOYEES) throw new Error(`expected ${EMPLOYEES} employees, got ${itemCount}`);

			const plain = await measure(
				async () =>
					await fetchAll(
						(page) => `${server.baseUrl}${path}?page=${page + 1}&pageSize=${PAGE}`,
						headers,
						(body) => (body as { result: { result: unknown[] } }).result.result,
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

export default hrOmni;
