import type { IDataObject, INodeParameters, Workflow } from 'n8n-workflow';
import type { Row } from '../servers/hromni/server';
import { hexId } from '../servers/hromni/core';
import type { HrOmniContext } from '../hromni/setup';
import { HR_OMNI_TRIGGER, byId, startHrOmni } from '../hromni/setup';
import type { ChiefOnboardingContext } from '../chiefonboarding/setup';
import { startChiefOnboarding } from '../chiefonboarding/setup';

const FUTURE = '2099-01-01T00:00:00.000000Z';

/**
 * A record dated in the future (bad data, clock skew) must not hide the records created
 * after it: every polling trigger emits each new record exactly once.
 */
describe('Polling triggers › a record dated in the future hides nothing', () => {
	describe('HR Omni Trigger', () => {
		let ctx: HrOmniContext;
		beforeAll(async () => {
			ctx = await startHrOmni();
			ctx.company.modules.LEAVE_MANAGEMENT = true;
			ctx.company.leaveTypes.set('lt_holiday', { id: 'lt_holiday', name: 'Holiday', approvalType: 'MANUAL', color: '#E76F3D' });
			ctx.server.seedEmployees(ctx.company, 5);
		});
		afterAll(async () => await ctx.server.stop());
		beforeEach(() => ctx.server.reset());

		const workflow = (event: string, extra: INodeParameters = {}): Workflow =>
			ctx.engine.workflow(
				{ type: HR_OMNI_TRIGGER, parameters: { event, companyId: byId(ctx.companyId), ...extra }, credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } } },
				{},
			);
		const poll = async (wf: Workflow) => {
			const { data, execution } = await ctx.engine.poll(wf);
			if (execution?.error) throw execution.error;
			return (data?.[0] ?? []).map((item) => item.json as IDataObject);
		};
		let next = 100;
		const hire = (count: number) => {
			const rows = ctx.server.seedEmployees(ctx.company, count, next);
			next += count;
			return rows.map((row) => row.id);
		};

		it('New Employee: 3 employees added after one dated 2099 are 3 events, each once', async () => {
			const wf = workflow('newEmployee');
			expect(await poll(wf)).toEqual([]);

			const [future] = ctx.server.seedEmployees(ctx.company, 1, next++);
			future.createdAt = FUTURE;
			expect((await poll(wf)).map((e) => e.userId)).toEqual([future.id]);

			const three = hire(3);
			expect((await poll(wf)).map((e) => e.userId)).toEqual(three);
			expect(await poll(wf)).toEqual([]);
			const one = hire(1);
			expect((await poll(wf)).map((e) => e.userId)).toEqual(one);
			expect(await poll(wf)).toEqual([]);
			// The cursor never moved past the poll's own time; the future record waits at the edge.
			const stored = wf.staticData['node:Node'] as IDataObject;
			expect(Number(stored.cursor)).toBeLessThanOrEqual(Date.now());
			expect((stored.edge as IDataObject)[String(future.id)]).toBe(Date.parse(FUTURE));
		});

		it('New Employee: a 2099 record already there at activation hides nothing either', async () => {
			const wf = workflow('newEmployee');
			expect(await poll(wf)).toEqual([]);
			const three = hire(3);
			expect((await poll(wf)).map((e) => e.userId)).toEqual(three);
			expect(await poll(wf)).toEqual([]);
		});

		it('Employee Updated: an update dated 2099 does not hide the real updates after it', async () => {
			const wf = workflow('employeeUpdated');
			const [a, b, c] = [...ctx.company.users.values()].filter((u) => u.employment);
			expect(await poll(wf)).toEqual([]);
			a.updatedAt = FUTURE;
			expect((await poll(wf)).map((e) => e.userId)).toEqual([a.id]);
			b.updatedAt = ctx.server.now();
			c.updatedAt = ctx.server.now();
			expect((await poll(wf)).map((e) => e.userId)).toEqual([b.id, c.id]);
			expect(await poll(wf)).toEqual([]);
			// Updated again (back to a real time): a new event for the same employee.
			a.updatedAt = ctx.server.now();
			expect((await poll(wf)).map((e) => e.userId)).toEqual([a.id]);
			expect(await poll(wf)).toEqual([]);
		});

		it('New Leave Request: requests after one created in 2099 are each emitted once', async () => {
			const user = String(ctx.admin.id);
			const request = (createdAt: string): Row => {
				const id = hexId('lr_');
				const row: Row = { id, userId: user, leaveTypeId: 'lt_holiday', startDate: '2026-05-04', startTime: 'START_OF_DAY', endDate: '2026-05-05', endTime: 'END_OF_DAY', status: 'SUBMITTED', ptoDaysTaken: 2, createdAt };
				ctx.company.requests.set(id, row);
				return row;
			};
			const wf = workflow('newLeaveRequest');
			expect(await poll(wf)).toEqual([]);
			const future = request('2099-01-01T00:00:00.000Z');
			const three = [request(ctx.server.nowMs()), request(ctx.server.nowMs()), request(ctx.server.nowMs())];
			expect((await poll(wf)).map((r) => r.id)).toEqual([...three.map((r) => r.id), future.id]);
			expect(await poll(wf)).toEqual([]);
			const later = request(ctx.server.nowMs());
			expect((await poll(wf)).map((r) => r.id)).toEqual([later.id]);
			expect(await poll(wf)).toEqual([]);
		});

		it('manual mode samples the newest record that is not in the future', async () => {
			const [newest] = ctx.server.seedEmployees(ctx.company, 1, next++);
			const sample = (await ctx.engine.poll(workflow('newEmployee'), 'manual')).data?.[0].map((item) => item.json.userId);
			expect(sample).toEqual([newest.id]);
		});

		it('keeps polling from a stored state of the earlier form whose cursor lies in 2099', async () => {
			const scope = JSON.stringify(['newEmployee', ctx.companyId, '', '']);
			const future = [...ctx.company.users.values()].find((u) => u.createdAt === FUTURE) as Row;
			const wf = ctx.engine.workflow(
				{ type: HR_OMNI_TRIGGER, parameters: { event: 'newEmployee', companyId: byId(ctx.companyId) }, credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } } },
				{ 'node:Node': { scope, cursor: Date.parse(FUTURE), idsAtCursor: [String(future.id)] } },
			);
			expect(await poll(wf)).toEqual([]);
			const three = hire(3);
			expect((await poll(wf)).map((e) => e.userId)).toEqual(three);
			expect(await poll(wf)).toEqual([]);
		});
	});

	describe('ChiefOnboarding Trigger (IDs, no dates)', () => {
		let ctx: ChiefOnboardingContext;
		beforeAll(async () => {
			ctx = await startChiefOnboarding();
			ctx.server.addUser({ first_name: 'Early', last_name: 'Bird', email: 'early@example.com' });
		});
		afterAll(async () => await ctx.server.stop());
		beforeEach(() => ctx.server.reset());

		const hire = (name: string) => ctx.server.addUser({ first_name: name, last_name: 'Hire', email: `${name.toLowerCase()}@example.com` }).id;
		const poll = async (wf: Workflow) => ((await ctx.engine.poll(wf)).data?.[0] ?? []).map((item) => item.json.id);

		it('3 users created after one imported with a far higher ID are 3 events, each once', async () => {
			const wf = ctx.triggerWorkflow();
			expect(await poll(wf)).toEqual([]);
			// Imported with an explicit ID: the database sequence does not move, later IDs stay low.
			const imported = ctx.server.addUser({ id: 2_099_000, first_name: 'Imported', last_name: 'User', email: 'imported@example.com' }).id;
			expect(await poll(wf)).toEqual([imported]);
			const three = [hire('Ann'), hire('Ben'), hire('Cat')];
			expect(three.every((id) => id < imported)).toBe(true);
			expect(await poll(wf)).toEqual(three);
			expect(await poll(wf)).toEqual([]);
			const one = hire('Dee');
			expect(await poll(wf)).toEqual([one]);
			expect(await poll(wf)).toEqual([]);
			// Seen IDs are kept as ranges, not one entry per user.
			const ranges = (wf.staticData['node:Node'] as IDataObject).seenIds as Array<[number, number]>;
			expect(ranges.length).toBeLessThanOrEqual(3);
			expect(ranges).toContainEqual([three[0], one]);
			expect(ranges[ranges.length - 1]).toEqual([imported, imported]);
		});

		it('a state of the earlier form (highest ID as cursor) goes on without repeating or losing users', async () => {
			const highest = Math.max(...ctx.server.users.keys());
			const wf = ctx.triggerWorkflow({ 'node:Node': { cursor: highest, idsAtCursor: [String(highest)] } });
			expect(await poll(wf)).toEqual([]);
			const fresh = hire('Eve');
			expect(await poll(wf)).toEqual([fresh]);
		});
	});
});
