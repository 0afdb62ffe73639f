import type { Row } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { expectAuthenticated } from './assertions';
import { byId, lastCall, startHrOmni } from './setup';

const HOURS = {
	hoursMonday: '0900:1200^1300:1700',
	hoursTuesday: '0930:1230^1330:1730',
	hoursWednesday: 'flex',
	hoursThursday: '1400:1700^1800:2400',
	hoursFriday: 'flex',
	hoursSaturday: 'off',
	hoursSunday: 'off',
};

describe('HR Omni › company, users, roles, departments, employment, billing', () => {
	let ctx: HrOmniContext;
	let C: string;
	beforeAll(async () => {
		ctx = await startHrOmni();
		C = `/company/${ctx.companyId}`;
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const sent = () => {
		const call = lastCall(ctx.server);
		expectAuthenticated(call, ctx.server);
		return call;
	};

	it('company: create (no login needed, CSRF still sent), get, update, get many', async () => {
		const { server, run, runIn } = ctx;
		const created = await run({
			resource: 'company',
			operation: 'create',
			companyName: 'Otter Works',
			firstName: 'Olive',
			lastName: 'Otter',
			email: 'olive@otter.test',
			password: 'a-long-password',
			countryId: byId('2'),
		});
		expect(created.error).toBeUndefined();
		const call = lastCall(server);
		expect(call).toMatchObject({ method: 'POST', path: '/company' });
		expect(call.body).toEqual({
			companyName: 'Otter Works',
			firstName: 'Olive',
			lastName: 'Otter',
			email: 'olive@otter.test',
			password: 'a-long-password',
			countryId: 2,
		});
		expect(call.headers['x-csrf-token']).toBeTruthy();
		expect(created.json).toEqual([{ success: true, message: 'Company created successfully' }]);
		const otter = [...server.companies.values()].find((c) => c.details.name === 'Otter Works');
		expect(otter?.details.countryName).toBe('United Kingdom');

		const got = await runIn({ resource: 'company', operation: 'get', simplify: false });
		expect(sent()).toMatchObject({ method: 'GET', path: C, rawQuery: '' });
		expect(got.json).toEqual([expect.objectContaining({ id: ctx.companyId, name: 'Hippoland ltd.', createdBy: 'Ada Admin' })]);

		const updated = await runIn({
			resource: 'company',
			operation: 'update',
			email: 'office@hippoland.test',
			updateFields: { website: 'www.hippoland.test', phone: '01 654654', city: 'Dublin', taxId: '1234567' },
		});
		expect(sent()).toMatchObject({ method: 'PUT', path: C });
		expect(lastCall(server).body).toEqual({ email: 'office@hippoland.test', website: 'www.hippoland.test', phone: '01 654654', city: 'Dublin', taxId: '1234567' });
		expect(updated.json).toEqual([{ success: true, message: 'Company details updated' }]);

		const simple = await runIn({ resource: 'company', operation: 'get' });
		expect(simple.json[0]).toEqual({
			id: ctx.companyId,
			name: 'Hippoland ltd.',
			email: 'office@hippoland.test',
			phone: '01 654654',
			website: 'www.hippoland.test',
			city: 'Dublin',
			countryName: 'Ireland',
			createdDate: expect.any(String),
			updatedDate: expect.any(String),
		});

		const listed = await run({ resource: 'company', operation: 'getAll', returnAll: true, filters: { search: 'hippo*' } });
		expect(sent()).toMatchObject({ method: 'GET', path: '/user/select/company' });
		expect(lastCall(server).query).toEqual({ search: 'hippo*', page: '1', pageSize: '100' });
		expect(listed.json).toEqual([{ companyName: 'Hippoland ltd.', companyId: ctx.companyId }]);
	});

	it('company: bad website and phone are refused before any request', async () => {
		const result = await ctx.runIn({ resource: 'company', operation: 'update', email: 'a@b.co', updateFields: { website: 'https://x.test/path' } });
		expect(result.error?.message).toBe('Invalid "Website" in item 0: "https://x.test/path" is not a host name such as www.example.com');
		const phone = await ctx.runIn({ resource: 'company', operation: 'update', email: 'a@b.co', updateFields: { phone: 'call me' } });
		expect(phone.error?.message).toBe('Invalid "Phone" in item 0: "call me" is not a phone number');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('company users: create, get, update (dd-mm-yyyy), emergency contact, get many, delete', async () => {
		const { server, runIn } = ctx;
		const created = await runIn({
			resource: 'companyUser',
			operation: 'create',
			firstName: 'Jane',
			lastName: 'Doe',
			email: 'jane@hippoland.test',
			sendInvite: false,
			additionalFields: { phone: '+353 83 132 4567', city: 'Dublin', dateOfBirth: '1973-06-12T00:00:00.000Z', nationality: 'Irish' },
		});
		expect(sent()).toMatchObject({ method: 'POST', path: `${C}/users` });
		expect(lastCall(server).body).toEqual({
			firstName: 'Jane',
			lastName: 'Doe',
			email: 'jane@hippoland.test',
			sendInvite: false,
			phone: '+353 83 132 4567',
			city: 'Dublin',
			dateOfBirth: '1973-06-12',
			nationality: 'Irish',
		});
		const id = String(created.json[0].id);
		expect(created.json).toEqual([{ id: expect.stringMatching(/^usr_/) }]);

		const updated = await runIn({
			resource: 'companyUser',
			operation: 'update',
			userId: byId(id),
			firstName: 'Janet',
			lastName: 'Doe',
			email: 'jane@hippoland.test',
			updateFields: { dateOfBirth: '1973-06-12', postCode: 'D02' },
		});
		expect(sent()).toMatchObject({ method: 'PUT', path: `${C}/users/${id}` });
		expect(lastCall(server).body).toEqual({ firstName: 'Janet', lastName: 'Doe', email: 'jane@hippoland.test', dateOfBirth: '12-06-1973', postCode: 'D02' });
		expect(updated.json).toEqual([{ success: true, message: 'User created' }]);

		const contact = await runIn({
			resource: 'companyUser',
			operation: 'setEmergencyContact',
			userId: byId(id),
			name: 'John Doe',
			phone: '+ (353) 83 153 8740',
			additionalFields: { relation: 'SPAUSE', email: 'john@doe.test' },
		});
		expect(sent()).toMatchObject({ method: 'PUT', path: `${C}/users/${id}/emergency-contact` });
		expect(lastCall(server).body).toEqual({ name: 'John Doe', phone: '+ (353) 83 153 8740', relation: 'SPAUSE', email: 'john@doe.test' });
		expect(contact.json).toEqual([{ success: true, message: 'Emergency contact set' }]);

		const got = await runIn({ resource: 'companyUser', operation: 'get', userId: byId(id) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/users/${id}` });
		expect(got.json[0]).toMatchObject({
			id,
			userInfo: { firstName: 'Janet', dateOfBirth: '1973-06-12', postCode: 'D02' },
			emergencyContact: { name: 'John Doe', relation: 'SPAUSE' },
		});

		const listed = await runIn({ resource: 'companyUser', operation: 'getAll', returnAll: false, limit: 5, filters: { search: 'janet' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/users` });
		expect(lastCall(server).query).toEqual({ search: 'janet', page: '1', pageSize: '5' });
		expect(listed.json.map((u) => u.id)).toEqual([id]);

		const deleted = await runIn({ resource: 'companyUser', operation: 'delete', userId: byId(id) });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${C}/users/${id}` });
		expect(deleted.json).toEqual([{ deleted: true, message: 'User deleted' }]);
		expect(ctx.company.users.has(id)).toBe(false);
	});

	it('roles: add, get for user, get many, remove', async () => {
		const { server, runIn, company } = ctx;
		const user = server.addCompanyUser(company, { firstName: 'Rolf', lastName: 'Role', email: 'rolf@hippoland.test' }, ctx.admin);
		const uid = String(user.id);
		const added = await runIn({ resource: 'role', operation: 'add', userId: byId(uid), role: 'leave-management:read' });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${C}/users/${uid}/roles/leave-management%3Aread` });
		expect(added.json).toEqual([{ success: true, message: 'User role set.' }]);

		const mine = await runIn({ resource: 'role', operation: 'getForUser', userId: byId(uid) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/users/${uid}/roles` });
		expect(mine.json).toEqual([{ roles: ['leave-management:read'] }]);

		const all = await runIn({ resource: 'role', operation: 'getAll', returnAll: false, limit: 3 });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/users/roles`, rawQuery: '' });
		expect(all.json).toEqual([
			{ title: 'Administrator', description: expect.any(String), value: 'admin' },
			{ title: 'Read only administrator', description: expect.any(String), value: 'admin:read' },
			{ title: 'Read only company admin', description: expect.any(String), value: 'company:read' },
		]);

		const removed = await runIn({ resource: 'role', operation: 'remove', userId: byId(uid), role: 'leave-management:read' });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${C}/users/${uid}/roles/leave-management%3Aread` });
		expect(removed.json).toEqual([{ deleted: true, message: 'User role removed.' }]);
		expect(user.roles).toEqual([]);

		server.reset();
		const bad = await runIn({ resource: 'role', operation: 'add', userId: byId(uid), role: '={{ $json.role }}' }, [{ json: { role: 'superuser' } }]);
		expect(bad.error?.message).toBe('Invalid "Role" in item 0: "superuser" is not one of admin, company:admin, leave-management:admin, admin:read, company:read, leave-management:read, users:read, users:admin');
		expect(server.requests).toHaveLength(0);
	});

	it('employees: get many with several statuses sent comma-separated', async () => {
		const { server, runIn, company } = ctx;
		const [a, b, c] = server.seedEmployees(company, 3, 100);
		(c.employment as Row).status = 'TERMINATED';
		(b.employment as Row).status = 'IN_TERMINATION';
		const result = await runIn({ resource: 'employee', operation: 'getAll', returnAll: true, filters: { status: ['ACTIVE', 'TERMINATED'], search: 'loyee10*' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/users/employees` });
		expect(lastCall(server).rawQuery).toBe('status=ACTIVE%2CTERMINATED&search=loyee10%2A&page=1&pageSize=100');
		expect(result.json.map((e) => e.userId)).toEqual([a.id, c.id]);
		expect(result.json[0]).toMatchObject({ firstName: 'Emp100', status: 'ACTIVE', createdAt: expect.stringMatching(/\.\d{6}Z$/) });
	});

	it('departments: create, update (name required), get, get many (sent without the stray slash and "?")', async () => {
		const { server, runIn, company } = ctx;
		const created = await runIn({ resource: 'department', operation: 'create', name: 'Engineering', additionalFields: HOURS });
		expect(sent()).toMatchObject({ method: 'POST', path: `${C}/departments` });
		expect(lastCall(server).body).toEqual({ name: 'Engineering', ...HOURS });
		expect(created.json).toEqual([{ success: true, message: 'Company created successfully' }]);
		const id = String([...company.departments.values()].find((d) => d.name === 'Engineering')?.id);

		await runIn({ resource: 'department', operation: 'update', departmentId: byId(id), name: 'Platform', updateFields: { hoursFriday: '0900:1300' } });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${C}/departments/${id}` });
		expect(lastCall(server).body).toEqual({ name: 'Platform', hoursFriday: '0900:1300' });

		const got = await runIn({ resource: 'department', operation: 'get', departmentId: byId(id) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/departments/${id}` });
		expect(got.json).toEqual([{ id, name: 'Platform', ...HOURS, hoursFriday: '0900:1300' }]);

		const listed = await runIn({ resource: 'department', operation: 'getAll', returnAll: true, filters: { search: 'plat*' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/departments` });
		expect(lastCall(server).query).toEqual({ search: 'plat*', page: '1', pageSize: '100' });
		expect(listed.json).toEqual([{ id, name: 'Platform' }]);

		server.reset();
		const bad = await runIn({ resource: 'department', operation: 'create', name: 'X', additionalFields: { hoursMonday: '9-5' } });
		expect(bad.error?.message).toMatch(/^Invalid "Hours Monday" in item 0: "9-5" is not "off", "flex" or intervals/);
		const minutes = await runIn({ resource: 'department', operation: 'create', name: 'X', additionalFields: { hoursMonday: '0915:1700' } });
		expect(minutes.error?.message).toMatch(/^Invalid "Hours Monday" in item 0/);
		expect(server.requests).toHaveLength(0);
	});

	it('employment: create (dd-mm-yyyy start), get, update, cease', async () => {
		const { server, runIn, company } = ctx;
		const department = { id: 'dep_fixed', name: 'Sales', ...HOURS };
		company.departments.set('dep_fixed', department);
		const user = server.addCompanyUser(company, { firstName: 'Eve', lastName: 'Mploy', email: 'eve@hippoland.test' }, ctx.admin);
		const uid = String(user.id);
		const body = {
			departmentId: byId('dep_fixed'),
			title: 'Senior Engineering Manager',
			role: 'MANAGER',
			startDate: '2020-05-01T00:00:00.000Z',
			...HOURS,
		};
		const created = await runIn({ resource: 'employment', operation: 'create', userId: byId(uid), ...body, additionalFields: { type: 'FULL_TIME' } });
		expect(sent()).toMatchObject({ method: 'POST', path: `${C}/users/${uid}/employment` });
		expect(lastCall(server).body).toEqual({ departmentId: 'dep_fixed', title: 'Senior Engineering Manager', role: 'MANAGER', startDate: '01-05-2020', ...HOURS, type: 'FULL_TIME' });
		expect(created.json).toEqual([{ success: true, message: 'Success message here' }]);

		const got = await runIn({ resource: 'employment', operation: 'get', userId: byId(uid) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/users/${uid}/employment` });
		expect(got.json[0]).toMatchObject({ title: 'Senior Engineering Manager', status: 'ACTIVE', startDate: '2020-05-01T00:00:00.000000Z', department: { id: 'dep_fixed', name: 'Sales' } });

		await runIn({ resource: 'employment', operation: 'update', userId: byId(uid), ...body, title: 'Backend Team Lead', role: 'TEAM_LEAD' });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${C}/users/${uid}/employment` });
		expect(lastCall(server).body).toMatchObject({ title: 'Backend Team Lead', role: 'TEAM_LEAD', startDate: '01-05-2020' });

		const ceased = await runIn({ resource: 'employment', operation: 'cease', userId: byId(uid) });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${C}/users/${uid}/employment` });
		expect(ceased.json).toEqual([{ deleted: true, message: 'Employment ceased' }]);
		expect((user.employment as Row).status).toBe('TERMINATED');

		// Ceasing twice is an invalid action: HR Omni's code and meaning reach the user.
		const again = await runIn({ resource: 'employment', operation: 'cease', userId: byId(uid) });
		expect(again.error?.name).toBe('NodeApiError');
		expect(again.error?.message).toBe('Invalid action: The employment has already ceased [code 4003]');
	});

	it('modules: get many', async () => {
		const result = await ctx.runIn({ resource: 'module', operation: 'getAll', returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/modules`, rawQuery: '' });
		expect(result.json).toEqual([
			{ module: 'LEAVE_MANAGEMENT', isEnabled: false },
			{ module: 'PAYROLL', isEnabled: false },
			{ module: 'RECRUITMENT', isEnabled: false },
			{ module: 'TIME_TRACKING', isEnabled: false },
			{ module: 'ROSTERS', isEnabled: false },
		]);
	});

	it('billing: invoice (POST), invoices, current bill, pricing (GET), portal link; payment methods', async () => {
		const { runIn, company } = ctx;
		const invoice = {
			id: 'inv_1308dfa2de1a66618e69c9f55ee6bd',
			month: 2,
			year: 2023,
			invoiceNumber: 'INV-0000000001',
			billTo: { companyName: 'Hippoland ltd.', country: 'IRELAND' },
			items: [{ name: 'LEAVE_MANAGEMENT', quantity: '3.00', cost: '2.40', amount: '7.20' }],
			subtotal: '7.20',
			vatAmount: '1.66',
			vatPercentage: '23.00',
			total: '8.86',
			currency: 'EUR',
			status: 'OUTSTANDING',
			createdAt: '2023-03-29T08:03:49.000000Z',
		};
		company.invoices.set(invoice.id, invoice);
		company.currentBill.push({ moduleName: 'LEAVE_MANAGEMENT', costName: 'Default', quantity: 0.27, unitCost: 2.83, vatPercentage: 23, amount: 0.75, author: 'Ada Admin', currentDate: '2023-06-23T06:06:19.000000Z' });
		company.pricing.push({ module: 'LEAVE_MANAGEMENT', costName: 'Default', price: 2.83, effectiveDate: '2022-08-01T00:00:00.000000Z' });
		company.cards.push({ brand: 'visa', exp_month: 11, exp_year: 2024, last4: '4242' }, { brand: 'mastercard', exp_month: 1, exp_year: 2027, last4: '4444' });

		const full = await runIn({ resource: 'billing', operation: 'getInvoice', invoiceId: byId(invoice.id), simplify: false });
		expect(sent()).toMatchObject({ method: 'POST', path: `${C}/billing/invoices/${invoice.id}` });
		expect(full.json).toEqual([invoice]);
		const simple = await runIn({ resource: 'billing', operation: 'getInvoice', invoiceId: byId(invoice.id) });
		expect(Object.keys(simple.json[0])).toEqual(['id', 'invoiceNumber', 'month', 'year', 'total', 'currency', 'status', 'createdAt']);

		const invoices = await runIn({ resource: 'billing', operation: 'getInvoices', returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/billing/invoices` });
		expect(lastCall(ctx.server).query).toEqual({ page: '1', pageSize: '100' });
		expect(invoices.json).toEqual([{ id: invoice.id, companyName: 'Hippoland ltd.', invoiceNumber: 'INV-0000000001', billingMonth: 2, billingYear: 2023, createdAt: invoice.createdAt }]);

		const bill = await runIn({ resource: 'billing', operation: 'getCurrentBill' });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/billing/current-bill` });
		expect(bill.json).toEqual([expect.objectContaining({ moduleName: 'LEAVE_MANAGEMENT', amount: 0.75 })]);

		const pricing = await runIn({ resource: 'billing', operation: 'getPricing' });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/billing/pricing` });
		expect(pricing.json).toEqual([{ module: 'LEAVE_MANAGEMENT', costName: 'Default', price: 2.83, effectiveDate: '2022-08-01T00:00:00.000000Z' }]);

		const portal = await runIn({ resource: 'billing', operation: 'getPortalLink' });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/billing/settings` });
		expect(portal.json).toEqual([{ url: `https://billing.stripe.com/p/session/${ctx.companyId}` }]);

		const cards = await runIn({ resource: 'paymentMethod', operation: 'getAll', returnAll: false, limit: 1 });
		expect(sent()).toMatchObject({ method: 'GET', path: `${C}/billing/payment-methods`, rawQuery: '' });
		expect(cards.json).toEqual([{ brand: 'visa', exp_month: 11, exp_year: 2024, last4: '4242' }]);
	});

	it('billing: a user without read access gets HR Omni 4002 as a NodeApiError', async () => {
		const { server, engine, company, runIn } = ctx;
		const reader = server.createAccount({ firstName: 'Rea', lastName: 'Der', email: 'reader@hippoland.test', password: 'reader-password' });
		server.addCompanyUser(company, { firstName: 'Rea', lastName: 'Der', email: reader.email }, ctx.admin, ['users:read'], reader.id);
		engine.setCredential('hrOmniApi', { ...ctx.credentials, email: reader.email, password: 'reader-password' });
		const result = await runIn({ resource: 'billing', operation: 'getPricing' });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Forbidden action: Insufficient access to the company pricing [code 4002]');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('403');
		expect(result.error?.description).toBe('The HR Omni user of the credential lacks the permission for this action.');
		ctx.reset();
	});
});
