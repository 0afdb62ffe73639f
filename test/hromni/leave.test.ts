import type { Row } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { expectAuthenticated } from './assertions';
import { PASSWORD, byId, lastCall, startHrOmni } from './setup';

describe('HR Omni › leave management', () => {
	let ctx: HrOmniContext;
	let L: string;
	let me: string;
	let jane: string;
	beforeAll(async () => {
		ctx = await startHrOmni();
		L = `/company/${ctx.companyId}/leave-management`;
		me = ctx.admin.id;
		const department = { id: 'dep_sales', name: 'Sales' };
		ctx.company.departments.set(department.id, department);
		const user = ctx.server.addCompanyUser(ctx.company, { firstName: 'Jane', lastName: 'Doe', email: 'jane@hippoland.test' }, ctx.admin);
		user.employment = { status: 'ACTIVE', departmentId: 'dep_sales' };
		jane = String(user.id);
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const sent = () => {
		const call = lastCall(ctx.server);
		expectAuthenticated(call, ctx.server);
		return call;
	};

	it('module: refused while disabled, enabled with the credential password, refused when enabled twice', async () => {
		const { runIn, server } = ctx;
		const before = await runIn({ resource: 'leaveType', operation: 'getAll', returnAll: true });
		expect(before.error?.message).toBe('Business logic disallowed: Leave management module is not enabled [code 4007]');

		const enabled = await runIn({ resource: 'leaveManagement', operation: 'setState', action: 'ENABLE' });
		expect(sent()).toMatchObject({ method: 'POST', path: L });
		expect(lastCall(server).body).toEqual({ action: 'ENABLE', password: PASSWORD });
		expect(enabled.json).toEqual([{ success: true, message: 'Leave management module enabled' }]);
		expect(JSON.stringify(enabled.run)).not.toContain(PASSWORD);

		const twice = await runIn({ resource: 'leaveManagement', operation: 'setState', action: 'ENABLE' });
		expect(twice.error?.message).toBe('Invalid action: Leave management module is already enabled [code 4003]');
		expect(JSON.stringify(twice.run)).not.toContain(PASSWORD);
	});

	it('leave types: create, update, get, get many, delete', async () => {
		const { runIn, server } = ctx;
		const created = await runIn({
			resource: 'leaveType',
			operation: 'create',
			name: 'Holiday',
			approvalType: 'MANUAL',
			additionalFields: { takesFromPto: true, paymentPercentage: 100, color: '#E76F3D', shortDescription: 'Paid holiday' },
		});
		expect(sent()).toMatchObject({ method: 'POST', path: `${L}/leave-types` });
		expect(lastCall(server).body).toEqual({ name: 'Holiday', approvalType: 'MANUAL', takesFromPto: true, paymentPercentage: 100, color: '#E76F3D', shortDescription: 'Paid holiday' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id: expect.stringMatching(/^lt_/), name: 'Holiday', approvalType: 'MANUAL', takesFromPto: true });

		const updated = await runIn({ resource: 'leaveType', operation: 'update', leaveTypeId: byId(id), name: 'Annual leave', approvalType: 'MANUAL', updateFields: { hideFromCalendar: false } });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${L}/leave-types/${id}` });
		expect(lastCall(server).body).toEqual({ name: 'Annual leave', approvalType: 'MANUAL', hideFromCalendar: false });
		expect(updated.json).toEqual([{ success: true, message: 'Leave type updated' }]);

		const got = await runIn({ resource: 'leaveType', operation: 'get', leaveTypeId: byId(id) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/leave-types/${id}` });
		expect(got.json[0]).toMatchObject({ id, name: 'Annual leave', takesFromPto: 1, hideFromCalendar: 0 });

		const auto = await runIn({ resource: 'leaveType', operation: 'create', name: 'Sick leave', approvalType: 'AUTO_APPROVE' });
		const listed = await runIn({ resource: 'leaveType', operation: 'getAll', returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/leave-types`, rawQuery: '' });
		expect(listed.json).toEqual([
			{ id, name: 'Annual leave', color: '#E76F3D' },
			{ id: auto.json[0].id, name: 'Sick leave', color: '#65EE7B' },
		]);

		const temp = await runIn({ resource: 'leaveType', operation: 'create', name: 'Temp', approvalType: 'MANUAL' });
		const deleted = await runIn({ resource: 'leaveType', operation: 'delete', leaveTypeId: byId(String(temp.json[0].id)) });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${L}/leave-types/${String(temp.json[0].id)}` });
		expect(deleted.json).toEqual([{ deleted: true, message: 'Leave type deleted' }]);

		server.reset();
		const bad = await runIn({ resource: 'leaveType', operation: 'create', name: 'X', approvalType: 'MANUAL', additionalFields: { color: 'red' } });
		expect(bad.error?.message).toBe('Invalid "Name" in item 0: must be 2 to 100 characters long (is 1)');
		const colour = await runIn({ resource: 'leaveType', operation: 'create', name: 'XY', approvalType: 'MANUAL', additionalFields: { color: 'red' } });
		expect(colour.error?.message).toBe('Invalid "Color" in item 0: "red" is not a HEX colour such as #65EE7B');
		expect(server.requests).toHaveLength(0);
	});

	it('parameters: get and update', async () => {
		const { runIn, server } = ctx;
		const got = await runIn({ resource: 'leaveParameter', operation: 'get' });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/parameters` });
		expect(got.json).toEqual([{ yearStartMonth: 1, workingSchedule: 'MONDAY_TO_FRIDAY' }]);
		const updated = await runIn({ resource: 'leaveParameter', operation: 'update', yearStartMonth: 4, workingSchedule: 'EMPLOYEE_SCHEDULE' });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${L}/parameters` });
		expect(lastCall(server).body).toEqual({ yearStartMonth: 4, workingSchedule: 'EMPLOYEE_SCHEDULE' });
		expect(updated.json).toEqual([{ success: true, message: 'Leave type updated' }]);
		server.reset();
		const bad = await runIn({ resource: 'leaveParameter', operation: 'update', yearStartMonth: 13, workingSchedule: 'MONDAY_TO_FRIDAY' });
		expect(bad.error?.message).toBe('Invalid "Year Start Month" in item 0: must be from 1 to 12 (is 13)');
		expect(server.requests).toHaveLength(0);
	});

	it('leave users: add, get many, update, get, remove', async () => {
		const { runIn, server } = ctx;
		const added = await runIn({ resource: 'leaveUser', operation: 'add', userId: byId(jane), role: 'USER', ptoAllowance: 21.5, additionalFields: { canCarryOverDays: true, maxCarryOverDays: 5, carryOverMonthsAfterYearEnd: 3 } });
		expect(sent()).toMatchObject({ method: 'POST', path: `${L}/users/${jane}` });
		expect(lastCall(server).body).toEqual({ role: 'USER', ptoAllowance: 21.5, canCarryOverDays: true, maxCarryOverDays: 5, carryOverMonthsAfterYearEnd: 3 });
		expect(added.json).toEqual([{ success: true, message: 'User added to leave management' }]);
		await runIn({ resource: 'leaveUser', operation: 'add', userId: byId(me), role: 'APPROVER', ptoAllowance: 25 });

		const listed = await runIn({ resource: 'leaveUser', operation: 'getAll', returnAll: true, filters: { search: 'jane' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users` });
		expect(lastCall(server).query).toEqual({ search: 'jane', page: '1', pageSize: '100' });
		expect(listed.json).toEqual([{ id: jane, firstName: 'Jane', lastName: 'Doe', email: 'jane@hippoland.test' }]);

		const updated = await runIn({ resource: 'leaveUser', operation: 'update', userId: byId(jane), role: 'USER', ptoAllowance: 22, updateFields: { canExceedPtoAllowance: true } });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${L}/users/${jane}` });
		expect(lastCall(server).body).toEqual({ role: 'USER', ptoAllowance: 22, canExceedPtoAllowance: true });
		expect(updated.json).toEqual([{ success: true, message: 'Update user data in leave management' }]);

		const got = await runIn({ resource: 'leaveUser', operation: 'get', userId: byId(jane) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users/${jane}` });
		expect(got.json[0]).toMatchObject({ role: 'USER', ptoAllowance: 22, canExceedPtoAllowance: true, isActive: true });

		const temp = server.addCompanyUser(ctx.company, { firstName: 'Tem', lastName: 'Porary', email: 'temp@hippoland.test' }, ctx.admin);
		await runIn({ resource: 'leaveUser', operation: 'add', userId: byId(String(temp.id)), role: 'USER', ptoAllowance: 1 });
		const removed = await runIn({ resource: 'leaveUser', operation: 'remove', userId: byId(String(temp.id)) });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${L}/users/${String(temp.id)}` });
		expect(removed.json).toEqual([{ deleted: true, message: 'User data updated' }]);

		server.reset();
		const bad = await runIn({ resource: 'leaveUser', operation: 'add', userId: byId(jane), role: 'USER', ptoAllowance: 400 });
		expect(bad.error?.message).toBe('Invalid "PTO Allowance" in item 0: must be from 1 to 365 (is 400)');
		expect(server.requests).toHaveLength(0);
	});

	it('holidays: public holidays of a country and year, add to the company, company holidays', async () => {
		const { runIn, server } = ctx;
		const publicHolidays = await runIn({ resource: 'holiday', operation: 'getPublic', returnAll: true, filters: { year: '2026', countryCode: byId('IE') } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/public-holidays` });
		expect(lastCall(server).query).toEqual({ year: '2026', countryCode: 'IE' });
		expect(publicHolidays.json).toEqual([
			{ date: '2026-01-01', name: "New Year's Day" },
			{ date: '2026-03-17', name: "Saint Patrick's Day" },
			{ date: '2026-12-25', name: 'Christmas Day' },
		]);

		const added = await runIn({
			resource: 'holiday',
			operation: 'addToCompany',
			holidays: { holiday: [{ date: '2026-03-16T00:00:00.000Z', name: 'Company day' }, { date: '2026-08-03', name: 'Summer bank holiday' }] },
		});
		expect(sent()).toMatchObject({ method: 'POST', path: `${L}/public-holidays` });
		expect(lastCall(server).body).toEqual({ holidays: [{ date: '2026-03-16', name: 'Company day' }, { date: '2026-08-03', name: 'Summer bank holiday' }] });
		expect(added.json).toEqual([{ success: true, message: 'Company holidays added' }]);

		const company = await runIn({ resource: 'holiday', operation: 'getCompany', returnAll: false, limit: 1, filters: { year: '2026' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/company-holidays` });
		expect(lastCall(server).query).toEqual({ year: '2026' });
		expect(company.json).toEqual([{ name: 'Company day', date: '2026-03-16' }]);

		server.reset();
		const empty = await runIn({ resource: 'holiday', operation: 'addToCompany', holidays: {} });
		expect(empty.error?.message).toBe('Invalid "Holidays" in item 0: add at least one holiday');
		const year = await runIn({ resource: 'holiday', operation: 'getCompany', returnAll: true, filters: { year: '2026-01-01' } });
		expect(year.error?.message).toBe('Invalid "Year" in item 0: "2026-01-01" is not a four-digit year');
		expect(server.requests).toHaveLength(0);
	});

	it('requests: calculate PTO, create, list (company, user, pending), get, approve, get as the user, cancel', async () => {
		const { runIn, server, company } = ctx;
		const holiday = [...company.leaveTypes.values()].find((t) => t.name === 'Annual leave') as Row;
		const leave = {
			leaveTypeId: byId(String(holiday.id)),
			startDate: '2026-03-12',
			startTime: 'START_OF_DAY',
			endDate: '2026-03-18T00:00:00.000Z',
			endTime: 'MIDDAY',
		};
		const pto = await runIn({ resource: 'ptoCalculation', operation: 'calculate', userId: byId(jane), ...leave });
		expect(sent()).toMatchObject({ method: 'POST', path: `${L}/users/${jane}/requests/calculate-pto` });
		expect(lastCall(server).body).toEqual({ leaveTypeId: holiday.id, startDate: '2026-03-12', startTime: 'START_OF_DAY', endDate: '2026-03-18', endTime: 'MIDDAY' });
		// Thu, Fri, (weekend), Mon is a company day, Tue, half of Wed.
		expect(pto.json).toEqual([{ pto: 3.5 }]);

		const created = await runIn({ resource: 'leaveRequest', operation: 'create', userId: byId(jane), ...leave, additionalFields: { message: 'Family visit' } });
		expect(sent()).toMatchObject({ method: 'POST', path: `${L}/users/${jane}/requests` });
		expect(lastCall(server).body).toEqual({ leaveTypeId: holiday.id, startDate: '2026-03-12', startTime: 'START_OF_DAY', endDate: '2026-03-18', endTime: 'MIDDAY', message: 'Family visit' });
		expect(created.json).toEqual([{ success: true, message: 'Leave request recorded' }]);
		await runIn({ resource: 'leaveRequest', operation: 'create', userId: byId(me), ...leave, startDate: '2026-07-01', endDate: '2026-07-03' });
		const [janes, mine] = [...company.requests.values()] as Array<{ id: string }>;

		const all = await runIn({ resource: 'leaveRequest', operation: 'getAll', returnAll: true, simplify: false, filters: { departmentId: byId('dep_sales'), year: '2026', month: 3, status: 'SUBMITTED' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/requests` });
		expect(lastCall(server).query).toEqual({ departmentId: 'dep_sales', year: '2026', month: '3', status: 'SUBMITTED' });
		expect(all.json).toEqual([expect.objectContaining({ id: janes.id, firstName: 'Jane', leaveTypeName: 'Annual leave', departmentName: 'Sales', ptoDaysTaken: '3.5', status: 'SUBMITTED' })]);
		const simple = await runIn({ resource: 'leaveRequest', operation: 'getAll', returnAll: false, limit: 1 });
		expect(lastCall(server).rawQuery).toBe('');
		expect(Object.keys(simple.json[0])).toEqual(['id', 'firstName', 'lastName', 'leaveTypeName', 'startDate', 'startTime', 'endDate', 'endTime', 'status', 'ptoDaysTaken']);

		const ofUser = await runIn({ resource: 'leaveRequest', operation: 'getAllForUser', userId: byId(me), returnAll: true, simplify: false, filters: { year: '2026', month: 7 } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users/${me}/requests` });
		expect(lastCall(server).query).toEqual({ year: '2026', month: '7' });
		expect(ofUser.json).toEqual([expect.objectContaining({ id: mine.id, userId: me, startDate: '2026-07-01' })]);

		const pending = await runIn({ resource: 'leaveRequest', operation: 'getPending', returnAll: true, filters: { departmentId: byId('dep_sales') } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users/pending-requests` });
		expect(lastCall(server).query).toEqual({ departmentId: 'dep_sales', page: '1', pageSize: '100' });
		expect(pending.json.map((r) => r.id)).toEqual([janes.id]);

		const got = await runIn({ resource: 'leaveRequest', operation: 'get', requestId: byId(janes.id), simplify: false });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/requests/${janes.id}` });
		expect(got.json[0]).toMatchObject({ id: janes.id, employeeMessage: 'Family visit', createdBy: 'Ada Admin' });

		const approved = await runIn({ resource: 'leaveRequest', operation: 'update', requestId: byId(janes.id), status: 'APPROVED', updateFields: { comment: 'Enjoy' } });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${L}/requests/${janes.id}` });
		expect(lastCall(server).body).toEqual({ status: 'APPROVED', comment: 'Enjoy' });
		expect(approved.json).toEqual([{ success: true, message: 'Leave request update success' }]);

		const own = await runIn({ resource: 'leaveRequest', operation: 'getForUser', userId: byId(me), requestId: byId(mine.id), simplify: false });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users/${me}/requests/${mine.id}` });
		expect(own.json[0]).toMatchObject({ id: mine.id, email: ctx.admin.email, status: 'SUBMITTED' });

		const cancelled = await runIn({ resource: 'leaveRequest', operation: 'cancel', userId: byId(me), requestId: byId(mine.id), additionalFields: { comment: 'Plans changed' } });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${L}/users/${me}/requests/${mine.id}` });
		expect(lastCall(server).body).toEqual({ status: 'CANCELLED', comment: 'Plans changed' });
		expect(cancelled.json).toEqual([{ success: true, message: 'Leave request cancelled' }]);

		server.reset();
		const backwards = await runIn({ resource: 'leaveRequest', operation: 'create', userId: byId(jane), ...leave, startDate: '2026-03-20' });
		expect(backwards.error?.message).toBe('Invalid "End Date" in item 0: 2026-03-18 is before the start date 2026-03-20');
		const badDate = await runIn({ resource: 'ptoCalculation', operation: 'calculate', userId: byId(jane), ...leave, startDate: '={{ $json.d }}' }, [{ json: { d: 'next tuesday' } }]);
		expect(badDate.error?.message).toBe('Invalid "Start Date" in item 0: "next tuesday" is not a valid date');
		expect(server.requests).toHaveLength(0);
	});

	it('summaries: one user by year, and everyone of a department', async () => {
		const { runIn, server } = ctx;
		const one = await runIn({ resource: 'leaveSummary', operation: 'get', userId: byId(jane), options: { year: '2026' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users/${jane}/leave-summary` });
		expect(lastCall(server).query).toEqual({ year: '2026' });
		expect(one.json).toEqual([expect.objectContaining({ firstName: 'Jane', ptoDaysBooked: 3.5, ptoDaysRequested: 0, ptoAllowance: 22, year: 2026 })]);

		const many = await runIn({ resource: 'leaveSummary', operation: 'getAll', returnAll: true, filters: { year: '2026', departmentId: byId('dep_sales') } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${L}/users/leave-summary` });
		expect(lastCall(server).query).toEqual({ year: '2026', departmentId: 'dep_sales', page: '1', pageSize: '100' });
		expect(many.json.map((s) => s.firstName)).toEqual(['Jane']);
	});
});
