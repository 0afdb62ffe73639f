import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties } from 'n8n-workflow';
import { HrOmni } from '../../nodes/HrOmni/HrOmni.node';
import { hrOmniResources } from '../../nodes/HrOmni/resources';
import type { HrOmniContext } from './setup';
import { byId, lastCall, startHrOmni } from './setup';

/** Behaviour every HR Omni operation shares: paging, errors, bad input, IDs, lookups. */
describe('HR Omni › shared behaviour', () => {
	let ctx: HrOmniContext;
	let C: string;
	beforeAll(async () => {
		ctx = await startHrOmni();
		C = `/company/${ctx.companyId}`;
		// 1 admin + 249 = 250 company users.
		for (let i = 0; i < 249; i++) ctx.server.addCompanyUser(ctx.company, { firstName: `User${i}`, lastName: 'Paged', email: `user${i}@hippoland.test` }, ctx.admin);
		for (let i = 0; i < 130; i++) ctx.company.departments.set(`dep_${i}`, { id: `dep_${i}`, name: `Department ${i}` });
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const pages = (path: string) => ctx.server.calls('GET', path).map((r) => r.query);

	it('Return All pages with page/pageSize=100 until totalPages', async () => {
		const result = await ctx.runIn({ resource: 'companyUser', operation: 'getAll', returnAll: true });
		expect(result.json).toHaveLength(250);
		expect(new Set(result.json.map((u) => u.id)).size).toBe(250);
		expect(pages(`${C}/users`)).toEqual([
			{ page: '1', pageSize: '100' },
			{ page: '2', pageSize: '100' },
			{ page: '3', pageSize: '100' },
		]);
	});

	it('Return All reads the departments envelope (echoing currentPage as sent) the same way', async () => {
		const result = await ctx.runIn({ resource: 'department', operation: 'getAll', returnAll: true });
		expect(result.json).toHaveLength(130);
		expect(pages(`${C}/departments`)).toEqual([
			{ page: '1', pageSize: '100' },
			{ page: '2', pageSize: '100' },
		]);
	});

	it('Limit asks only for what is needed: one small page, or full pages up to the limit', async () => {
		const small = await ctx.runIn({ resource: 'companyUser', operation: 'getAll', returnAll: false, limit: 7 });
		expect(small.json).toHaveLength(7);
		expect(pages(`${C}/users`)).toEqual([{ page: '1', pageSize: '7' }]);
		ctx.server.reset();
		const large = await ctx.runIn({ resource: 'companyUser', operation: 'getAll', returnAll: false, limit: 150 });
		expect(large.json).toHaveLength(150);
		expect(pages(`${C}/users`)).toEqual([
			{ page: '1', pageSize: '100' },
			{ page: '2', pageSize: '100' },
		]);
		expect(large.json[100].id).not.toBe(large.json[0].id);
	});

	it('stops at totalPages when the last page is full', async () => {
		const extra = [...ctx.company.departments.keys()].slice(100);
		for (const id of extra) ctx.company.departments.delete(id);
		const result = await ctx.runIn({ resource: 'department', operation: 'getAll', returnAll: true });
		expect(result.json).toHaveLength(100);
		expect(ctx.server.calls('GET', `${C}/departments`)).toHaveLength(1);
	});

	it('turns an HR Omni error body into a NodeApiError with the code, its meaning and the recovery', async () => {
		const result = await ctx.runIn({ resource: 'department', operation: 'get', departmentId: byId('dep_missing') });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Not found: Department not found [code 4001]');
		expect(result.error?.description).toBe('No record with the requested ID exists: check the ID.');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('404');
	});

	it('refuses bad input of any item with a NodeOperationError before the first request', async () => {
		const result = await ctx.runIn(
			{ resource: 'department', operation: 'create', name: '={{ $json.name }}' },
			[{ json: { name: 'Fine' } }, { json: { name: '' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Name" in item 1: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
		const noCompany = await ctx.run({ resource: 'company', operation: 'get', companyId: byId('={{ $json.c }}') }, [{ json: { c: '' } }]);
		expect(noCompany.error?.message).toBe('Invalid "Company" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('accepts dates from date pickers, luxon values and JS dates, and sends the format each field documents', async () => {
		const { runIn, server, company } = ctx;
		company.departments.set('dep_x', { id: 'dep_x', name: 'X' });
		const user = String(server.addCompanyUser(company, { firstName: 'D', lastName: 'Ates', email: 'dates@hippoland.test' }, ctx.admin).id);
		const hours = { hoursMonday: 'off', hoursTuesday: 'off', hoursWednesday: 'off', hoursThursday: 'off', hoursFriday: 'off', hoursSaturday: 'off', hoursSunday: 'off' };
		const employment = { userId: byId(user), departmentId: byId('dep_x'), title: 'T', role: 'EMPLOYEE', ...hours };
		// Employment documents dd-mm-yyyy: a luxon DateTime from an expression.
		await runIn({ resource: 'employment', operation: 'create', ...employment, startDate: "={{ DateTime.fromISO('2021-02-03') }}" });
		expect((lastCall(server).body as { startDate: string }).startDate).toBe('03-02-2021');
		// Create user documents ISO: a JS Date from an expression (its day in the workflow's time zone).
		await runIn({ resource: 'companyUser', operation: 'create', firstName: 'J', lastName: 'S', email: 'js@hippoland.test', sendInvite: false, additionalFields: { dateOfBirth: "={{ new Date('1990-07-08T12:00:00Z') }}" } });
		expect((lastCall(server).body as { dateOfBirth: string }).dateOfBirth).toBe('1990-07-08');
		// Update user documents dd-mm-yyyy: a date picker value with a time.
		await runIn({ resource: 'companyUser', operation: 'update', userId: byId(user), firstName: 'D', lastName: 'Ates', email: 'dates@hippoland.test', updateFields: { dateOfBirth: '1985-12-31T00:00:00' } });
		expect((lastCall(server).body as { dateOfBirth: string }).dateOfBirth).toBe('31-12-1985');
	});

	it('encodes IDs in paths and refuses dot segments before any request', async () => {
		await ctx.runIn({ resource: 'department', operation: 'get', departmentId: byId('../users/x') });
		expect(lastCall(ctx.server).path).toBe(`${C}/departments/..%2Fusers%2Fx`);
		ctx.server.reset();
		const dots = await ctx.runIn({ resource: 'companyUser', operation: 'delete', userId: byId('..') });
		expect(dots.error?.name).toBe('NodeOperationError');
		expect(dots.error?.message).toContain('Invalid "User" in item 0');
		const company = await ctx.run({ resource: 'company', operation: 'get', companyId: byId('.') });
		expect(company.error?.message).toContain('Invalid "Company" in item 0');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('Continue On Fail gives an error item per failed item and goes on', async () => {
		const result = await ctx.runIn(
			{ resource: 'department', operation: 'get', departmentId: byId('={{ $json.id }}') },
			[{ json: { id: 'dep_missing' } }, { json: { id: 'dep_3' } }, { json: { id: '' } }],
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0]).toEqual({ json: { error: 'Not found: Department not found [code 4001]' }, pairedItem: { item: 0 } });
		expect(result.items[1]).toMatchObject({ json: { id: 'dep_3', name: 'Department 3' }, pairedItem: { item: 1 } });
		expect(result.items[2]).toEqual({ json: { error: 'Invalid "Department" in item 2: a value is required' }, pairedItem: { item: 2 } });
	});

	it('lists companies, users and departments for the pickers, with prefix search and paging tokens', async () => {
		const { search, companyId } = ctx;
		const companies = await search('searchCompany', { resource: 'company', operation: 'get' }, 'hippo');
		expect(companies).toEqual({ results: [{ name: 'Hippoland ltd.', value: companyId }], paginationToken: undefined });
		expect(lastCall(ctx.server).query).toEqual({ page: '1', pageSize: '100', search: 'hippo*' });

		const noCompany = search('searchUser', { resource: 'companyUser', operation: 'get', companyId: { __rl: true, mode: 'list', value: '' } });
		await expect(noCompany).rejects.toThrow('Choose a Company first');

		const first = await search('searchUser', { resource: 'companyUser', operation: 'get', companyId: byId(companyId) });
		expect((first.results as unknown[]).length).toBe(100);
		expect(first.paginationToken).toBe('2');
		const third = await search('searchUser', { resource: 'companyUser', operation: 'get', companyId: byId(companyId) }, undefined, '3');
		expect((third.results as unknown[]).length).toBe(ctx.company.users.size - 200);
		expect(third.paginationToken).toBeUndefined();
		const found = await search('searchUser', { resource: 'companyUser', operation: 'get', companyId: byId(companyId) }, 'user12 paged');
		expect(lastCall(ctx.server).query).toMatchObject({ search: 'user12* paged*' });
		expect(found.results).toEqual(expect.arrayContaining([{ name: 'User12 Paged (user12@hippoland.test)', value: expect.stringMatching(/^usr_/) }]));

		const departments = await search('searchDepartment', { resource: 'department', operation: 'get', companyId: byId(companyId) }, 'department 7');
		// "7" becomes the prefix keyword 7*: Department 7 and 70–79.
		expect((departments.results as Array<{ name: string }>).map((d) => d.name)).toEqual(['Department 7', ...Array.from({ length: 10 }, (_, i) => `Department 7${i}`)]);

		ctx.company.modules.LEAVE_MANAGEMENT = true;
		ctx.company.leaveTypes.set('lt_1', { id: 'lt_1', name: 'Holiday', color: '#E76F3D' });
		ctx.company.leaveTypes.set('lt_2', { id: 'lt_2', name: 'Sick leave', color: '#65EE7B' });
		const types = await search('searchLeaveType', { resource: 'leaveType', operation: 'get', companyId: byId(companyId) }, 'sick');
		expect(types).toEqual({ results: [{ name: 'Sick leave', value: 'lt_2' }] });
		expect(lastCall(ctx.server).rawQuery).toBe('');

		const countries = await search('searchCountry', { resource: 'company', operation: 'create' }, 'king');
		expect(countries.results).toEqual([{ name: 'United Kingdom (GB)', value: '2' }]);
	});

	it('offers a Company picker (list of GET /user/select/company) on every company-scoped operation', () => {
		const { properties } = new HrOmni().description;
		const companyParams = properties.filter((p) => p.name === 'companyId');
		// One property serves several operations: count the operations it is shown for.
		const shownFor = companyParams.reduce(
			(n, p) => n + (p.displayOptions?.show?.resource?.length ?? 0) * (p.displayOptions?.show?.operation?.length ?? 0),
			0,
		);
		expect(shownFor).toBeGreaterThan(70);
		for (const param of companyParams) {
			expect(param.type).toBe('resourceLocator');
			expect((param as INodeProperties & { modes: Array<{ name: string; typeOptions?: { searchListMethod?: string } }> }).modes[0]).toMatchObject({
				name: 'list',
				typeOptions: { searchListMethod: 'searchCompany' },
			});
		}
		const idParams = properties.filter((p) => /^(userId|departmentId|leaveTypeId|assetId|typeId|projectId)$/.test(p.name));
		expect(idParams.every((p) => p.type === 'resourceLocator')).toBe(true);
	});

	it('exposes all 96 documented endpoints as operations, and the tests exercise every one', () => {
		const all = hrOmniResources.flatMap((r) => r.operations.map((o) => `${r.value}.${o.value}`));
		expect(all).toHaveLength(96);
		expect(hrOmniResources).toHaveLength(27);
		const endpoints = new Set(hrOmniResources.flatMap((r) => r.operations.map((o) => `${o.method} ${o.path}`)));
		// One operation per endpoint: no two operations share a method and path.
		expect(endpoints.size).toBe(96);
		const dir = __dirname;
		const text = readdirSync(dir)
			.filter((f) => f.endsWith('.test.ts'))
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.join('\n');
		const exercised = new Set([...text.matchAll(/resource: '(\w+)',\s*operation: '(\w+)'/g)].map((m) => `${m[1]}.${m[2]}`));
		expect(all.filter((op) => !exercised.has(op))).toEqual([]);
	});
});
