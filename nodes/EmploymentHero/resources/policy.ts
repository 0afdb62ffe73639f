import type { ResourceSpec } from '../../shared/operations';
import { ORGANISATION_PATH, listOperation, organisationParam } from '../system';

// Document: "Policy" (employmenthero.txt 1042–1099). The short path says `/polices` (1063);
// the curl and HTTP request lines (1065, 1092) say `/policies`, which is what we call.
export const policy: ResourceSpec = {
	value: 'policy',
	name: 'Policy',
	operations: [
		listOperation({
			action: 'Get many policies',
			description: 'Retrieve the policies of an organisation',
			path: `${ORGANISATION_PATH}/policies`,
			pathParams: [organisationParam],
		}),
	],
};
