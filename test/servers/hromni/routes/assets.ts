import type { FieldRule, Row } from '../core';
import { PAGING_QUERY, checkBody, checkQuery, fail, hexId, invalid, notFound, ok, page, queryString, searchMatches } from '../core';
import type { Account, Company, HrOmniServer } from '../server';

const str = (min: number, max: number): FieldRule => ({ type: 'string', min, max });
const CONDITION: FieldRule = { type: 'number', integer: true, min: 0, max: 5 };

// hromni.txt 2343–2708
export function registerAssets(s: HrOmniServer) {
	const A = '/company/:cid/assets';
	const assignee = (c: Company, uid: unknown) => {
		const info = (c.users.get(String(uid))?.userInfo ?? {}) as Row;
		return uid ? `${String(info.firstName)} ${String(info.lastName)}` : '';
	};
	const view = (c: Company, a: Row): Row => ({
		id: a.id,
		companyId: c.details.id,
		type: c.assetTypes.get(String(a.typeId))?.type ?? '',
		assignedTo: assignee(c, a.userId),
		description: a.name,
		reference: a.reference,
		condition: a.condition,
		status: a.status,
		...(a.dateAssigned ? { dateAssigned: a.dateAssigned } : {}),
		...(a.dateReturned ? { dateReturned: a.dateReturned } : {}),
	});
	const history = (c: Company, a: Row, me: Account, description: string) =>
		c.assetHistory.push({ assetId: a.id, description, createdBy: s.author(me), updatedBy: s.author(me), createdAt: s.now() });
	const assetSpec = { required: { typeId: str(1, 100), name: str(1, 100), reference: str(1, 50), condition: CONDITION } };

	/* ---------------------------------------------------------------- types first (2592–2676) */
	s.route('POST', `${A}/types`, s.scoped((req, _p, c) => {
		const { body, error } = checkBody(req, { required: { name: str(1, 50) } });
		if (error) return error;
		const id = hexId('', 14);
		c.assetTypes.set(id, { id, isDefault: false, type: body.name });
		return ok({ id, type: body.name });
	}));
	s.route('PUT', `${A}/types/:tid`, s.scoped((req, p, c) => {
		const type = c.assetTypes.get(p.tid);
		if (!type) return notFound('Asset type');
		const { body, error } = checkBody(req, { required: { name: str(1, 50) } });
		if (error) return error;
		type.type = body.name;
		return ok({ id: type.id, type: type.type });
	}));
	s.route('GET', `${A}/types`, s.scoped((req, _p, c) => checkQuery(req, []) ?? ok([...c.assetTypes.values()].map((t) => ({ ...t })))));

	/* ---------------------------------------------------------------- assets */
	s.route('POST', A, s.scoped((req, _p, c, me) => {
		const { body, error } = checkBody(req, { required: assetSpec.required, optional: { userId: str(1, 50) } });
		if (error) return error;
		if (!c.assetTypes.has(String(body.typeId))) return notFound('Asset type');
		if (body.userId !== undefined && !c.users.has(String(body.userId))) return notFound('User');
		const id = hexId('', 14);
		const asset: Row = { id, ...body, status: body.userId ? 'ASSIGNED' : 'AVAILABLE', ...(body.userId ? { dateAssigned: s.now() } : {}) };
		c.assets.set(id, asset);
		history(c, asset, me, `Item create: ${String(body.name)} | Condition: ${String(body.condition)} | Reference: ${String(body.reference)}`);
		return ok('Company asset created');
	}));
	s.route('GET', A, s.scoped((req, _p, c) => {
		const bad = checkQuery(req, [...PAGING_QUERY, 'search', 'typeId', 'status']);
		if (bad) return bad;
		const status = queryString(req, 'status');
		if (status !== undefined && !['ASSIGNED', 'AVAILABLE', 'RETIRED'].includes(status)) return invalid('status must be ASSIGNED, AVAILABLE or RETIRED');
		const search = queryString(req, 'search');
		const typeId = queryString(req, 'typeId');
		const rows = [...c.assets.values()]
			.filter((a) => (!status || a.status === status) && (!typeId || a.typeId === typeId) && searchMatches(search, a.name, a.reference))
			.map((a) => view(c, a));
		return page(req, rows, { extra: { ...(search ? { search } : {}), ...(typeId ? { typeId } : {}), ...(status ? { status } : {}) } });
	}));
	const withAsset = (handler: (req: Parameters<Parameters<typeof s.scoped>[0]>[0], p: Record<string, string>, c: Company, me: Account, a: Row) => ReturnType<typeof ok>) =>
		s.scoped((req, p, c, me) => {
			const a = c.assets.get(p.aid);
			return a ? handler(req, p, c, me, a) : notFound('Asset');
		});
	s.route('GET', `${A}/:aid`, withAsset((_req, _p, c, _me, a) => ok(view(c, a))));
	s.route('PUT', `${A}/:aid`, withAsset((req, _p, c, me, a) => {
		const { body, error } = checkBody(req, assetSpec);
		if (error) return error;
		if (!c.assetTypes.has(String(body.typeId))) return notFound('Asset type');
		Object.assign(a, body);
		history(c, a, me, `Item updated: ${String(body.name)} | Condition: ${String(body.condition)}`);
		return ok('Asset updated');
	}));
	s.route('PUT', `${A}/:aid/assign/:uid`, withAsset((req, p, c, me, a) => {
		const { error } = checkBody(req, {});
		if (error) return error;
		if (!c.users.has(p.uid)) return notFound('User');
		if (a.status === 'RETIRED') return fail(4003, 'A retired asset cannot be assigned');
		Object.assign(a, { userId: p.uid, status: 'ASSIGNED', dateAssigned: s.now() });
		history(c, a, me, `Item assigned to ${assignee(c, p.uid)}`);
		return ok('Asset assigned');
	}));
	// hromni.txt 2427 writes `/returned:`; the route is `/returned`.
	s.route('PUT', `${A}/:aid/returned`, withAsset((req, _p, c, me, a) => {
		const { body, error } = checkBody(req, { required: { condition: CONDITION } });
		if (error) return error;
		if (a.status !== 'ASSIGNED') return fail(4003, 'Only an assigned asset can be returned');
		Object.assign(a, { userId: undefined, status: 'AVAILABLE', condition: body.condition, dateReturned: s.now() });
		history(c, a, me, `Item returned | Condition: ${String(body.condition)}`);
		return ok('Asset returned');
	}));
	s.route('PUT', `${A}/:aid/retired`, withAsset((req, _p, c, me, a) => {
		const { error } = checkBody(req, {});
		if (error) return error;
		if (a.status === 'RETIRED') return fail(4003, 'The asset is already retired');
		Object.assign(a, { status: 'RETIRED' });
		history(c, a, me, 'Item retired');
		return ok('Asset is retired');
	}));
	s.route('GET', `${A}/:aid/history`, withAsset((req, _p, c, _me, a) => {
		const bad = checkQuery(req, PAGING_QUERY);
		if (bad) return bad;
		return page(req, c.assetHistory.filter((h) => h.assetId === a.id).map((h) => ({ ...h })));
	}));
	s.route('GET', '/company/:cid/users/:uid/assets', s.scoped((req, p, c) => {
		const bad = checkQuery(req, []);
		if (bad) return bad;
		if (!c.users.has(p.uid)) return notFound('User');
		return ok(
			[...c.assets.values()]
				.filter((a) => a.userId === p.uid && a.status === 'ASSIGNED')
				.map((a) => {
					const { id, ...rest } = view(c, a);
					return { assetId: id, ...rest };
				}),
		);
	}));
}
