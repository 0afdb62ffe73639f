import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { DateTime } from 'luxon';
import { isRecord } from '../../shared/errors';
import type { PlannedRequest, ResourceSpec, SystemClient } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { convertIds } from '../system';
import { OFFBOARDING_PATH } from '../transport';

// POST /api/offboarding/ is not in the document; it exists in newer ChiefOnboarding versions:
// { user, termination_date, sequences? }, answered with 200 and an empty body.

/**
 * The server refuses a termination date before its current date (UTC), so a past date is
 * refused here before any request. Today is accepted, as it is by the server.
 */
function prepareOffboarding(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const node = this.getNode();
	const body = request.body ?? {};
	convertIds(node, itemIndex, body, { user: 'User', sequences: 'Offboarding Sequence Names or IDs' });
	const today = DateTime.utc().toISODate() as string;
	const date = String(body.termination_date ?? '');
	if (date < today) {
		throw invalidParameter(
			node,
			itemIndex,
			'Termination Date',
			`${date} is in the past; ChiefOnboarding only accepts today (${today}, UTC) or a later date`,
		);
	}
}

async function offboard(
	this: IExecuteFunctions,
	request: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const response = await client.request(this, request, itemIndex);
	if (isRecord(response) && Object.keys(response).length) return [{ json: response }];
	return [{ json: { success: true, ...(request.body ?? {}) } }];
}

export const offboarding: ResourceSpec = {
	value: 'offboarding',
	name: 'Offboarding',
	description: 'Offboard users (newer ChiefOnboarding versions)',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Offboard a user',
			description: 'Set the termination date of a user and assign offboarding sequences',
			method: 'POST',
			path: OFFBOARDING_PATH,
			fields: [
				{
					name: 'user',
					type: 'ref',
					ref: 'employee',
					description: 'The user to offboard. Administrators cannot be offboarded.',
				},
				{
					name: 'termination_date',
					parameter: 'terminationDate',
					label: 'Termination Date',
					type: 'date',
					description: 'Last day of the user: today (UTC) or later',
				},
			],
			optional: [
				{
					name: 'sequences',
					label: 'Offboarding Sequence Names or IDs',
					type: 'refList',
					ref: 'sequence',
					description:
						'Offboarding sequences to assign. The list shows every sequence; ChiefOnboarding accepts offboarding sequences only.',
				},
			],
			prepare: prepareOffboarding,
			perform: offboard,
		},
	],
};
