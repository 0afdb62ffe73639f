import type { RecordedRequest, Reply } from '../../base';
import type { BodySpec, FieldRule, Row } from '../core';
import { checkBody, checkQuery, fail, forbidden, hexId, invalid, notFound, ok, queryString, validDate } from '../core';
import type { Account, Company, HrOmniServer } from '../server';

const str = (min: number, max: number): FieldRule => ({ type: 'string', min, max });

// hromni.txt 2939–2947
const entrySpec: BodySpec = {
	required: { trackingDate: { type: 'isoDate' }, startingTime: { type: 'time' }, isBreak: { type: 'boolean' }, isManual: { type: 'boolean' } },
	optional: { projectId: str(1, 60), endingTime: { type: 'time' }, note: str(0, 500) },
};
const projectSpec: BodySpec = { required: { name: str(2, 100), isBillable: { type: 'boolean' } }, optional: { description: str(1, 150) } };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clock = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}:00`;

// hromni.txt 2709–3090
export function registerTimeTracking(s: HrOmniServer) {
	const T = '/company/:cid/time-tracking';
	const tracking = (handler: (req: RecordedRequest, p: Record<string, string>, c: Company, me: Account) => Reply) =>
		s.scoped((req, p, c, me) => (c.modules.TIME_TRACKING ? handler(req, p, c, me) : fail(4007, 'Time tracking module is not enabled')));
	const mayManage = (c: Company, me: Account) => c.timeTrackingParameters.canUserManageProject === true || s.hasRole(c, me, 'company:admin');

	s.route('POST', T, s.scoped((req, _p, c, me) => {
		if (!s.hasRole(c, me, 'company:admin')) return forbidden('Module admin access is required');
		const { body, error } = checkBody(req, { required: { action: { type: 'enum', values: ['ENABLE', 'DISABLE'] }, password: { type: 'string', min: 1 } } });
		if (error) return error;
		if (body.password !== me.password) return forbidden('The password is not correct');
		const enable = body.action === 'ENABLE';
		if (c.modules.TIME_TRACKING === enable) return fail(4003, `Time tracking module is already ${enable ? 'enabled' : 'disabled'}`);
		c.modules.TIME_TRACKING = enable;
		return ok(`Time tracking module ${enable ? 'enabled' : 'disabled'}`);
	}));
	s.route('GET', `${T}/parameters`, tracking((_req, _p, c, me) => (s.hasRole(c, me, 'company:admin') ? ok({ ...c.timeTrackingParameters }) : forbidden())));
	s.route('PUT', `${T}/parameters`, tracking((req, _p, c, me) => {
		if (!s.hasRole(c, me, 'company:admin')) return forbidden();
		const { body, error } = checkBody(req, { required: { canUserManageProject: { type: 'boolean' } } });
		if (error) return error;
		c.timeTrackingParameters.canUserManageProject = body.canUserManageProject;
		return ok('Parameters updated successfully');
	}));

	/* ---------------------------------------------------------------- projects (2781–2900) */
	s.route('POST', `${T}/projects`, tracking((req, _p, c, me) => {
		if (!mayManage(c, me)) return forbidden();
		const { body, error } = checkBody(req, projectSpec);
		if (error) return error;
		const id = hexId('prj_', 18);
		const project = { id, description: '', ...body };
		c.projects.set(id, project);
		return ok({ ...project });
	}));
	s.route('GET', `${T}/projects`, tracking((req, _p, c) => checkQuery(req, []) ?? ok([...c.projects.values()].map((p) => ({ ...p })))));
	s.route('GET', `${T}/projects/:pid`, tracking((_req, p, c) => {
		const project = c.projects.get(p.pid);
		return project ? ok({ ...project }) : notFound('Project');
	}));
	s.route('PUT', `${T}/projects/:pid`, tracking((req, p, c, me) => {
		if (!mayManage(c, me)) return forbidden();
		const project = c.projects.get(p.pid);
		if (!project) return notFound('Project');
		const { body, error } = checkBody(req, projectSpec);
		if (error) return error;
		Object.assign(project, body);
		return ok('Project updated successfully');
	}));
	// hromni.txt 2848 (project) — the document's time-entry delete (2998) has this same shape.
	s.route('DELETE', `${T}/projects/:pid`, tracking((_req, p, c, me) => {
		if (!mayManage(c, me)) return forbidden();
		return c.projects.delete(p.pid) ? ok('Project deleted successfully') : notFound('Project');
	}));

	/* ---------------------------------------------------------------- time entries (2901–3090) */
	const view = (c: Company, e: Row): Row => {
		const info = (c.users.get(String(e.userId))?.userInfo ?? {}) as Row;
		const employment = c.users.get(String(e.userId))?.employment as Row | undefined;
		const department = employment ? c.departments.get(String(employment.departmentId)) : undefined;
		const project = e.projectId ? c.projects.get(String(e.projectId)) : undefined;
		const start = minutes(String(e.startingTime));
		const end = e.endingTime ? minutes(String(e.endingTime)) : start;
		return {
			timeEntryId: e.id,
			note: e.note ?? '',
			trackingDate: e.trackingDate,
			startingTime: `${String(e.startingTime)}:00`,
			endingTime: e.endingTime ? `${String(e.endingTime)}:00` : null,
			isBreak: e.isBreak,
			isManual: e.isManual,
			createdBy: e.createdBy,
			createdAt: e.createdAt,
			updatedBy: e.updatedBy,
			hoursTracked: clock(end - start),
			user: { id: e.userId, firstName: info.firstName, lastName: info.lastName, email: info.email },
			...(department ? { department: { id: department.id, name: department.name } } : {}),
			...(project ? { project: { id: project.id, name: project.name, description: project.description } } : {}),
		};
	};
	const checkEntry = (req: RecordedRequest, c: Company): { body: Row; error?: Reply } => {
		const result = checkBody(req, entrySpec);
		if (result.error) return result;
		const { body } = result;
		if (body.projectId !== undefined && !c.projects.has(String(body.projectId))) return { body, error: notFound('Project') };
		if (body.endingTime !== undefined && minutes(String(body.endingTime)) < minutes(String(body.startingTime))) {
			return { body, error: invalid('endingTime must not be before startingTime') };
		}
		return { body };
	};
	const listEntries = (req: RecordedRequest, c: Company, userId?: string): Reply => {
		const bad = checkQuery(req, ['dateFrom', 'dateTo', 'projectId']);
		if (bad) return bad;
		const from = queryString(req, 'dateFrom');
		const to = queryString(req, 'dateTo');
		for (const [key, value] of [['dateFrom', from], ['dateTo', to]] as const) {
			if (value !== undefined && !validDate(value)) return invalid(`${key} must be a date in YYYY-MM-DD format`);
		}
		const projectId = queryString(req, 'projectId');
		return ok(
			[...c.timeEntries.values()]
				.filter((e) => (!userId || e.userId === userId) && (!projectId || e.projectId === projectId))
				.filter((e) => (!from || String(e.trackingDate) >= from) && (!to || String(e.trackingDate) <= to))
				.map((e) => view(c, e)),
		);
	};
	s.route('GET', `${T}/time-entries`, tracking((req, _p, c) => listEntries(req, c)));
	s.route('GET', `${T}/users/:uid/time-entries`, tracking((req, p, c) => (c.users.has(p.uid) ? listEntries(req, c, p.uid) : notFound('User'))));
	s.route('POST', `${T}/users/:uid/time-entries`, tracking((req, p, c, me) => {
		if (!c.users.has(p.uid)) return notFound('User');
		const { body, error } = checkEntry(req, c);
		if (error) return error;
		const id = hexId('ent_', 18);
		const entry: Row = { id, userId: p.uid, ...body, createdBy: s.author(me), updatedBy: s.author(me), createdAt: s.now() };
		c.timeEntries.set(id, entry);
		const project = body.projectId ? c.projects.get(String(body.projectId)) : undefined;
		return ok({
			id,
			userId: p.uid,
			trackingDate: body.trackingDate,
			startingTime: body.startingTime,
			endingTime: body.endingTime ?? null,
			note: body.note ?? '',
			isBreak: body.isBreak,
			isManual: body.isManual,
			...(project ? { project: { id: project.id, name: project.name } } : {}),
		});
	}));
	const ownEntry = (p: Record<string, string>, c: Company) => {
		const entry = c.timeEntries.get(p.eid);
		return entry && entry.userId === p.uid ? entry : undefined;
	};
	s.route('PUT', `${T}/users/:uid/time-entries/:eid`, tracking((req, p, c, me) => {
		const entry = ownEntry(p, c);
		if (!entry) return notFound('Time entry');
		const { body, error } = checkEntry(req, c);
		if (error) return error;
		for (const key of ['projectId', 'endingTime', 'note']) delete entry[key];
		Object.assign(entry, body, { updatedBy: s.author(me), updatedAt: s.now() });
		return ok('Time entry successfully updated');
	}));
	s.route('DELETE', `${T}/users/:uid/time-entries/:eid`, tracking((_req, p, c) => {
		if (!ownEntry(p, c)) return notFound('Time entry');
		c.timeEntries.delete(p.eid);
		return ok('Time entry deleted successfully');
	}));
}
