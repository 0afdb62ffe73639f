import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, length, refField } from './common';

// Document: "Projects" (hromni.txt 2781–2900).
const projectField = refField('projectId', 'Project', 'project', 'The project');
const fields: FieldSpec[] = [
	{ name: 'name', type: 'string', description: 'Project name (2–100 characters)', ...length(2, 100) },
	{ name: 'isBillable', type: 'boolean', default: false, description: 'Whether time on the project is billable' },
];
const optional: FieldSpec[] = [{ name: 'description', type: 'string', description: 'Up to 150 characters', ...length(1, 150) }];
// hromni.txt 2818 and 2848 close the project marker without its trailing colon
// (`:project-id`); it is the same project ID as in 2861.
const item = `${COMPANY}/time-tracking/projects/{projectId}`;

export const project: ResourceSpec = {
	value: 'project',
	name: 'Project',
	description: 'Time tracking projects',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a project',
			description: 'Create a time tracking project',
			method: 'POST',
			path: `${COMPANY}/time-tracking/projects`,
			pathParams: [companyField],
			fields,
			optional,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a project',
			description: 'Replace the name, description and billable flag of a project',
			method: 'PUT',
			path: item,
			pathParams: [companyField, projectField],
			fields,
			optional,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a project',
			description: 'Delete a time tracking project',
			method: 'DELETE',
			path: item,
			pathParams: [companyField, projectField],
			output: { deleted: true },
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a project',
			description: 'Retrieve a time tracking project',
			method: 'GET',
			path: item,
			pathParams: [companyField, projectField],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many projects',
			description: 'List the time tracking projects of the company',
			method: 'GET',
			path: `${COMPANY}/time-tracking/projects`,
			pathParams: [companyField],
			list: true,
			unpaginated: true,
		},
	],
};
