import type { Reply } from '../../base';
import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';
import { validationFailed as invalid } from '../replies';

// humaans.txt 7556–7953 ("Time away allocations")
type Row = Record<string, unknown>;

const PATH = '/api/time-away-allocations';

const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * humaans.txt 7585–7593: specific needs timeAwayPolicyId, custom needs the timeAwayPolicy
 * object, and timeAwayPolicy is writable only for custom allocations.
 */
function checkType(row: Row, written: Row, server: unknown): Reply | undefined {
	const issues: Row[] = [];
	if (row.type === 'specific') {
		const policyId = row.timeAwayPolicyId;
		if (typeof policyId !== 'string' || policyId === '') issues.push({ name: 'timeAwayPolicyId', reason: 'required for specific allocations' });
		else if (!(server as HumaansServer).table('/api/time-away-policies').has(policyId)) {
			issues.push({ name: 'timeAwayPolicyId', reason: 'not found' });
		}
	}
	if (row.type === 'custom' && !isObject(row.timeAwayPolicy)) {
		issues.push({ name: 'timeAwayPolicy', reason: 'an object is required for custom allocations' });
	}
	if (row.type !== 'custom' && written.timeAwayPolicy !== undefined && written.timeAwayPolicy !== null) {
		issues.push({ name: 'timeAwayPolicy', reason: 'only writable for custom allocations' });
	}
	if (written.removeAllocations !== undefined && typeof written.removeAllocations !== 'boolean') {
		issues.push({ name: 'removeAllocations', reason: 'must be a boolean' });
	}
	if (issues.length) return invalid(issues);
	// The object carries the policy it uses (humaans.txt 7594–7596); a place-of-work policy is not modelled here.
	if (row.type === 'specific') {
		row.timeAwayPolicy = (server as HumaansServer).table('/api/time-away-policies').get(String(row.timeAwayPolicyId));
	} else if (row.type === 'placeOfWork') {
		row.timeAwayPolicy = null;
	}
	// removeAllocations is an instruction, not an attribute of the allocation object.
	delete row.removeAllocations;
	return undefined;
}

/** Each person's allocation with the latest effectiveDate that is not in the future. */
function currentAllocations(rows: Row[], condition: unknown): Row[] {
	if (String(condition) !== 'true') return rows;
	const today = new Date().toISOString().slice(0, 10);
	const best = new Map<string, Row>();
	for (const row of rows) {
		const date = String(row.effectiveDate ?? '');
		if (date > today) continue;
		const person = String(row.personId);
		const held = best.get(person);
		if (!held || date > String(held.effectiveDate)) best.set(person, row);
	}
	return rows.filter((row) => [...best.values()].includes(row));
}

export const timeAwayAllocation: CollectionContract = {
	path: PATH,
	list: true,
	get: true,
	delete: true,
	filters: { personId: 'eq', isCurrent: 'eq' },
	computedFilters: { isCurrent: currentAllocations },
	create: { required: ['personId', 'type', 'effectiveDate'], optional: ['timeAwayPolicyId', 'timeAwayPolicy', 'removeAllocations'] },
	update: { optional: ['type', 'effectiveDate', 'timeAwayPolicyId', 'timeAwayPolicy'] },
	enums: { type: ['placeOfWork', 'specific', 'custom'] },
	dates: ['effectiveDate'],
	defaults: { timeAwayPolicyId: null },
	onCreate: (row, server) => checkType(row, row, server),
	onUpdate: (row, server) => {
		const before = (server as HumaansServer).table(PATH).get(String(row.id)) ?? {};
		const written = Object.fromEntries(Object.entries(row).filter(([key, value]) => before[key] !== value));
		return checkType(row, written, server);
	},
};
