import { byId, humaansSuite } from './setup';

describe('Humaans › Company', () => {
	const ctx = humaansSuite();
	let companyId: string;
	beforeAll(async () => {
		const [company] = ctx.server.seed('/api/companies', [
			{
				name: 'Acme',
				domains: [{ domain: 'acme.com' }],
				trialEndDate: '2020-01-30',
				status: 'active',
				paymentStatus: 'ok',
				isTimesheetEnabled: true,
				logo: null,
				autogenerateEmployeeId: false,
				autogenerateEmployeeIdForNewHires: false,
				nextEmployeeId: null,
			},
		]);
		companyId = String(company.id);
	});

	it('lists companies, simplified by default', async () => {
		const listed = await ctx.run({ resource: 'company', operation: 'getAll', returnAll: true });
		expect(listed.error).toBeUndefined();
		const call = ctx.server.last();
		expect(call).toMatchObject({ method: 'GET', path: '/api/companies' });
		expect(call.query).toEqual({ $limit: '250', $skip: '0' });
		expect(call.headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		expect(listed.json).toEqual([
			{
				id: companyId,
				name: 'Acme',
				domains: [{ domain: 'acme.com' }],
				status: 'active',
				paymentStatus: 'ok',
				trialEndDate: '2020-01-30',
				isTimesheetEnabled: true,
				nextEmployeeId: null,
			},
		]);
	});

	it('gets a company, raw when Simplify is off', async () => {
		const got = await ctx.run({ resource: 'company', operation: 'get', companyId: byId(companyId), simplify: false });
		expect(ctx.server.last()).toMatchObject({ method: 'GET', path: `/api/companies/${companyId}` });
		expect(ctx.server.last().headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		expect(got.json).toHaveLength(1);
		expect(got.json[0]).toMatchObject({ id: companyId, name: 'Acme', logo: null, autogenerateEmployeeId: false });
		expect(Object.keys(got.json[0])).toEqual(expect.arrayContaining(['createdAt', 'updatedAt', 'autogenerateEmployeeIdForNewHires']));
	});

	it('updates the documented fields with their types, then clears the next employee ID', async () => {
		const updated = await ctx.run({
			resource: 'company',
			operation: 'update',
			companyId: byId(companyId),
			updateFields: {
				name: 'Meac',
				isTimesheetEnabled: false,
				autogenerateEmployeeId: true,
				autogenerateEmployeeIdForNewHires: true,
				nextEmployeeId: '={{ 41 + 1 }}',
			},
		});
		expect(updated.error).toBeUndefined();
		const call = ctx.server.last();
		expect(call).toMatchObject({ method: 'PATCH', path: `/api/companies/${companyId}` });
		expect(call.headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		expect(call.body).toEqual({
			name: 'Meac',
			isTimesheetEnabled: false,
			autogenerateEmployeeId: true,
			autogenerateEmployeeIdForNewHires: true,
			nextEmployeeId: 42,
		});
		expect(updated.json[0]).toMatchObject({ id: companyId, name: 'Meac', nextEmployeeId: 42, isTimesheetEnabled: false });

		const cleared = await ctx.run({
			resource: 'company',
			operation: 'update',
			companyId: byId(companyId),
			updateFields: { nextEmployeeId: '={{ "" }}' },
		});
		expect(ctx.server.last().body).toEqual({ nextEmployeeId: null });
		expect(cleared.json[0]).toMatchObject({ id: companyId, nextEmployeeId: null, name: 'Meac' });
	});

	it('refuses a next employee ID that is not a number before any request', async () => {
		const result = await ctx.run({
			resource: 'company',
			operation: 'update',
			companyId: byId(companyId),
			updateFields: { nextEmployeeId: '={{ "forty" }}' },
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Next Employee ID" in item 0: "forty" is not a number');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('offers no create or delete, as the document has none', async () => {
		const result = await ctx.run({ resource: 'company', operation: 'delete', companyId: byId(companyId) });
		expect(result.error?.message).toContain('is not supported');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
