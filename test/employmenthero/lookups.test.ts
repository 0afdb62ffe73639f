import type { INodeListSearchResult, INodePropertyOptions, INodeProperties } from 'n8n-workflow';
import { EmploymentHero } from '../../nodes/EmploymentHero/EmploymentHero.node';
import type { EmploymentHeroContext } from './setup';
import { bearer, fromList, seedWorld, startEmploymentHero } from './setup';

/** The dropdowns and resource locators that spare users from pasting IDs. */
describe('Employment Hero › lookups', () => {
	let ctx: EmploymentHeroContext;
	let w: ReturnType<typeof seedWorld>;
	let bigOrgId: string;
	beforeAll(async () => {
		ctx = await startEmploymentHero();
		w = seedWorld(ctx.server);
		bigOrgId = String(ctx.server.seedOrganisation({ name: 'Big Co', country: 'NZ' }).id);
		ctx.server.seedEmployees(bigOrgId, 150);
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const search = async (method: string, organisationId?: string, filter?: string, token?: string) =>
		(await ctx.loadOptions(
			'listSearch',
			method,
			organisationId ? { organisationId: fromList(organisationId) } : {},
			filter,
			token,
		)) as INodeListSearchResult;

	it('describes Organisation, Employee and Team as resource locators with a searchable list', () => {
		const properties = new EmploymentHero().description.properties;
		const find = (name: string) => properties.find((p) => p.name === name) as INodeProperties;
		for (const [name, method] of [
			['organisationId', 'searchOrganisation'],
			['employeeId', 'searchEmployee'],
			['teamId', 'searchTeam'],
		]) {
			const property = find(name);
			expect(property.type).toBe('resourceLocator');
			expect(property.modes?.map((m) => m.name)).toEqual(['list', 'id']);
			expect(property.modes?.[0].typeOptions).toEqual({ searchListMethod: method, searchable: true });
		}
	});

	it('reloads the member options of the rostered-shift filter when the organisation changes', () => {
		const filters = new EmploymentHero().description.properties.find(
			(p) => p.name === 'filters' && p.displayOptions?.show?.resource?.includes('rosteredShift'),
		) as INodeProperties;
		const members = (filters.options as INodeProperties[]).find((p) => p.name === 'member_ids') as INodeProperties;
		expect(members).toMatchObject({
			displayName: 'Member Names or IDs',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'loadEmployeeOptions', loadOptionsDependsOn: ['organisationId.value'] },
		});
	});

	it('lists organisations', async () => {
		const result = await search('searchOrganisation', undefined, 'big');
		expect(result.results).toEqual([{ name: 'Big Co (NZ)', value: bigOrgId }]);
		expect(ctx.server.last()).toMatchObject({ path: '/api/v1/organisations', query: { page_index: '1', item_per_page: '100' } });
		expect(ctx.server.last().headers.authorization).toBe(bearer(ctx));
	});

	it('lists employees of the chosen organisation, 100 per page, with search by name or e-mail', async () => {
		const first = await search('searchEmployee', bigOrgId);
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'First0 Last0 (first0.last0@thinkei.com)', value: expect.any(String) });
		expect(first.paginationToken).toBe('2');
		const second = await search('searchEmployee', bigOrgId, undefined, first.paginationToken);
		expect(second.results).toHaveLength(50);
		expect(second.paginationToken).toBeUndefined();
		expect(ctx.server.requests.map((r) => r.query.page_index)).toEqual(['1', '2']);

		const byName = await search('searchEmployee', w.orgId, 'alice');
		expect(byName.results).toEqual([{ name: 'Alice Nguyen (first0.last0@thinkei.com)', value: w.aliceId }]);
	});

	it('offers "All Employees" (the "-" wildcard) for timesheet entries', async () => {
		const result = await search('searchTimesheetEmployee', w.orgId);
		expect(result.results[0]).toEqual({ name: 'All Employees', value: '-' });
		expect(result.results).toHaveLength(3);
	});

	it('lists teams, leave requests, certifications, rostered shifts and unavailabilities', async () => {
		expect((await search('searchTeam', w.orgId)).results).toEqual([
			{ name: 'Engineering', value: w.engineeringId },
			{ name: 'Finance (disabled)', value: w.financeId },
		]);
		expect((await search('searchLeaveRequest', w.orgId)).results).toEqual([
			{ name: 'Annual Leave 2017-05-29 → 2017-05-29 (Approved)', value: w.leaveId },
		]);
		expect((await search('searchCertification', w.orgId)).results).toEqual([
			{ name: 'Employment Hero System Training (check)', value: w.certificationId },
		]);
		expect((await search('searchRosteredShift', w.orgId, 'bob')).results).toEqual([
			{ name: '2024-07-02T09:00:00.000Z – 2024-07-02T17:00:00.000Z · Bob Tran', value: w.shiftIds[2] },
		]);
		expect((await search('searchUnavailability', w.orgId, 'holiday')).results).toEqual([
			{ name: '2024-01-20 → 2024-01-25 · Holiday', value: w.unavailabilityIds[1] },
		]);
		expect(ctx.server.requests.map((r) => r.path)).toEqual([
			`/api/v1/organisations/${w.orgId}/teams`,
			`/api/v1/organisations/${w.orgId}/leave_requests`,
			`/api/v1/organisations/${w.orgId}/certifications`,
			`/api/v1/organisations/${w.orgId}/rostered_shifts`,
			`/api/v1/organisations/${w.orgId}/unavailabilities`,
		]);
	});

	it('loads member options (sorted) for the rostered-shift filter', async () => {
		const options = (await ctx.loadOptions('loadOptions', 'loadEmployeeOptions', { organisationId: fromList(w.orgId) })) as INodePropertyOptions[];
		expect(options.map((o) => o.value)).toEqual([w.aliceId, w.bobId]);
	});

	it('asks for the organisation first instead of listing nothing', async () => {
		await expect(search('searchEmployee')).rejects.toThrow('Choose an Organisation first to list employee records');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('surfaces API errors instead of an empty list', async () => {
		await expect(search('searchTeam', 'no-such-org')).rejects.toThrow('Record not found [code 404]');
	});
});
