import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { Workflow } from 'n8n-workflow';
import { hexId } from '../servers/hromni/core';
import type { Row } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { expectAuthenticated } from './assertions';
import { HR_OMNI_TRIGGER, byId, startHrOmni } from './setup';

describe('HR Omni Trigger › polling', () => {
	let ctx: HrOmniContext;
	beforeAll(async () => {
		ctx = await startHrOmni();
		ctx.company.modules.LEAVE_MANAGEMENT = true;
		ctx.company.modules.TIME_TRACKING = true;
		ctx.company.leaveTypes.set('lt_holiday', { id: 'lt_holiday', name: 'Holiday', approvalType: 'MANUAL', color: '#E76F3D' });
		ctx.company.departments.set('dep_a', { id: 'dep_a', name: 'A' });
		ctx.company.departments.set('dep_b', { id: 'dep_b', name: 'B' });
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const workflow = (event: string, extra: INodeParameters = {}) =>
		ctx.engine.workflow(
			{ type: HR_OMNI_TRIGGER, parameters: { event, companyId: byId(ctx.companyId), ...extra }, credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } } },
			{},
		);
	const poll = async (wf: Workflow, mode: 'trigger' | 'manual' = 'trigger') => {
		const { data, execution } = await ctx.engine.poll(wf, mode);
		if (execution?.error) throw execution.error;
		return (data?.[0] ?? []).map((item) => item.json as IDataObject);
	};
	const leaveRequest = (userId: string, extra: Row = {}): Row => {
		const id = hexId('lr_');
		const row: Row = {
			id,
			userId,
			leaveTypeId: 'lt_holiday',
			startDate: '2026-05-04',
			startTime: 'START_OF_DAY',
			endDate: '2026-05-05',
			endTime: 'END_OF_DAY',
			status: 'SUBMITTED',
			ptoDaysTaken: 2,
			createdAt: ctx.server.nowMs(),
			...extra,
		};
		ctx.company.requests.set(id, row);
		return row;
	};
	const employee = (departmentId: string) => {
		const [row] = ctx.server.seedEmployees(ctx.company, 1, ctx.company.users.size + 1000);
		(row.employment as Row).departmentId = departmentId;
		return String(row.id);
	};

	it('New Employee: the first poll is the baseline, then each new employee once, across several pages', async () => {
		ctx.server.seedEmployees(ctx.company, 5);
		const wf = workflow('newEmployee');
		expect(await poll(wf)).toEqual([]);
		const pagesOf = () => ctx.server.calls('GET', `/company/${ctx.companyId}/users/employees`).map((r) => r.query.page);
		expect(pagesOf()).toEqual(['1']);
		expectAuthenticated(ctx.server.calls('GET', `/company/${ctx.companyId}/users/employees`)[0], ctx.server);

		const added = ctx.server.seedEmployees(ctx.company, 250, 5);
		ctx.server.reset();
		const second = await poll(wf);
		expect(second.map((e) => e.userId)).toEqual(added.map((e) => e.id));
		expect(pagesOf()).toEqual(['1', '2', '3']);
		expect(ctx.server.calls('GET', `/company/${ctx.companyId}/users/employees`).every((r) => r.query.pageSize === '100')).toBe(true);

		expect(await poll(wf)).toEqual([]);
		const more = ctx.server.seedEmployees(ctx.company, 2, 255);
		expect((await poll(wf)).map((e) => e.userId)).toEqual(more.map((e) => e.id));
		expect(await poll(wf)).toEqual([]);
	});

	it('New Employee: the stored cursor is kept in static data and survives a session expiry', async () => {
		const wf = workflow('newEmployee');
		await poll(wf);
		const newest = [...ctx.company.users.values()].filter((u) => u.employment).pop() as Row;
		expect(wf.staticData['node:Node']).toEqual({
			scope: JSON.stringify(['newEmployee', ctx.companyId, '', '']),
			cursor: Date.parse(String(newest.createdAt)),
			edge: { [String(newest.id)]: Date.parse(String(newest.createdAt)) },
		});
		ctx.server.expireSessions();
		const fresh = ctx.server.seedEmployees(ctx.company, 1, 900);
		expect((await poll(wf)).map((e) => e.userId)).toEqual([fresh[0].id]);
	});

	it('Employee Updated: every newer update time, once; creations are not updates', async () => {
		const wf = workflow('employeeUpdated');
		const [a, b] = [...ctx.company.users.values()].filter((u) => u.employment);
		await poll(wf);
		a.updatedAt = ctx.server.now();
		expect((await poll(wf)).map((e) => e.userId)).toEqual([a.id]);
		expect(await poll(wf)).toEqual([]);
		b.updatedAt = ctx.server.now();
		a.updatedAt = ctx.server.now();
		ctx.server.seedEmployees(ctx.company, 1, 5000); // new, not updated
		expect((await poll(wf)).map((e) => e.userId)).toEqual([b.id, a.id]);
		expect(await poll(wf)).toEqual([]);
	});

	it('New Leave Request and Leave Request Status Changed (with the previous status), filtered by department', async () => {
		const inA = employee('dep_a');
		const inB = employee('dep_b');
		const old = leaveRequest(inA);
		const created = workflow('newLeaveRequest', { options: { departmentId: byId('dep_a') } });
		const changed = workflow('leaveRequestStatusChanged');
		expect(await poll(created)).toEqual([]);
		expect(await poll(changed)).toEqual([]);
		expect(ctx.server.calls('GET', `/company/${ctx.companyId}/leave-management/requests`).map((r) => r.rawQuery)).toEqual(['departmentId=dep_a', '']);

		const fresh = leaveRequest(inA);
		leaveRequest(inB);
		old.status = 'APPROVED';
		expect((await poll(created)).map((r) => r.id)).toEqual([fresh.id]);
		expect(await poll(changed)).toEqual([expect.objectContaining({ id: old.id, status: 'APPROVED', previousStatus: 'SUBMITTED' })]);
		expect(await poll(created)).toEqual([]);
		expect(await poll(changed)).toEqual([]);

		fresh.status = 'DECLINED';
		expect(await poll(changed)).toEqual([expect.objectContaining({ id: fresh.id, status: 'DECLINED', previousStatus: 'SUBMITTED' })]);
	});

	it('New Pending Request: new pending IDs across pages, each once (pending requests carry no timestamp)', async () => {
		const user = employee('dep_a');
		for (const r of ctx.company.requests.values()) r.status = 'APPROVED';
		leaveRequest(user);
		const wf = workflow('newPendingRequest');
		expect(await poll(wf)).toEqual([]);
		const batch = Array.from({ length: 120 }, () => leaveRequest(user));
		ctx.server.reset();
		const emitted = await poll(wf);
		expect(emitted.map((r) => r.id)).toEqual(batch.map((r) => r.id));
		expect(ctx.server.calls('GET', `/company/${ctx.companyId}/leave-management/users/pending-requests`).map((r) => r.query.page)).toEqual(['1', '2']);
		expect(await poll(wf)).toEqual([]);
		batch[0].status = 'APPROVED';
		const last = leaveRequest(user);
		expect((await poll(wf)).map((r) => r.id)).toEqual([last.id]);
	});

	it('New Time Entry: once each, filtered by project', async () => {
		const user = ctx.admin.id;
		const entry = (projectId?: string): Row => {
			const id = hexId('ent_');
			const row: Row = { id, userId: user, trackingDate: '2025-11-11', startingTime: '08:30', isBreak: false, isManual: true, createdAt: ctx.server.now(), ...(projectId ? { projectId } : {}) };
			ctx.company.timeEntries.set(id, row);
			return row;
		};
		ctx.company.projects.set('prj_1', { id: 'prj_1', name: 'One', isBillable: true });
		entry('prj_1');
		const wf = workflow('newTimeEntry', { timeEntryOptions: { projectId: byId('prj_1') } });
		expect(await poll(wf)).toEqual([]);
		expect(ctx.server.calls('GET', `/company/${ctx.companyId}/time-tracking/time-entries`)[0].query).toEqual({ projectId: 'prj_1' });
		const a = entry('prj_1');
		entry();
		const b = entry('prj_1');
		expect((await poll(wf)).map((e) => e.timeEntryId)).toEqual([a.id, b.id]);
		expect(await poll(wf)).toEqual([]);
	});

	it('manual mode returns the newest record as a sample and leaves the cursor alone', async () => {
		const wf = workflow('newEmployee');
		await poll(wf);
		const before = JSON.stringify(wf.staticData);
		const sample = await poll(wf, 'manual');
		expect(sample).toHaveLength(1);
		const newest = [...ctx.company.users.values()].filter((u) => u.employment).pop() as Row;
		expect(sample[0].userId).toBe(newest.id);
		expect(JSON.stringify(wf.staticData)).toBe(before);
		const status = await poll(workflow('leaveRequestStatusChanged'), 'manual');
		expect(status).toEqual([expect.objectContaining({ previousStatus: null })]);
	});

	it('starts a new baseline when the event or the company changes', async () => {
		const wf = workflow('newEmployee');
		await poll(wf);
		ctx.server.seedEmployees(ctx.company, 1, 7000);
		wf.getNode('Node')!.parameters.event = 'newTimeEntry';
		expect(await poll(wf)).toEqual([]);
		wf.getNode('Node')!.parameters.event = 'newEmployee';
		expect(await poll(wf)).toEqual([]);
	});
});
