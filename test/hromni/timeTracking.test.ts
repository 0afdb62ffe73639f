import { expectAuthenticated } from './assertions';
import { PASSWORD, byId, lastCall, startHrOmni } from './setup';
import type { HrOmniContext } from './setup';

describe('HR Omni › time tracking', () => {
	let ctx: HrOmniContext;
	let T: string;
	let me: string;
	beforeAll(async () => {
		ctx = await startHrOmni();
		T = `/company/${ctx.companyId}/time-tracking`;
		me = ctx.admin.id;
		ctx.company.departments.set('dep_ops', { id: 'dep_ops', name: 'Dev-ops' });
		(ctx.company.users.get(me) as Record<string, unknown>).employment = { status: 'ACTIVE', departmentId: 'dep_ops' };
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const sent = () => {
		const call = lastCall(ctx.server);
		expectAuthenticated(call, ctx.server);
		return call;
	};

	it('module: enable with the credential password; parameters: get and update', async () => {
		const { runIn, server } = ctx;
		const enabled = await runIn({ resource: 'timeTracking', operation: 'setState', action: 'ENABLE' });
		expect(sent()).toMatchObject({ method: 'POST', path: T });
		expect(lastCall(server).body).toEqual({ action: 'ENABLE', password: PASSWORD });
		expect(enabled.json).toEqual([{ success: true, message: 'Time tracking module enabled' }]);

		const got = await runIn({ resource: 'timeTrackingParameter', operation: 'get' });
		expect(sent()).toMatchObject({ method: 'GET', path: `${T}/parameters` });
		expect(got.json).toEqual([{ canUserManageProject: true }]);

		const updated = await runIn({ resource: 'timeTrackingParameter', operation: 'update', canUserManageProject: false });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${T}/parameters` });
		expect(lastCall(server).body).toEqual({ canUserManageProject: false });
		expect(updated.json).toEqual([{ success: true, message: 'Parameters updated successfully' }]);
	});

	it('projects: create, update, get, get many, delete', async () => {
		const { runIn, server } = ctx;
		const created = await runIn({ resource: 'project', operation: 'create', name: 'Project name', isBillable: false, additionalFields: { description: 'Project description' } });
		expect(sent()).toMatchObject({ method: 'POST', path: `${T}/projects` });
		expect(lastCall(server).body).toEqual({ name: 'Project name', isBillable: false, description: 'Project description' });
		const id = String(created.json[0].id);
		expect(created.json).toEqual([{ id: expect.stringMatching(/^prj_/), name: 'Project name', description: 'Project description', isBillable: false }]);

		const updated = await runIn({ resource: 'project', operation: 'update', projectId: byId(id), name: 'Project updated name', isBillable: true });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${T}/projects/${id}` });
		expect(lastCall(server).body).toEqual({ name: 'Project updated name', isBillable: true });
		expect(updated.json).toEqual([{ success: true, message: 'Project updated successfully' }]);

		const got = await runIn({ resource: 'project', operation: 'get', projectId: byId(id) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${T}/projects/${id}` });
		expect(got.json).toEqual([{ id, name: 'Project updated name', description: 'Project description', isBillable: true }]);

		const other = await runIn({ resource: 'project', operation: 'create', name: 'Temp', isBillable: true });
		const listed = await runIn({ resource: 'project', operation: 'getAll', returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: `${T}/projects`, rawQuery: '' });
		expect(listed.json.map((p) => p.name)).toEqual(['Project updated name', 'Temp']);

		const deleted = await runIn({ resource: 'project', operation: 'delete', projectId: byId(String(other.json[0].id)) });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${T}/projects/${String(other.json[0].id)}` });
		expect(deleted.json).toEqual([{ deleted: true, message: 'Project deleted successfully' }]);
	});

	it('time entries: create, update, list (company and user, with filters), delete at the entry URL', async () => {
		const { runIn, server, company } = ctx;
		const projectId = String([...company.projects.keys()][0]);
		const created = await runIn({
			resource: 'timeEntry',
			operation: 'create',
			userId: byId(me),
			trackingDate: '2025-11-11T00:00:00.000Z',
			startingTime: '08:30',
			isBreak: false,
			isManual: true,
			additionalFields: { projectId: byId(projectId), endingTime: '12:30', note: 'note' },
		});
		expect(sent()).toMatchObject({ method: 'POST', path: `${T}/users/${me}/time-entries` });
		expect(lastCall(server).body).toEqual({ trackingDate: '2025-11-11', startingTime: '08:30', isBreak: false, isManual: true, projectId, endingTime: '12:30', note: 'note' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id: expect.stringMatching(/^ent_/), userId: me, project: { id: projectId, name: 'Project updated name' } });

		const updated = await runIn({
			resource: 'timeEntry',
			operation: 'update',
			userId: byId(me),
			entryId: byId(id),
			trackingDate: '2025-11-11',
			startingTime: '08:40',
			isBreak: false,
			isManual: true,
			updateFields: { endingTime: '13:59', note: 'updated time entry note', projectId: byId(projectId) },
		});
		expect(sent()).toMatchObject({ method: 'PUT', path: `${T}/users/${me}/time-entries/${id}` });
		expect(lastCall(server).body).toEqual({ trackingDate: '2025-11-11', startingTime: '08:40', isBreak: false, isManual: true, endingTime: '13:59', note: 'updated time entry note', projectId });
		expect(updated.json).toEqual([{ success: true, message: 'Time entry successfully updated' }]);

		await runIn({ resource: 'timeEntry', operation: 'create', userId: byId(me), trackingDate: '2025-12-01', startingTime: '13:30', isBreak: true, isManual: true, additionalFields: { endingTime: '13:45' } });

		const all = await runIn({ resource: 'timeEntry', operation: 'getAll', returnAll: true, simplify: false, filters: { projectId: byId(projectId), dateFrom: '2025-11-10', dateTo: '2025-11-25T00:00:00.000Z' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${T}/time-entries` });
		expect(lastCall(server).query).toEqual({ dateFrom: '2025-11-10', dateTo: '2025-11-25', projectId });
		expect(all.json).toEqual([
			expect.objectContaining({
				timeEntryId: id,
				trackingDate: '2025-11-11',
				startingTime: '08:40:00',
				endingTime: '13:59:00',
				hoursTracked: '05:19:00',
				user: expect.objectContaining({ id: me, firstName: 'Ada' }),
				department: { id: 'dep_ops', name: 'Dev-ops' },
				project: expect.objectContaining({ id: projectId }),
			}),
		]);

		const ofUser = await runIn({ resource: 'timeEntry', operation: 'getAllForUser', userId: byId(me), returnAll: false, limit: 5, filters: { dateFrom: '2025-12-01' } });
		expect(sent()).toMatchObject({ method: 'GET', path: `${T}/users/${me}/time-entries` });
		expect(lastCall(server).query).toEqual({ dateFrom: '2025-12-01' });
		expect(ofUser.json).toEqual([expect.objectContaining({ isBreak: true, hoursTracked: '00:15:00' })]);
		expect(Object.keys(ofUser.json[0])).toEqual(['timeEntryId', 'trackingDate', 'startingTime', 'endingTime', 'hoursTracked', 'isBreak', 'isManual', 'note', 'user']);

		const deleted = await runIn({ resource: 'timeEntry', operation: 'delete', userId: byId(me), entryId: byId(id) });
		expect(sent()).toMatchObject({ method: 'DELETE', path: `${T}/users/${me}/time-entries/${id}` });
		expect(deleted.json).toEqual([{ deleted: true, message: 'Time entry deleted successfully' }]);
		expect(company.timeEntries.has(id)).toBe(false);

		server.reset();
		const badTime = await runIn({ resource: 'timeEntry', operation: 'create', userId: byId(me), trackingDate: '2025-11-11', startingTime: '8.30', isBreak: false, isManual: true });
		expect(badTime.error?.message).toBe('Invalid "Starting Time" in item 0: "8.30" is not a time in HH:MM format');
		const backwards = await runIn({ resource: 'timeEntry', operation: 'create', userId: byId(me), trackingDate: '2025-11-11', startingTime: '10:00', isBreak: false, isManual: true, additionalFields: { endingTime: '09:00' } });
		expect(backwards.error?.message).toBe('Invalid "Ending Time" in item 0: 09:00 is before the starting time 10:00');
		expect(server.requests).toHaveLength(0);
	});
});
