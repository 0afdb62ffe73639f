import type { HrOmniServer } from '../server';
import { registerAssets } from './assets';
import { registerCompany } from './company';
import { registerLeave } from './leave';
import { registerTimeTracking } from './timeTracking';
import { registerUser } from './user';

/** Literal paths are registered before parameter paths that would swallow them. */
export function registerRoutes(server: HrOmniServer) {
	registerUser(server);
	registerCompany(server);
	registerLeave(server);
	registerAssets(server);
	registerTimeTracking(server);
}
