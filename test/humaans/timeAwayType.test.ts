import { byId, humaansSuite } from './setup';

describe('Humaans › Time Away Type', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes a type', async () => {
		const { server, run } = ctx;
		const created = await run({ resource: 'timeAwayType', operation: 'create', name: 'Conference', emoji: '🎤', category: 'workingAway' });
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/time-away-types' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ name: 'Conference', emoji: '🎤', category: 'workingAway' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, companyId: server.me.companyId, category: 'workingAway', baseType: null });

		const got = await run({ resource: 'timeAwayType', operation: 'get', timeAwayTypeId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/time-away-types/${id}` });
		expect(got.json).toEqual([expect.objectContaining({ id, name: 'Conference', emoji: '🎤' })]);

		const updated = await run({ resource: 'timeAwayType', operation: 'update', timeAwayTypeId: byId(id), updateFields: { name: 'Meetup', emoji: '🍕' } });
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/time-away-types/${id}` });
		expect(server.last().body).toEqual({ name: 'Meetup', emoji: '🍕' });
		expect(updated.json[0]).toMatchObject({ id, name: 'Meetup', emoji: '🍕', category: 'workingAway' });

		const [other] = server.seed('/api/time-away-types', [{ name: 'Sick leave', emoji: '🤒', category: 'timeOff' }]);
		server.seed('/api/time-away-types', [{ name: 'Not asked for', emoji: '❓', category: 'timeOff' }]);
		const listed = await run({ resource: 'timeAwayType', operation: 'getAll', returnAll: true, filters: { ids: [id, String(other.id)] } });
		expect(server.last().query).toEqual({ id: { $in: [id, other.id] }, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.name)).toEqual(['Meetup', 'Sick leave']);

		const one = await run({ resource: 'timeAwayType', operation: 'getAll', returnAll: true, filters: { ids: [id] } });
		expect(server.last().query).toEqual({ id, $limit: '250', $skip: '0' });
		expect(one.json.map((row) => row.id)).toEqual([id]);

		const deleted = await run({ resource: 'timeAwayType', operation: 'delete', timeAwayTypeId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/time-away-types/${id}` });
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('refuses an undocumented category before any request', async () => {
		const result = await ctx.run({ resource: 'timeAwayType', operation: 'create', name: 'X', emoji: '❓', category: '={{ "holiday" }}' });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Category" in item 0: "holiday" is not one of timeOff, workingAway');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
