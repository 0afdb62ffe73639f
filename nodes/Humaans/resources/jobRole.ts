import type { FieldSpec } from '../../shared/fields';
import { restResource } from '../../shared/operations';
import { ownerField, personFilter } from '../system';

// humaans.txt 3710–3983 ("Job roles"). The role with the latest effectiveDate not in the future is the active one.
const jobTitle: FieldSpec = { name: 'jobTitle', type: 'string', description: 'Job title.' };
const effectiveDate: FieldSpec = {
	name: 'effectiveDate',
	type: 'date',
	description: 'The date when this role took effect. Can be a past or future date.',
};

const details: FieldSpec[] = [
	{ name: 'department', type: 'string', nullable: true, description: 'The name of the department.' },
	{ name: 'note', type: 'string', nullable: true, description: 'An optional note about this particular job role entry.' },
	{
		name: 'reportingTo',
		label: 'Reporting To',
		type: 'ref',
		ref: 'person',
		nullable: true,
		description: 'The manager of this person.',
	},
];

const simplify = ['id', 'personId', 'jobTitle', 'department', 'effectiveDate', 'endDate', 'reportingTo', 'note'];

export const jobRole = restResource({
	value: 'jobRole',
	name: 'Job Role',
	plural: 'job roles',
	path: '/api/job-roles',
	idRef: 'jobRole',
	getAll: {
		filters: [
			personFilter,
			{
				name: '$asOf',
				parameter: 'asOf',
				label: 'As Of',
				type: 'date',
				description: 'Only the job role of each person that was in effect on this date',
			},
		],
		simplify,
	},
	get: { simplify },
	create: {
		description:
			'Create a job role; to keep the history, add a new role for each change instead of editing one',
		fields: [
			ownerField,
			jobTitle,
			effectiveDate,
		],
		optional: details,
	},
	update: { optional: [jobTitle, effectiveDate, ...details] },
	delete: { description: 'Permanently delete a job role. A person’s last job role cannot be deleted.' },
});
