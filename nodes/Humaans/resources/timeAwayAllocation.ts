// humaans.txt 7556–7953 ("Time away allocations")
import type { IExecuteFunctions } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { ownerField, personFilter } from '../system';
import { requireJsonObject } from './timeAwayPolicy';

const type: FieldSpec = {
	name: 'type',
	type: 'options',
	options: [
		{ name: 'Custom', value: 'custom', description: 'An inline policy for this person, given in Custom Policy' },
		{ name: 'Place of Work', value: 'placeOfWork', description: 'The policy of the place of work of the person' },
		{ name: 'Specific', value: 'specific', description: 'The existing policy given in Time Away Policy' },
	],
	default: 'placeOfWork',
	description: 'The type of allocation',
};

const effectiveDate: FieldSpec = { name: 'effectiveDate', type: 'date', description: 'The first day when the allocation is in effect' };

const timeAwayPolicyId: FieldSpec = {
	name: 'timeAwayPolicyId',
	label: 'Time Away Policy',
	type: 'ref',
	ref: 'timeAwayPolicy',
	description: 'The time away policy used by this allocation. Required when the type is Specific.',
};

const timeAwayPolicy: FieldSpec = {
	name: 'timeAwayPolicy',
	label: 'Custom Policy',
	type: 'json',
	description:
		'The policy of this allocation as an object (name, timeAwayPolicyVersion); required for type Custom only',
};

export const timeAwayAllocation = restResource({
	value: 'timeAwayAllocation',
	name: 'Time Away Allocation',
	plural: 'time away allocations',
	path: '/api/time-away-allocations',
	idRef: 'timeAwayAllocation',
	description: 'Which time away policy applies to a person from a date',
	getAll: {
		filters: [
			personFilter,
			{ name: 'isCurrent', label: 'Current Only', type: 'boolean', default: true, description: 'Whether to return the current allocation only' },
		],
	},
	get: {},
	create: {
		prepare: checkAllocation,
		fields: [
			ownerField,
			type,
			// Documented as `string, date | null required` (humaans.txt 7795): a date is asked for.
			effectiveDate,
		],
		optional: [
			timeAwayPolicyId,
			timeAwayPolicy,
			// The document gives no description for removeAllocations (humaans.txt 7807); the wording is our reading of its name.
			{ name: 'removeAllocations', type: 'boolean', description: 'Whether to remove the other allocations of the person' },
		],
	},
	update: {
		prepare: checkAllocation,
		optional: [
			{ ...type, description: 'The type of allocation.' },
			{ ...effectiveDate, nullable: true, description: 'The first day when the allocation is in effect.' },
			timeAwayPolicyId,
			timeAwayPolicy,
		],
	},
	delete: {},
});

const policyObject = requireJsonObject('timeAwayPolicy', 'Custom Policy');

/** humaans.txt 7585: "specific requires providing the timeAwayPolicyId"; "custom requires passing policy object". */
function checkAllocation(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	policyObject.call(this, request, itemIndex);
	const body = request.body ?? {};
	if (request.method !== 'POST') return;
	if (body.type === 'specific' && body.timeAwayPolicyId === undefined) {
		throw invalidParameter(this.getNode(), itemIndex, 'Time Away Policy', 'a policy is required when the type is Specific');
	}
	if (body.type === 'custom' && body.timeAwayPolicy === undefined) {
		throw invalidParameter(this.getNode(), itemIndex, 'Custom Policy', 'a policy object is required when the type is Custom');
	}
}
