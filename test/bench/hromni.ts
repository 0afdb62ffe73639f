import { startHrOmni } from '../hromni/setup';
import type { BenchCase } from './measure';
import { compareRuns, fetchAll } from './measure';

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

			return await compareRuns(
				async () => {
					server.reset();
					const result = await runIn({ resource: 'employee', operation: 'getAll', returnAll: true });
					if (result.error) throw result.error;
					if (result.items.length !== EMPLOYEES) throw new Error(`expected ${EMPLOYEES} employees, got ${result.items.length}`);
					return { requests: server.calls('GET', path).length, items: result.items.length };
				},
				async () =>
					await fetchAll(
						(page) => `${server.baseUrl}${path}?page=${page + 1}&pageSize=${PAGE}`,
						headers,
						(body) => (body as { result: { result: unknown[] } }).result.result,
						PAGE,
					),
			);
		} finally {
			await server.stop();
		}
	},
};

export default hrOmni;
