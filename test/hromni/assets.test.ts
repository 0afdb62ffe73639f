import type { Row } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { expectAuthenticated } from './assertions';
import { byId, lastCall, startHrOmni } from './setup';

describe('HR Omni › assets and asset types', () => {
	let ctx: HrOmniContext;
	let A: string;
	let uid: string;
	beforeAll(async () => {
		ctx = await startHrOmni();
		A = `/company/${ctx.companyId}/assets`;
		uid = String(ctx.server.addCompanyUser(ctx.company, { firstName: 'User', lastName: 'Two', email: 'two@hippoland.test' }, ctx.admin).id);
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());

	const sent = () => {
		const call = lastCall(ctx.server);
		expectAuthenticated(call, ctx.server);
		return call;
	};

	it('asset types: create, update, get many', async () => {
		const { runIn, server } = ctx;
		const created = await runIn({ resource: 'assetType', operation: 'create', name: 'Laptop' });
		expect(sent()).toMatchObject({ method: 'POST', path: `${A}/types` });
		expect(lastCall(server).body).toEqual({ name: 'Laptop' });
		const id = String(created.json[0].id);
		expect(created.json).toEqual([{ id, type: 'Laptop' }]);

		const updated = await runIn({ resource: 'assetType', operation: 'update', typeId: byId(id), name: 'Laptops' });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${A}/types/${id}` });
		expect(lastCall(server).body).toEqual({ name: 'Laptops' });
		expect(updated.json).toEqual([{ id, type: 'Laptops' }]);

		const listed = await runIn({ resource: 'assetType', operation: 'getAll', returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: `${A}/types`, rawQuery: '' });
		expect(listed.json).toEqual([{ id, isDefault: false, type: 'Laptops' }]);
	});

	it('assets: create, get many (filters), get, update, assign, return, retire, history, of a user', async () => {
		const { runIn, server, company } = ctx;
		const typeId = String([...company.assetTypes.keys()][0]);
		const created = await runIn({ resource: 'asset', operation: 'create', typeId: byId(typeId), name: 'MacBook', reference: 'SN-801238', condition: 4, additionalFields: { userId: byId(uid) } });
		expect(sent()).toMatchObject({ method: 'POST', path: A });
		expect(lastCall(server).body).toEqual({ typeId, name: 'MacBook', reference: 'SN-801238', condition: 4, userId: uid });
		expect(created.json).toEqual([{ success: true, message: 'Company asset created' }]);
		await runIn({ resource: 'asset', operation: 'create', typeId: byId(typeId), name: 'ThinkPad', reference: 'SN-2', condition: 5 });
		const [mac, think] = [...company.assets.values()] as Row[];

		const listed = await runIn({ resource: 'asset', operation: 'getAll', returnAll: true, filters: { search: 'macbook', typeId: byId(typeId), status: 'ASSIGNED' } });
		expect(sent()).toMatchObject({ method: 'GET', path: A });
		expect(lastCall(server).query).toEqual({ search: 'macbook', typeId, status: 'ASSIGNED', page: '1', pageSize: '100' });
		expect(listed.json).toEqual([
			expect.objectContaining({ id: mac.id, companyId: ctx.companyId, type: 'Laptops', assignedTo: 'User Two', description: 'MacBook', reference: 'SN-801238', condition: 4, status: 'ASSIGNED' }),
		]);

		const got = await runIn({ resource: 'asset', operation: 'get', assetId: byId(String(think.id)) });
		expect(sent()).toMatchObject({ method: 'GET', path: `${A}/${String(think.id)}` });
		expect(got.json[0]).toMatchObject({ id: think.id, status: 'AVAILABLE', assignedTo: '' });

		const updated = await runIn({ resource: 'asset', operation: 'update', assetId: byId(String(think.id)), typeId: byId(typeId), name: 'ThinkPad X1', reference: 'SN-2', condition: 3 });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${A}/${String(think.id)}` });
		expect(lastCall(server).body).toEqual({ typeId, name: 'ThinkPad X1', reference: 'SN-2', condition: 3 });
		expect(updated.json).toEqual([{ success: true, message: 'Asset updated' }]);

		const assigned = await runIn({ resource: 'asset', operation: 'assign', assetId: byId(String(think.id)), userId: byId(uid) });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${A}/${String(think.id)}/assign/${uid}` });
		expect(assigned.json).toEqual([{ success: true, message: 'Asset assigned' }]);

		const mine = await runIn({ resource: 'asset', operation: 'getForUser', userId: byId(uid), returnAll: true });
		expect(sent()).toMatchObject({ method: 'GET', path: `/company/${ctx.companyId}/users/${uid}/assets`, rawQuery: '' });
		expect(mine.json.map((a) => a.assetId)).toEqual([mac.id, think.id]);

		const returned = await runIn({ resource: 'asset', operation: 'return', assetId: byId(String(think.id)), condition: 2 });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${A}/${String(think.id)}/returned` });
		expect(lastCall(server).body).toEqual({ condition: 2 });
		expect(returned.json).toEqual([{ success: true, message: 'Asset returned' }]);

		const retired = await runIn({ resource: 'asset', operation: 'retire', assetId: byId(String(think.id)) });
		expect(sent()).toMatchObject({ method: 'PUT', path: `${A}/${String(think.id)}/retired` });
		expect(retired.json).toEqual([{ success: true, message: 'Asset is retired' }]);
		expect(think.status).toBe('RETIRED');

		const history = await runIn({ resource: 'asset', operation: 'getHistory', assetId: byId(String(think.id)), returnAll: false, limit: 2 });
		expect(sent()).toMatchObject({ method: 'GET', path: `${A}/${String(think.id)}/history` });
		expect(lastCall(server).query).toEqual({ page: '1', pageSize: '2' });
		expect(history.json.map((h) => h.description)).toEqual(['Item create: ThinkPad | Condition: 5 | Reference: SN-2', 'Item updated: ThinkPad X1 | Condition: 3']);

		const again = await runIn({ resource: 'asset', operation: 'assign', assetId: byId(String(think.id)), userId: byId(uid) });
		expect(again.error?.message).toBe('Invalid action: A retired asset cannot be assigned [code 4003]');

		server.reset();
		const bad = await runIn({ resource: 'asset', operation: 'return', assetId: byId(String(mac.id)), condition: 7 });
		expect(bad.error?.message).toBe('Invalid "Condition" in item 0: must be from 0 to 5 (is 7)');
		expect(server.requests).toHaveLength(0);
	});
});
