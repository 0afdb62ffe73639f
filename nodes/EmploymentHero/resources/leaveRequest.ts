import type { ResourceSpec } from '../../shared/operations';
import { ORGANISATION_PATH, getOperation, listOperation, organisationParam, recordParam } from '../system';

// Document: "Leave Request" (employmenthero.txt 533–632). No filters are documented.
export const leaveRequest: ResourceSpec = {
	value: 'leaveRequest',
	name: 'Leave Request',
	operations: [
		listOperation({
			action: 'Get many leave requests',
			description: 'Retrieve the leave requests of an organisation',
			path: `${ORGANISATION_PATH}/leave_requests`,
			pathParams: [organisationParam],
		}),
		getOperation({
			action: 'Get a leave request',
			description: 'Retrieve a leave request',
			path: `${ORGANISATION_PATH}/leave_requests/{id}`,
			pathParams: [organisationParam, recordParam('leaveRequest', 'Leave Request', 'leaveRequestId')],
		}),
	],
};
