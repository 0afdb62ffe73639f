import type { ResourceSpec } from '../../shared/operations';
import { EMPLOYEE_SIMPLIFY, ORGANISATION_PATH, listOperation, organisationParam } from '../system';

// Document: "Team" (employmenthero.txt 855–979): the teams of an organisation and the
// employees of one team.
export const team: ResourceSpec = {
	value: 'team',
	name: 'Team',
	operations: [
		listOperation({
			action: 'Get many teams',
			description: 'Retrieve the teams of an organisation',
			path: `${ORGANISATION_PATH}/teams`,
			pathParams: [organisationParam],
		}),
		listOperation({
			value: 'getEmployees',
			name: 'Get Employees',
			action: 'Get the employees of a team',
			description: 'Retrieve the employees who belong to a team',
			path: `${ORGANISATION_PATH}/teams/{teamId}/employees`,
			pathParams: [
				organisationParam,
				{ name: 'teamId', label: 'Team', type: 'ref', ref: 'team', description: 'The team whose employees to retrieve' },
			],
			simplify: EMPLOYEE_SIMPLIFY,
		}),
	],
};
