import type { CollectionContract } from './types';
import { validationFailed } from '../replies';

// humaans.txt 587–783: list, retrieve and update only (no create or delete endpoint).
export const companies: CollectionContract = {
	path: '/api/companies',
	list: true,
	get: true,
	update: {
		optional: ['name', 'isTimesheetEnabled', 'autogenerateEmployeeId', 'autogenerateEmployeeIdForNewHires', 'nextEmployeeId'],
	},
	onUpdate: (row) => {
		// Typed parameters (740–759): booleans, and `nextEmployeeId integer | null`.
		const issues: Array<Record<string, unknown>> = [];
		for (const field of ['isTimesheetEnabled', 'autogenerateEmployeeId', 'autogenerateEmployeeIdForNewHires']) {
			if (typeof row[field] !== 'boolean' && row[field] !== undefined) issues.push({ name: field, reason: 'must be a boolean' });
		}
		if (row.nextEmployeeId !== null && row.nextEmployeeId !== undefined && !Number.isInteger(row.nextEmployeeId)) {
			issues.push({ name: 'nextEmployeeId', reason: 'must be an integer or null' });
		}
		if (typeof row.name !== 'string' || row.name === '') issues.push({ name: 'name', reason: 'must be a non-empty string' });
		if (!issues.length) return undefined;
		return validationFailed(issues);
	},
};
