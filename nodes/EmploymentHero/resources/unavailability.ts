import type { IExecuteFunctions } from 'n8n-workflow';
import { DateTime } from 'luxon';
import type { PlannedRequest, ResourceSpec } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { ORGANISATION_PATH, getOperation, listOperation, organisationParam, recordParam } from '../system';

/** employmenthero.txt 2182–2184: "Maximum search range is 1 month." Checked before the request. */
function checkSearchRange(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const from = request.qs.from_date;
	const to = request.qs.to_date;
	if (typeof from !== 'string' || typeof to !== 'string') return;
	const start = DateTime.fromISO(from);
	const end = DateTime.fromISO(to);
	if (end < start) throw invalidParameter(this.getNode(), itemIndex, 'To Date', 'it is before From Date');
	if (end > start.plus({ months: 1 })) {
		throw invalidParameter(this.getNode(), itemIndex, 'To Date', 'Employment Hero searches at most 1 month from From Date');
	}
}

// Document: "Unavailability" (employmenthero.txt 2099–2230). Dates are ISO-8601 (2131–2134).
export const unavailability: ResourceSpec = {
	value: 'unavailability',
	name: 'Unavailability',
	operations: [
		listOperation({
			action: 'Get many unavailabilities',
			description: 'Retrieve the unavailabilities matching the filters',
			path: `${ORGANISATION_PATH}/unavailabilities`,
			pathParams: [organisationParam],
			filters: [
				{
					name: 'from_date',
					label: 'From Date',
					type: 'date',
					description: 'Only unavailabilities ending on or after this date (at most 1 month before To Date)',
				},
				{
					name: 'to_date',
					label: 'To Date',
					type: 'date',
					description: 'Only unavailabilities ending on or before this date (at most 1 month after From Date)',
				},
				{
					// employmenthero.txt 2186 types it `number` though IDs are UUIDs elsewhere: sent as given.
					name: 'location_id',
					label: 'Cost Centre ID',
					type: 'string',
					description: 'Only unavailabilities of members in this cost centre',
				},
				{ name: 'member_id', label: 'Member', type: 'ref', ref: 'employee', description: 'Only unavailabilities of this employee' },
			],
			prepare: checkSearchRange,
		}),
		getOperation({
			action: 'Get an unavailability',
			description: 'Retrieve an unavailability',
			path: `${ORGANISATION_PATH}/unavailabilities/{id}`,
			pathParams: [organisationParam, recordParam('unavailability', 'Unavailability', 'unavailabilityId')],
		}),
	],
};
