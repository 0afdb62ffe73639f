import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { EmploymentHeroContext } from './setup';
import { bearer, byId, fromList, seedWorld, startEmploymentHero } from './setup';

/**
 * Every one of the 26 documented endpoints, run through n8n's engine: the request the
 * contract server received (method, path, query, Bearer token) and the node's output.
 */
describe('Employment Hero › every operation', () => {
	let ctx: EmploymentHeroContext;
	let w: ReturnType<typeof seedWorld>;
	beforeAll(async () => {
		ctx = await startEmploymentHero();
		w = seedWorld(ctx.server);
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const org = () => fromList(w.orgId);
	const alice = () => fromList(w.aliceId);
	const orgPath = () => `/api/v1/organisations/${w.orgId}`;
	const alicePath = () => `${orgPath()}/employees/${w.aliceId}`;
	const page = { page_index: '1', item_per_page: '100' };

	/** Runs the node and checks it sent exactly one request, as described. */
	async function expectRequest(parameters: INodeParameters, path: string, query: IDataObject) {
		const result = await ctx.run(parameters);
		expect(result.error).toBeUndefined();
		expect(ctx.server.requests).toHaveLength(1);
		const call = ctx.server.last();
		expect(call.method).toBe('GET');
		expect(call.path).toBe(path);
		expect(call.query).toEqual(query);
		expect(call.headers.authorization).toBe(bearer(ctx));
		expect(call.headers.accept).toBe('application/json');
		return result;
	}

	it('organisation: get many and get', async () => {
		const many = await expectRequest({ resource: 'organisation', operation: 'getAll', returnAll: true }, '/api/v1/organisations', page);
		expect(many.json).toEqual([{ id: w.orgId, name: 'Employment Hero Pty Ltd', phone: '+612803222', country: 'AU', logo_url: 'logo.png' }]);
		ctx.server.reset();
		const one = await expectRequest({ resource: 'organisation', operation: 'get', organisationId: org(), simplify: false }, orgPath(), {});
		expect(one.json).toEqual([w.org]);
		ctx.server.reset();
		const simple = await expectRequest({ resource: 'organisation', operation: 'get', organisationId: org() }, orgPath(), {});
		expect(Object.keys(simple.json[0]).sort()).toEqual(
			['active_employees_count', 'country', 'created_at', 'employees_count', 'id', 'name', 'phone', 'primary_address', 'time_zone'],
		);
	});

	it('employee: get many (simplified and raw) and get', async () => {
		const many = await expectRequest(
			{ resource: 'employee', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/employees`,
			page,
		);
		expect(many.json.map((e) => e.first_name)).toEqual(['Alice', 'Bob']);
		expect(Object.keys(many.json[0])).toHaveLength(10);
		ctx.server.reset();
		const raw = await expectRequest(
			{ resource: 'employee', operation: 'getAll', organisationId: org(), returnAll: false, limit: 1, simplify: false },
			`${orgPath()}/employees`,
			{ page_index: '1', item_per_page: '1' },
		);
		expect(raw.json).toHaveLength(1);
		expect(raw.json[0]).toMatchObject({ id: w.aliceId, primary_manager: { name: 'Jessica' }, personal_email: 'personal0@thinkei.com' });
		ctx.server.reset();
		const one = await expectRequest(
			{ resource: 'employee', operation: 'get', organisationId: org(), employeeId: byId(w.bobId), simplify: false },
			`${orgPath()}/employees/${w.bobId}`,
			{},
		);
		expect(one.json).toEqual([expect.objectContaining({ id: w.bobId, first_name: 'Bob', last_name: 'Tran' })]);
	});

	it('leave request: get many and get', async () => {
		const many = await expectRequest(
			{ resource: 'leaveRequest', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/leave_requests`,
			page,
		);
		expect(many.json).toEqual([expect.objectContaining({ id: w.leaveId, status: 'Approved', leave_category_name: 'Annual Leave' })]);
		ctx.server.reset();
		const one = await expectRequest(
			{ resource: 'leaveRequest', operation: 'get', organisationId: org(), leaveRequestId: fromList(w.leaveId) },
			`${orgPath()}/leave_requests/${w.leaveId}`,
			{},
		);
		expect(one.json).toEqual([expect.objectContaining({ id: w.leaveId, total_hours: 8, employee_id: w.aliceId })]);
	});

	it('timesheet entry: one employee with dd/mm/yyyy dates, and all employees with "-"', async () => {
		const filtered = await expectRequest(
			{
				resource: 'timesheetEntry',
				operation: 'getAll',
				organisationId: org(),
				employeeId: alice(),
				returnAll: true,
				filters: { start_date: '2018-12-01T00:00:00', end_date: '2018-12-31' },
				simplify: false,
			},
			`${alicePath()}/timesheet_entries`,
			{ ...page, start_date: '01/12/2018', end_date: '31/12/2018' },
		);
		expect(filtered.json).toEqual([expect.objectContaining({ date: '2018-12-17T00:00:00+00:00', units: 6, cost_centre: { id: 'cc1', name: 'R&D' } })]);
		ctx.server.reset();
		const everyone = await expectRequest(
			{ resource: 'timesheetEntry', operation: 'getAll', organisationId: org(), employeeId: fromList('-'), returnAll: true },
			`${orgPath()}/employees/-/timesheet_entries`,
			page,
		);
		expect(everyone.json.map((e) => e.employee_id).sort()).toEqual([w.aliceId, w.aliceId, w.bobId].sort());
		expect(Object.keys(everyone.json[0]).sort()).toEqual(['comment', 'date', 'employee_id', 'end_time', 'id', 'start_time', 'status', 'time', 'units']);
	});

	it('employment history, emergency contact, bank account', async () => {
		const histories = await expectRequest(
			{ resource: 'employmentHistory', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: true },
			`${alicePath()}/employment_histories`,
			page,
		);
		expect(histories.json).toEqual([expect.objectContaining({ title: 'Grad Developer', employment_type: 'Full-time', end_date: null })]);
		ctx.server.reset();
		const contacts = await expectRequest(
			{ resource: 'emergencyContact', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: false, limit: 5 },
			`${alicePath()}/emergency_contacts`,
			{ page_index: '1', item_per_page: '5' },
		);
		expect(contacts.json).toEqual([expect.objectContaining({ id: 110762, contact_name: 'Daniel Levi', relationship: 'wife' })]);
		ctx.server.reset();
		const accounts = await expectRequest(
			{ resource: 'bankAccount', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: true },
			`${alicePath()}/bank_accounts`,
			page,
		);
		expect(accounts.json).toEqual([expect.objectContaining({ account_name: 'Alice Nguyen', bsb: '111111', primary_account: true })]);
	});

	it('team: get many and get employees of a team', async () => {
		const teams = await expectRequest(
			{ resource: 'team', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/teams`,
			page,
		);
		expect(teams.json.map((t) => t.name)).toEqual(['Engineering', 'Finance']);
		ctx.server.reset();
		const members = await expectRequest(
			{ resource: 'team', operation: 'getEmployees', organisationId: org(), teamId: fromList(w.engineeringId), returnAll: true },
			`${orgPath()}/teams/${w.engineeringId}/employees`,
			page,
		);
		expect(members.json).toEqual([expect.objectContaining({ id: w.bobId, first_name: 'Bob' })]);
	});

	it('policy: calls /policies (the document also says /polices)', async () => {
		const policies = await expectRequest(
			{ resource: 'policy', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/policies`,
			page,
		);
		expect(policies.json.map((p) => p.induction)).toEqual([true, false]);
	});

	it('certification: get many and get; employee certification: get many', async () => {
		const many = await expectRequest(
			{ resource: 'certification', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/certifications`,
			page,
		);
		expect(many.json).toEqual([{ id: w.certificationId, name: 'Employment Hero System Training', type: 'check' }]);
		ctx.server.reset();
		const one = await expectRequest(
			{ resource: 'certification', operation: 'get', organisationId: org(), certificationId: byId(w.certificationId) },
			`${orgPath()}/certifications/${w.certificationId}`,
			{},
		);
		expect(one.json).toEqual([{ id: w.certificationId, name: 'Employment Hero System Training', type: 'check' }]);
		ctx.server.reset();
		const assigned = await expectRequest(
			{ resource: 'employeeCertification', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: true },
			`${alicePath()}/certifications`,
			page,
		);
		expect(assigned.json).toEqual([expect.objectContaining({ certification_id: w.certificationId, status: 'Outstanding' })]);
	});

	it('payslip and pay detail (simplified by default)', async () => {
		const payslips = await expectRequest(
			{ resource: 'payslip', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: true },
			`${alicePath()}/payslips`,
			page,
		);
		expect(payslips.json).toEqual([
			expect.objectContaining({ name: 'Alice Nguyen', net_pay: 2520.15, tax: 826, pay_period_ending: '2012-07-10T00:00:00+00:00' }),
		]);
		expect(payslips.json[0]).not.toHaveProperty('business_abn');
		ctx.server.reset();
		const payDetails = await expectRequest(
			{ resource: 'payDetail', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: true, simplify: false },
			`${alicePath()}/pay_details`,
			page,
		);
		expect(payDetails.json).toEqual([expect.objectContaining({ salary: 50, currency: 'AUD', comments: 'Some comments' })]);
	});

	it('tax declaration and superannuation detail', async () => {
		const tax = await expectRequest(
			{ resource: 'taxDeclaration', operation: 'get', organisationId: org(), employeeId: alice() },
			`${alicePath()}/tax_declaration`,
			{},
		);
		expect(tax.json).toEqual([expect.objectContaining({ tax_file_number: '000000000', tax_au_resident: true, tax_help_debt: true })]);
		ctx.server.reset();
		const superannuation = await expectRequest(
			{ resource: 'superannuationDetail', operation: 'get', organisationId: org(), employeeId: alice() },
			`${alicePath()}/superannuation_detail`,
			{},
		);
		expect(superannuation.json).toEqual([expect.objectContaining({ fund_name: 'SUPER Super', employer_nominated_fund: true })]);
		ctx.server.reset();
		// Documented: "If having no tax declaration, the result will be not found error."
		const none = await ctx.run({ resource: 'taxDeclaration', operation: 'get', organisationId: org(), employeeId: fromList(w.bobId) });
		expect(none.error?.name).toBe('NodeApiError');
		expect(none.error?.message).toBe('Record not found [code 404]');
	});

	it('custom field and employee custom field', async () => {
		const fields = await expectRequest(
			{ resource: 'customField', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/custom_fields`,
			page,
		);
		expect(fields.json).toEqual([expect.objectContaining({ name: 'Tshirt Size', type: 'single_select' })]);
		ctx.server.reset();
		const values = await expectRequest(
			{ resource: 'employeeCustomField', operation: 'getAll', organisationId: org(), employeeId: alice(), returnAll: true },
			`${alicePath()}/custom_fields`,
			page,
		);
		expect(values.json.map((v) => v.value)).toEqual(['No eggs', [{ id: '18e33075', value: 'Medium' }]]);
	});

	it('rostered shift: get many with every documented filter, and get (answered without `data`)', async () => {
		const all = await expectRequest(
			{ resource: 'rosteredShift', operation: 'getAll', organisationId: org(), returnAll: true },
			`${orgPath()}/rostered_shifts`,
			page,
		);
		expect(all.json).toHaveLength(3);
		ctx.server.reset();
		const filtered = await expectRequest(
			{
				resource: 'rosteredShift',
				operation: 'getAll',
				organisationId: org(),
				returnAll: true,
				simplify: false,
				filters: {
					from_date: '2024-06-01',
					to_date: '2024-06-30T23:00:00',
					statuses: ['published', 'draft'],
					location_ids: ['loc-1'],
					member_ids: [w.aliceId],
					unassigned_shifts_only: false,
					exclude_shifts_overlapping_from_date: true,
				},
			},
			`${orgPath()}/rostered_shifts`,
			{
				...page,
				from_date: '2024-06-01',
				to_date: '2024-06-30',
				statuses: ['published', 'draft'],
				location_ids: ['loc-1'],
				member_ids: [w.aliceId],
				unassigned_shifts_only: 'false',
				exclude_shifts_overlapping_from_date: 'true',
			},
		);
		// Arrays go Rails-style: statuses[]=published&statuses[]=draft.
		expect(decodeURIComponent(ctx.server.last().rawQuery)).toContain('statuses[]=published&statuses[]=draft');
		expect(filtered.json).toEqual([expect.objectContaining({ id: w.shiftIds[0], member_full_name: 'Alice Nguyen', breaks: [] })]);
		ctx.server.reset();
		const unassigned = await ctx.run({
			resource: 'rosteredShift',
			operation: 'getAll',
			organisationId: org(),
			returnAll: true,
			filters: { unassigned_shifts_only: true },
		});
		expect(unassigned.json.map((s) => s.id)).toEqual([w.shiftIds[1]]);
		ctx.server.reset();
		const one = await expectRequest(
			{ resource: 'rosteredShift', operation: 'get', organisationId: org(), rosteredShiftId: fromList(w.shiftIds[2]), simplify: false },
			`${orgPath()}/rostered_shifts/${w.shiftIds[2]}`,
			{},
		);
		expect(one.json).toEqual([expect.objectContaining({ id: w.shiftIds[2], member_full_name: 'Bob Tran', work_type_name: 'Full time' })]);
	});

	it('unavailability: get many with filters, and get', async () => {
		const filtered = await expectRequest(
			{
				resource: 'unavailability',
				operation: 'getAll',
				organisationId: org(),
				returnAll: true,
				filters: { from_date: '2024-01-01', to_date: '2024-01-31', location_id: '8', member_id: fromList(w.bobId) },
			},
			`${orgPath()}/unavailabilities`,
			{ ...page, from_date: '2024-01-01', to_date: '2024-01-31', location_id: '8', member_id: w.bobId },
		);
		expect(filtered.json).toEqual([expect.objectContaining({ id: w.unavailabilityIds[1], all_day: true, description: 'Holiday' })]);
		ctx.server.reset();
		const one = await expectRequest(
			{ resource: 'unavailability', operation: 'get', organisationId: org(), unavailabilityId: byId(w.unavailabilityIds[0]) },
			`${orgPath()}/unavailabilities/${w.unavailabilityIds[0]}`,
			{},
		);
		expect(one.json).toEqual([expect.objectContaining({ recurring_pattern: { recurring_type: 'weekly', weekdays: ['MON'] } })]);
	});

	it('refuses an unavailability search over more than one month before any request', async () => {
		const result = await ctx.run(
			{
				resource: 'unavailability',
				operation: 'getAll',
				organisationId: org(),
				returnAll: true,
				filters: { from_date: '={{ $json.from }}', to_date: '={{ $json.to }}' },
			},
			[{ json: { from: '2024-01-01', to: '2024-02-15' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "To Date" in item 0: Employment Hero searches at most 1 month from From Date');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('accepts n8n date values from expressions (luxon DateTime) for timesheet dates', async () => {
		const result = await ctx.run({
			resource: 'timesheetEntry',
			operation: 'getAll',
			organisationId: org(),
			employeeId: alice(),
			returnAll: true,
			filters: { start_date: '={{ DateTime.fromISO("2019-03-01") }}', end_date: '={{ new Date("2019-03-31T12:00:00Z") }}' },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.server.last().query).toMatchObject({ start_date: '01/03/2019', end_date: '31/03/2019' });
		expect(result.json).toHaveLength(1);
	});
});
