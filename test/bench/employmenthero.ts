import { fromList, startEmploymentHero } from '../employmenthero/setup';
import type { BenchCase } from './measure';
import { compareRuns, fetchAll } from './measure';

const EMPLOYEES = 6_050;
const PAGE = 100; // employmenthero.txt 2287: item_per_page maximum 100

const employmentHero: BenchCase = {
	name: `Employment Hero: Return All of ${EMPLOYEES.toLocaleString('en')} employees (${Math.ceil(EMPLOYEES / PAGE)} pages of ${PAGE})`,
	async run() {
		const { server, run, engine } = await startEmploymentHero();
		try {
			const orgId = String(server.seedOrganisation({ name: 'Bench Pty Ltd' }).id);
			server.seedEmployees(orgId, EMPLOYEES);
			const path = `/api/v1/organisations/${orgId}/employees`;
			const token = String(
				((engine.credentials.store.get('employmentHeroOAuth2Api') as { oauthTokenData: { access_token: string } }).oauthTokenData).access_token,
			);
			const headers = { Authorization: `Bearer ${token}` };
			// Warm both paths once so neither pays for JIT or connection setup alone.
			await run({ resource: 'employee', operation: 'getAll', organisationId: fromList(orgId), returnAll: false, limit: 10 });
			await fetch(`${server.baseUrl}${path}?item_per_page=10`, { headers });
			server.reset();

			return await compareRuns(
				async () => {
					server.reset();
					const result = await run({
						resource: 'employee',
						operation: 'getAll',
						organisationId: fromList(orgId),
						returnAll: true,
						simplify: false,
					});
					if (result.error) throw result.error;
					return { requests: server.calls('GET', path).length, items: result.items.length };
				},
				async () =>
					await fetchAll(
						(page) => `${server.baseUrl}${path}?page_index=${page + 1}&item_per_page=${PAGE}`,
						headers,
						(body) => (body as { data: { items: unknown[] } }).data.items,
						PAGE,
					),
			);
		} finally {
			await server.stop();
		}
	},
};

export default employmentHero;
