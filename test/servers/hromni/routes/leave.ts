import type { RecordedRequest, Reply } from '../../base';
import type { BodySpec, FieldRule, Row } from '../core';
import { PAGING_QUERY, checkBody, checkQuery, fail, forbidden, hexId, invalid, notFound, ok, page, queryString, searchMatches } from '../core';
import type { Account, Company, HrOmniServer } from '../server';

const str = (min: number, max: number): FieldRule => ({ type: 'string', min, max });

// hromni.txt 1351–1359
const leaveTypeSpec: BodySpec = {
	required: { name: str(2, 100), approvalType: { type: 'enum', values: ['MANUAL', 'AUTO_APPROVE'] } },
	optional: {
		shortDescription: str(1, 150),
		takesFromPto: { type: 'boolean' },
		hideFromCalendar: { type: 'boolean' },
		paymentPercentage: { type: 'number', integer: true, min: 0, max: 100 },
		color: { type: 'string', pattern: /^#([0-9a-f]{3}|[0-9a-f]{6})$/i, hint: 'a HEX colour' },
	},
};

// hromni.txt 1549–1556
const leaveUserSpec: BodySpec = {
	required: { role: { type: 'enum', values: ['USER', 'APPROVER'] }, ptoAllowance: { type: 'number', min: 1, max: 365 } },
	optional: {
		canCarryOverDays: { type: 'boolean' },
		maxCarryOverDays: { type: 'number', min: 0, max: 365 },
		carryOverMonthsAfterYearEnd: { type: 'number', integer: true, min: 1, max: 11 },
		canExceedPtoAllowance: { type: 'boolean' },
	},
};

// hromni.txt 1907–1913
const leaveSpec: BodySpec = {
	required: {
		leaveTypeId: str(1, 60),
		startDate: { type: 'isoDate' },
		startTime: { type: 'enum', values: ['START_OF_DAY', 'MIDDAY'] },
		endDate: { type: 'isoDate' },
		endTime: { type: 'enum', values: ['MIDDAY', 'END_OF_DAY'] },
	},
};

const STATUSES = ['SUBMITTED', 'AUTO_APPROVED', 'APPROVED', 'CANCELLED', 'DECLINED'];
const YEAR = /^\d{4}$/;

/** Working days between two dates (Monday–Friday, company holidays excluded), with half days. */
function ptoDays(c: Company, body: Row): number {
	const start = new Date(`${String(body.startDate)}T00:00:00Z`);
	const end = new Date(`${String(body.endDate)}T00:00:00Z`);
	const holidays = new Set(c.holidays.map((h) => h.date));
	let days = 0;
	for (let d = new Date(start); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
		const weekday = d.getUTCDay();
		if (weekday === 0 || weekday === 6 || holidays.has(d.toISOString().slice(0, 10))) continue;
		days += 1;
	}
	if (body.startTime === 'MIDDAY') days -= 0.5;
	if (body.endTime === 'MIDDAY') days -= 0.5;
	return Math.max(0, days);
}

export function registerLeave(s: HrOmniServer) {
	const L = '/company/:cid/leave-management';

	/** hromni.txt 1380, 1429…: every leave route needs the module enabled. */
	const leave = (handler: (req: RecordedRequest, p: Record<string, string>, c: Company, me: Account) => Reply) =>
		s.scoped((req, p, c, me) => (c.modules.LEAVE_MANAGEMENT ? handler(req, p, c, me) : fail(4007, 'Leave management module is not enabled')));
	const admin = (c: Company, me: Account) => s.hasRole(c, me, 'leave-management:admin', 'company:admin');
	const name = (c: Company, uid: unknown) => (c.users.get(String(uid))?.userInfo ?? {}) as Row;
	const departmentOf = (c: Company, uid: unknown) => {
		const employment = c.users.get(String(uid))?.employment as Row | undefined;
		return employment ? c.departments.get(String(employment.departmentId)) : undefined;
	};

	/* ---------------------------------------------------------------- module switch (1266–1297) */
	s.route('POST', L, s.scoped((req, _p, c, me) => {
		if (!admin(c, me)) return forbidden('Module admin access is required');
		const { body, error } = checkBody(req, { required: { action: { type: 'enum', values: ['ENABLE', 'DISABLE'] }, password: { type: 'string', min: 1 } } });
		if (error) return error;
		if (body.password !== me.password) return forbidden('The password is not correct');
		const enable = body.action === 'ENABLE';
		if (c.modules.LEAVE_MANAGEMENT === enable) return fail(4003, `Leave management module is already ${enable ? 'enabled' : 'disabled'}`);
		c.modules.LEAVE_MANAGEMENT = enable;
		return ok(`Leave management module ${enable ? 'enabled' : 'disabled'}`);
	}));

	/* ---------------------------------------------------------------- leave types (1298–1470) */
	s.route('POST', `${L}/leave-types`, leave((req, _p, c, me) => {
		if (!admin(c, me)) return forbidden();
		const { body, error } = checkBody(req, leaveTypeSpec);
		if (error) return error;
		const id = hexId('lt_');
		const row = { id, shortDescription: '', takesFromPto: false, hideFromCalendar: false, paymentPercentage: 0, color: '#65EE7B', ...body };
		c.leaveTypes.set(id, row);
		return ok({ ...row });
	}));
	s.route('PUT', `${L}/leave-types/:tid`, leave((req, p, c, me) => {
		if (!admin(c, me)) return forbidden();
		const type = c.leaveTypes.get(p.tid);
		if (!type) return notFound('Leave type');
		const { body, error } = checkBody(req, leaveTypeSpec);
		if (error) return error;
		Object.assign(type, body);
		return ok('Leave type updated');
	}));
	// hromni.txt 1409–1418: booleans come back as 1/0.
	s.route('GET', `${L}/leave-types/:tid`, leave((_req, p, c) => {
		const type = c.leaveTypes.get(p.tid);
		return type ? ok({ ...type, takesFromPto: type.takesFromPto ? 1 : 0, hideFromCalendar: type.hideFromCalendar ? 1 : 0 }) : notFound('Leave type');
	}));
	s.route('GET', `${L}/leave-types`, leave((req, _p, c) => checkQuery(req, []) ?? ok([...c.leaveTypes.values()].map((t) => ({ id: t.id, name: t.name, color: t.color })))));
	s.route('DELETE', `${L}/leave-types/:tid`, leave((_req, p, c, me) => {
		if (!admin(c, me)) return forbidden();
		return c.leaveTypes.delete(p.tid) ? ok('Leave type deleted') : notFound('Leave type');
	}));

	/* ---------------------------------------------------------------- parameters (1471–1516) */
	s.route('GET', `${L}/parameters`, leave((_req, _p, c, me) => (admin(c, me) ? ok({ ...c.leaveParameters }) : forbidden())));
	s.route('PUT', `${L}/parameters`, leave((req, _p, c, me) => {
		if (!admin(c, me)) return forbidden();
		const { body, error } = checkBody(req, {
			required: { yearStartMonth: { type: 'number', integer: true, min: 1, max: 12 }, workingSchedule: { type: 'enum', values: ['MONDAY_TO_FRIDAY', 'EMPLOYEE_SCHEDULE'] } },
		});
		if (error) return error;
		Object.assign(c.leaveParameters, body);
		return ok('Leave type updated');
	}));

	/* ---------------------------------------------------------------- requests, lists first (1869–2342) */
	const requestRow = (c: Company, r: Row, extra: string[] = []) => {
		const user = name(c, r.userId);
		const type = c.leaveTypes.get(String(r.leaveTypeId));
		const out: Row = {
			id: r.id,
			firstName: user.firstName,
			lastName: user.lastName,
			ptoDaysTaken: Number(r.ptoDaysTaken).toFixed(1),
			leaveTypeName: type?.name ?? r.leaveTypeName,
			startDate: r.startDate,
			startTime: r.startTime,
			endDate: r.endDate,
			endTime: r.endTime,
			status: r.status,
			departmentName: departmentOf(c, r.userId)?.name ?? '',
			color: type?.color ?? '#65EE7B',
			hideFromCalendar: Boolean(type?.hideFromCalendar),
			createdAt: r.createdAt,
		};
		for (const key of extra) out[key] = key === 'email' ? user.email : r[key];
		return out;
	};
	const filterRequests = (req: RecordedRequest, c: Company, rows: Row[]): { rows?: Row[]; error?: Reply; echo: Row } => {
		const year = queryString(req, 'year');
		const month = queryString(req, 'month');
		const status = queryString(req, 'status');
		if (year !== undefined && !YEAR.test(year)) return { error: invalid('year must be a four-digit year'), echo: {} };
		if (month !== undefined && !/^(1[0-2]|[1-9])$/.test(month)) return { error: invalid('month must be 1 to 12'), echo: {} };
		if (status !== undefined && !STATUSES.includes(status)) return { error: invalid(`status must be one of ${STATUSES.join(', ')}`), echo: {} };
		const departmentId = queryString(req, 'departmentId');
		const filtered = rows.filter((r) => {
			const start = String(r.startDate);
			if (year && !start.startsWith(year)) return false;
			if (month && Number(start.slice(5, 7)) !== Number(month)) return false;
			if (status && r.status !== status) return false;
			if (departmentId && departmentOf(c, r.userId)?.id !== departmentId) return false;
			return true;
		});
		return {
			rows: filtered,
			echo: { ...(year ? { year: Number(year) } : {}), ...(month ? { month: Number(month) } : {}), ...(departmentId ? { departmentId } : {}), ...(status ? { status } : {}) },
		};
	};
	s.route('GET', `${L}/users/pending-requests`, leave((req, _p, c, me) => {
		if (!admin(c, me) && c.leaveUsers.get(me.id)?.role !== 'APPROVER') return forbidden();
		// URL example: departmentId (2202); parameter table: departmentUuid (2267). Both are documented.
		const bad = checkQuery(req, [...PAGING_QUERY, 'departmentId', 'departmentUuid']);
		if (bad) return bad;
		const departmentId = queryString(req, 'departmentId') ?? queryString(req, 'departmentUuid');
		const rows = [...c.requests.values()]
			.filter((r) => r.status === 'SUBMITTED')
			.filter((r) => !departmentId || departmentOf(c, r.userId)?.id === departmentId)
			.map((r) => {
				const { color: _c, hideFromCalendar: _h, createdAt: _t, ...rest } = requestRow(c, r);
				return rest;
			});
		return page(req, rows, { extra: departmentId ? { departmentId } : {} });
	}));
	s.route('GET', `${L}/users/leave-summary`, leave((req, _p, c) => {
		// URL example: departmentId (1707); parameter table: department (1751). Both are documented.
		const bad = checkQuery(req, [...PAGING_QUERY, 'year', 'departmentId', 'department']);
		if (bad) return bad;
		const year = queryString(req, 'year');
		if (year !== undefined && !YEAR.test(year)) return invalid('year must be a four-digit year');
		const departmentId = queryString(req, 'departmentId') ?? queryString(req, 'department');
		const y = Number(year ?? '2025');
		const rows = [...c.leaveUsers.keys()]
			.filter((uid) => !departmentId || departmentOf(c, uid)?.id === departmentId)
			.map((uid) => summary(c, uid, y));
		return page(req, rows, { extra: { year: y } });
	}));
	const summary = (c: Company, uid: string, year: number): Row => {
		const settings = c.leaveUsers.get(uid) as Row;
		const mine = [...c.requests.values()].filter((r) => r.userId === uid && String(r.startDate).startsWith(String(year)));
		const sum = (statuses: string[]) => mine.filter((r) => statuses.includes(String(r.status))).reduce((n, r) => n + Number(r.ptoDaysTaken), 0);
		const user = name(c, uid);
		return {
			id: `lua_${uid.slice(4, 10)}`,
			firstName: user.firstName,
			lastName: user.lastName,
			carryOverDaysTaken: 0,
			ptoDaysBooked: sum(['APPROVED', 'AUTO_APPROVED']),
			ptoDaysRequested: sum(['SUBMITTED']),
			ptoAllowance: settings.ptoAllowance,
			year,
		};
	};
	s.route('GET', `${L}/requests`, leave((req, _p, c, me) => {
		if (!admin(c, me) && c.leaveUsers.get(me.id)?.role !== 'APPROVER') return forbidden();
		const bad = checkQuery(req, ['departmentId', 'year', 'month', 'status']);
		if (bad) return bad;
		const { rows, error, echo } = filterRequests(req, c, [...c.requests.values()]);
		if (error) return error;
		return ok({ ...echo, result: (rows as Row[]).map((r) => requestRow(c, r)) });
	}));
	s.route('GET', `${L}/requests/:rid`, leave((_req, p, c, me) => {
		if (!admin(c, me) && c.leaveUsers.get(me.id)?.role !== 'APPROVER') return forbidden();
		const r = c.requests.get(p.rid);
		if (!r) return notFound('Leave request');
		const { color: _c, ...row } = requestRow(c, r, ['employeeMessage', 'approverComment', 'createdBy', 'updatedBy', 'updatedAt']);
		return ok(row);
	}));
	s.route('PUT', `${L}/requests/:rid`, leave((req, p, c, me) => {
		if (!admin(c, me) && c.leaveUsers.get(me.id)?.role !== 'APPROVER') return forbidden();
		const r = c.requests.get(p.rid);
		if (!r) return notFound('Leave request');
		const { body, error } = checkBody(req, { required: { status: { type: 'enum', values: ['APPROVED', 'CANCELLED', 'DECLINED'] } }, optional: { comment: str(0, 150) } });
		if (error) return error;
		if (body.status !== 'CANCELLED' && r.status !== 'SUBMITTED') return fail(4003, `A ${String(r.status)} request cannot be ${String(body.status).toLowerCase()}`);
		Object.assign(r, { status: body.status, approverComment: body.comment ?? '', updatedAt: s.nowMs(), updatedBy: s.author(me) });
		return ok('Leave request update success');
	}));

	/* ---------------------------------------------------------------- holidays (1769–1868) */
	s.route('GET', `${L}/public-holidays`, leave((req) => {
		const bad = checkQuery(req, ['year', 'countryCode']);
		if (bad) return bad;
		// Described as "YYYY-MM-DD" (1805) but sent as 2022 in the example: both are read.
		const yearRaw = queryString(req, 'year') ?? '2025';
		if (!/^\d{4}(-\d{2}-\d{2})?$/.test(yearRaw)) return invalid('year must be a year');
		const countryCode = queryString(req, 'countryCode') ?? 'IE';
		if (!/^[A-Z]{2}$/.test(countryCode)) return invalid('countryCode must be an ISO alpha-2 code');
		const year = Number(yearRaw.slice(0, 4));
		const holidays = [
			{ date: `${year}-01-01`, name: "New Year's Day" },
			...(countryCode === 'IE' ? [{ date: `${year}-03-17`, name: "Saint Patrick's Day" }] : []),
			{ date: `${year}-12-25`, name: 'Christmas Day' },
		];
		return ok({ year, countryCode, holidays });
	}));
	s.route('GET', `${L}/company-holidays`, leave((req, _p, c) => {
		const bad = checkQuery(req, ['year']);
		if (bad) return bad;
		const year = queryString(req, 'year');
		if (year !== undefined && !YEAR.test(year)) return invalid('year must be YYYY');
		return ok(c.holidays.filter((h) => !year || String(h.date).startsWith(year)).map((h) => ({ name: h.name, date: h.date })));
	}));
	s.route('POST', `${L}/public-holidays`, leave((req, _p, c, me) => {
		if (!admin(c, me)) return forbidden();
		const { body, error } = checkBody(req, { required: { holidays: { type: 'holidays' } } });
		if (error) return error;
		for (const h of body.holidays as Row[]) c.holidays.push({ date: h.date, name: h.name });
		return ok('Company holidays added');
	}));

	/* ---------------------------------------------------------------- leave users (1517–1768) */
	s.route('GET', `${L}/users`, leave((req, _p, c) => {
		const bad = checkQuery(req, [...PAGING_QUERY, 'search']);
		if (bad) return bad;
		const search = queryString(req, 'search');
		const rows = [...c.leaveUsers.keys()]
			.map((uid): Row => ({ id: uid, ...pick(name(c, uid), ['firstName', 'lastName', 'email']) }))
			.filter((u) => searchMatches(search, u.firstName, u.lastName, u.email));
		return page(req, rows, { extra: search ? { search } : {} });
	}));
	s.route('POST', `${L}/users/:uid/requests/calculate-pto`, leave((req, p, c) => {
		if (!c.leaveUsers.has(p.uid)) return notFound('Leave user');
		const { body, error } = checkBody(req, leaveSpec);
		if (error) return error;
		if (!c.leaveTypes.has(String(body.leaveTypeId))) return notFound('Leave type');
		if (String(body.endDate) < String(body.startDate)) return invalid('endDate must not be before startDate');
		return ok({ pto: ptoDays(c, body) });
	}));
	s.route('POST', `${L}/users/:uid/requests`, leave((req, p, c, me) => {
		if (!c.leaveUsers.has(p.uid)) return notFound('Leave user');
		const { body, error } = checkBody(req, { required: leaveSpec.required, optional: { message: str(0, 150) } });
		if (error) return error;
		const type = c.leaveTypes.get(String(body.leaveTypeId));
		if (!type) return notFound('Leave type');
		if (String(body.endDate) < String(body.startDate)) return invalid('endDate must not be before startDate');
		const id = hexId('lr_');
		c.requests.set(id, {
			id,
			userId: p.uid,
			leaveTypeId: type.id,
			startDate: body.startDate,
			startTime: body.startTime,
			endDate: body.endDate,
			endTime: body.endTime,
			status: type.approvalType === 'AUTO_APPROVE' ? 'AUTO_APPROVED' : 'SUBMITTED',
			ptoDaysTaken: ptoDays(c, body),
			employeeMessage: body.message ?? '',
			approverComment: '',
			createdBy: s.author(me),
			updatedBy: s.author(me),
			createdAt: s.nowMs(),
		});
		return ok('Leave request recorded');
	}));
	s.route('GET', `${L}/users/:uid/requests`, leave((req, p, c, me) => {
		if (!admin(c, me) && c.leaveUsers.get(me.id)?.role !== 'APPROVER') return forbidden();
		const bad = checkQuery(req, ['year', 'month', 'status']);
		if (bad) return bad;
		const { rows, error, echo } = filterRequests(req, c, [...c.requests.values()].filter((r) => r.userId === p.uid));
		if (error) return error;
		return ok({ ...echo, result: (rows as Row[]).map((r) => ({ ...requestRow(c, r), userId: r.userId })) });
	}));
	// hromni.txt 2270–2342: the user's own request; only that user may read or cancel it.
	const ownRequest = (p: Record<string, string>, c: Company, me: Account): Row | Reply => {
		if (me.id !== p.uid) return forbidden('Only the user who requested the leave can do this');
		const r = c.requests.get(p.rid);
		if (!r || r.userId !== p.uid) return notFound('Leave request');
		return r;
	};
	const isReply = (x: Row | Reply): x is Reply => typeof (x as Reply).status === 'number' && 'body' in x;
	s.route('GET', `${L}/users/:uid/requests/:rid`, leave((_req, p, c, me) => {
		const r = ownRequest(p, c, me);
		if (isReply(r)) return r;
		const { color: _c, ...row } = requestRow(c, r, ['employeeMessage', 'approverComment', 'email', 'createdBy', 'updatedBy']);
		return ok(row);
	}));
	s.route('PUT', `${L}/users/:uid/requests/:rid`, leave((req, p, c, me) => {
		const r = ownRequest(p, c, me);
		if (isReply(r)) return r;
		const { body, error } = checkBody(req, { required: { status: { type: 'enum', values: ['CANCELLED'] } }, optional: { comment: str(0, 150) } });
		if (error) return error;
		if (!['SUBMITTED', 'APPROVED', 'AUTO_APPROVED'].includes(String(r.status))) return fail(4003, `A ${String(r.status)} request cannot be cancelled`);
		Object.assign(r, { status: 'CANCELLED', employeeMessage: body.comment ?? r.employeeMessage, updatedAt: s.nowMs(), updatedBy: s.author(me) });
		return ok('Leave request cancelled');
	}));
	s.route('GET', `${L}/users/:uid/leave-summary`, leave((req, p, c) => {
		const bad = checkQuery(req, ['year']);
		if (bad) return bad;
		const year = queryString(req, 'year');
		if (year !== undefined && !YEAR.test(year)) return invalid('year must be a four-digit year');
		if (!c.leaveUsers.has(p.uid)) return notFound('Leave user');
		return ok(summary(c, p.uid, Number(year ?? '2025')));
	}));
	s.route('POST', `${L}/users/:uid`, leave((req, p, c, me) => {
		if (!admin(c, me)) return forbidden();
		if (!c.users.has(p.uid)) return notFound('User');
		if (c.leaveUsers.has(p.uid)) return fail(4003, 'The user is already added to leave management');
		const { body, error } = checkBody(req, leaveUserSpec);
		if (error) return error;
		c.leaveUsers.set(p.uid, { canCarryOverDays: false, maxCarryOverDays: 0, canExceedPtoAllowance: false, ...body, isActive: true, dateAdded: s.now() });
		return ok('User added to leave management');
	}));
	s.route('PUT', `${L}/users/:uid`, leave((req, p, c, me) => {
		if (!admin(c, me)) return forbidden();
		const settings = c.leaveUsers.get(p.uid);
		if (!settings) return notFound('Leave user');
		const { body, error } = checkBody(req, leaveUserSpec);
		if (error) return error;
		Object.assign(settings, body);
		return ok('Update user data in leave management');
	}));
	s.route('GET', `${L}/users/:uid`, leave((_req, p, c) => {
		const settings = c.leaveUsers.get(p.uid);
		return settings ? ok({ ...settings }) : notFound('Leave user');
	}));
	s.route('DELETE', `${L}/users/:uid`, leave((_req, p, c, me) => {
		if (!admin(c, me)) return forbidden();
		return c.leaveUsers.delete(p.uid) ? ok('User data updated') : notFound('Leave user');
	}));
}

function pick(row: Row, keys: string[]): Row {
	return Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, row[k]]));
}
