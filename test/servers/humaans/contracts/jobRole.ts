import { randomBytes } from 'node:crypto';
import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';

// humaans.txt 3710–3983.
export const jobRoles: CollectionContract = {
	path: '/api/job-roles',
	list: true,
	get: true,
	delete: true,
	// `personId string` and `$asOf string, date` (3791–3797); the server accepts `$asOf` without narrowing rows.
	filters: { personId: 'eq', $asOf: 'eq' },
	create: { required: ['personId', 'jobTitle', 'effectiveDate'], optional: ['department', 'note', 'reportingTo'] },
	update: { optional: ['jobTitle', 'department', 'effectiveDate', 'note', 'reportingTo'] },
	dates: ['effectiveDate'],
	defaults: { department: null, note: null, reportingTo: null, endDate: null },
	onCreate: (row, server) => {
		const roles = [...(server as HumaansServer).table('/api/job-roles').values()];
		row.isFirst = !roles.some((role) => role.personId === row.personId);
		return undefined;
	},
	onDelete: (row, server) => {
		// "every employee must have at least one job role, deleting the last job role is going to return an error" (3966).
		const roles = [...(server as HumaansServer).table('/api/job-roles').values()];
		if (roles.some((role) => role.personId === row.personId && role.id !== row.id)) return undefined;
		return {
			status: 422,
			body: {
				id: randomBytes(8).toString('hex'),
				code: 422,
				name: 'ValidationError',
				message: 'A person must have at least one job role',
			},
		};
	},
};
