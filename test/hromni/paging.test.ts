import type { IDataObject, Workflow } from 'n8n-workflow';
import { FaultProxy } from '../servers/faultProxy';
import type { HrOmniContext } from './setup';
import { HR_OMNI_TRIGGER, byId, startHrOmni } from './setup';

type Json = Record<string, unknown>;
type Envelope = { status: string; result: Json & { result: Json[] } };

/** The same page again under a false total. */
const repeatFirstPage = (_body: Json, _n: number, first: Json) => {
	const { result } = first as Envelope;
	return { ...first, result: { ...result, totalRecords: 100_000, totalPages: 1000 } };
};

/** New records on every page, and a total that grows with them, beyond the first page's 2 pages. */
const endlessPages = (_body: Json, n: number, first: Json) => {
	const { result } = first as Envelope;
	if (n === 1) return { ...first, result: { ...result, totalRecords: 200, totalPages: 2 } };
	if (n > 50) return { ...first, result: { ...result, result: [] } };
	const rows = result.result.map((row) => ({ ...row, id: `${String(row.id)}-page${n}`, userId: `${String(row.userId)}-page${n}` }));
	return { ...first, result: { ...result, result: rows, totalRecords: (n + 1) * 100, totalPages: n + 1 } };
};

/** A server that never lets paging end must fail the list or the poll, not loop (issue: paging always ends). */
describe('HR Omni › paging always ends', () => {
	let ctx: HrOmniContext;
	let C: string;
	const proxy = new FaultProxy(() => ctx.server.baseUrl);
	beforeAll(async () => {
		ctx = await startHrOmni();
		await proxy.start();
		ctx.credentials.baseUrl = proxy.baseUrl;
		ctx.engine.setCredential('hrOmniApi', ctx.credentials);
		C = `/company/${ctx.companyId}`;
		// 1 admin + 99 = 100 company users, all employees: one full page each.
		for (let i = 0; i < 99; i++) ctx.server.addCompanyUser(ctx.company, { firstName: `User${i}`, lastName: 'Paged', email: `user${i}@hippoland.test` }, ctx.admin);
		for (const user of ctx.company.users.values()) user.employment = { status: 'ACTIVE', title: 'Engineer', role: 'EMPLOYEE', startDate: '2020-05-01T00:00:00.000000Z' };
	});
	afterAll(async () => {
		await proxy.stop();
		await ctx.server.stop();
	});
	beforeEach(() => ctx.server.reset());
	afterEach(() => proxy.clear());

	const pages = (path: string) => ctx.server.calls('GET', path).map((r) => r.query.page);

	it('node: fails with a NodeApiError when a full page comes back again under a false total', async () => {
		proxy.rewritePages(`${C}/users`, repeatFirstPage);
		const result = await ctx.runIn({ resource: 'companyUser', operation: 'getAll', returnAll: true });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`HR Omni sent the same records again on page 2 of ${C}/users`);
		expect(pages(`${C}/users`)).toEqual(['1', '2']);
	});

	it('node: fails when full pages keep coming beyond the first page total', async () => {
		proxy.rewritePages(`${C}/users`, endlessPages);
		const result = await ctx.runIn({ resource: 'companyUser', operation: 'getAll', returnAll: true });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(
			`HR Omni kept sending full pages beyond its reported total: page 5 of ${C}/users would exceed the 2 pages the first page reported`,
		);
		expect(pages(`${C}/users`)).toEqual(['1', '2', '3', '4']);
	});

	describe('trigger poll', () => {
		const workflow = (): Workflow =>
			ctx.engine.workflow(
				{ type: HR_OMNI_TRIGGER, parameters: { event: 'newEmployee', companyId: byId(ctx.companyId) }, credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } } },
				{},
			);
		const employees = () => `${C}/users/employees`;

		it('fails the poll (and keeps its state) when the employee list repeats a full page', async () => {
			const wf = workflow();
			expect((await ctx.engine.poll(wf)).data).toBeNull();
			const before = JSON.stringify(wf.staticData);
			ctx.server.reset();
			proxy.rewritePages(employees(), repeatFirstPage);
			await expect(ctx.engine.poll(wf)).rejects.toThrow(`HR Omni sent the same records again on page 2 of ${employees()}`);
			expect(pages(employees())).toEqual(['1', '2']);
			expect(JSON.stringify(wf.staticData)).toBe(before);
			// Once the server behaves again, polling goes on from the same state.
			proxy.clear();
			expect((await ctx.engine.poll(wf)).data).toBeNull();
		});

		it('fails the poll when the employee list never ends', async () => {
			const wf = workflow();
			await ctx.engine.poll(wf);
			proxy.rewritePages(employees(), endlessPages);
			ctx.server.reset();
			const error = (await ctx.engine.poll(wf).catch((e: unknown) => e)) as IDataObject;
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toBe(
				`HR Omni kept sending full pages beyond its reported total: page 5 of ${employees()} would exceed the 2 pages the first page reported`,
			);
			expect(pages(employees())).toEqual(['1', '2', '3', '4']);
		});
	});
});
