import type { RecordedRequest } from '../servers/base';
import { cookiesOf } from '../servers/hromni/core';
import type { HrOmniServer } from '../servers/hromni/server';
import { CSRF_COOKIE, SESSION_COOKIE } from '../servers/hromni/server';

/** A request carried the session cookie and the CSRF token as cookie and header. */
export function expectAuthenticated(req: RecordedRequest, server: HrOmniServer) {
	const cookies = cookiesOf(req);
	expect(server.sessions.has(cookies[SESSION_COOKIE])).toBe(true);
	expect(cookies.isUserLoggedIn).toBe('true');
	expect(cookies[CSRF_COOKIE]).toMatch(/^[0-9a-f]{32}$/);
	expect(req.headers['x-csrf-token']).toBe(cookies[CSRF_COOKIE]);
}
