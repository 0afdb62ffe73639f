import type { FieldSpec } from '../../shared/fields';
import type { IExecuteFunctions } from 'n8n-workflow';
import type { OperationSpec, PlannedRequest, ResourceSpec } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { COMPANY, companyField, length, refField, userField, yearField } from './common';

// Document: "Leave request" (hromni.txt 1869–2342).
export const START_TIMES = [
	{ name: 'Midday', value: 'MIDDAY' },
	{ name: 'Start of Day', value: 'START_OF_DAY' },
];
export const END_TIMES = [
	{ name: 'End of Day', value: 'END_OF_DAY' },
	{ name: 'Midday', value: 'MIDDAY' },
];

/** The dates and half days of a leave (hromni.txt 1907–1913: dates in YYYY-MM-DD). */
export const leaveFields: FieldSpec[] = [
	refField('leaveTypeId', 'Leave Type', 'leaveType', 'Kind of leave'),
	{ name: 'startDate', type: 'date', description: 'First day of the leave' },
	{ name: 'startTime', type: 'options', options: START_TIMES, default: 'START_OF_DAY', description: 'Whether the leave starts in the morning or at midday' },
	{ name: 'endDate', type: 'date', description: 'Last day of the leave' },
	{ name: 'endTime', type: 'options', options: END_TIMES, default: 'END_OF_DAY', description: 'Whether the leave ends at midday or at the end of the day' },
];

/** A leave cannot end before it starts. */
export function datesInOrder(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const body = request.body ?? {};
	if (typeof body.startDate === 'string' && typeof body.endDate === 'string' && body.endDate < body.startDate) {
		throw invalidParameter(this.getNode(), itemIndex, 'End Date', `${body.endDate} is before the start date ${body.startDate}`);
	}
}

const STATUSES = [
	{ name: 'Approved', value: 'APPROVED' },
	{ name: 'Auto Approved', value: 'AUTO_APPROVED' },
	{ name: 'Cancelled', value: 'CANCELLED' },
	{ name: 'Declined', value: 'DECLINED' },
	{ name: 'Submitted', value: 'SUBMITTED' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const listFilters: FieldSpec[] = [
	yearField,
	{
		name: 'month',
		type: 'options',
		options: MONTHS.map((name, i) => ({ name, value: i + 1 })).sort((a, b) => a.name.localeCompare(b.name)),
		default: 1,
		description: 'Only requests of this month (use together with a year)',
	},
	{ name: 'status', type: 'options', options: STATUSES, default: 'SUBMITTED', description: 'Only requests with this status' },
];

const requestField = refField('requestId', 'Leave Request', 'leaveRequest', 'The leave request');
const SIMPLE = ['id', 'firstName', 'lastName', 'leaveTypeName', 'startDate', 'startTime', 'endDate', 'endTime', 'status', 'ptoDaysTaken'];
const userRequestPath = `${COMPANY}/leave-management/users/{userId}/requests/{requestId}`;

const ops: OperationSpec[] = [
	{
		value: 'create',
		name: 'Create',
		action: 'Create a leave request',
		description: 'Request leave for a user',
		method: 'POST',
		path: `${COMPANY}/leave-management/users/{userId}/requests`,
		pathParams: [companyField, userField('The user who takes the leave')],
		fields: leaveFields,
		optional: [{ name: 'message', type: 'string', description: 'Message to the approver (up to 150 characters)', ...length(0, 150) }],
		prepare: datesInOrder,
	},
	{
		value: 'get',
		name: 'Get',
		action: 'Get a leave request',
		description: 'Retrieve a leave request (administrators and approvers)',
		method: 'GET',
		path: `${COMPANY}/leave-management/requests/{requestId}`,
		pathParams: [companyField, requestField],
		simplify: SIMPLE,
	},
	{
		value: 'getAll',
		name: 'Get Many',
		action: 'Get many leave requests',
		description: 'List the leave requests of the company',
		method: 'GET',
		// hromni.txt 2098 has a space in `/company/:company-id: /leave-management/requests`: dropped.
		path: `${COMPANY}/leave-management/requests`,
		pathParams: [companyField],
		list: true,
		filters: [refField('departmentId', 'Department', 'department', 'Only requests of this department'), ...listFilters],
		simplify: SIMPLE,
		// Not paginated: `result.result` holds every match (hromni.txt 2100–2120).
		unpaginated: true,
		output: { unwrap: 'result' },
	},
	{
		value: 'getAllForUser',
		name: 'Get Many for User',
		action: 'Get many leave requests of a user',
		description: 'List the leave requests of one user',
		method: 'GET',
		path: `${COMPANY}/leave-management/users/{userId}/requests`,
		pathParams: [companyField, userField()],
		list: true,
		filters: listFilters,
		simplify: SIMPLE,
		unpaginated: true,
		output: { unwrap: 'result' },
	},
	{
		value: 'getPending',
		name: 'Get Many Pending',
		action: 'Get many pending leave requests',
		description: 'List the leave requests waiting for approval',
		method: 'GET',
		path: `${COMPANY}/leave-management/users/pending-requests`,
		pathParams: [companyField],
		list: true,
		// The URL example names it departmentId (hromni.txt 2202), the table departmentUuid
		// (2267): departmentId is sent, as on the other leave lists.
		filters: [refField('departmentId', 'Department', 'department', 'Only requests of this department')],
	},
	{
		value: 'update',
		name: 'Update',
		action: 'Update a leave request',
		description: 'Approve, decline or cancel a leave request, with a comment',
		method: 'PUT',
		path: `${COMPANY}/leave-management/requests/{requestId}`,
		pathParams: [companyField, requestField],
		fields: [
			{
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Approved', value: 'APPROVED' },
					{ name: 'Cancelled', value: 'CANCELLED' },
					{ name: 'Declined', value: 'DECLINED' },
				],
				default: 'APPROVED',
				description: 'The decision',
			},
		],
		optional: [{ name: 'comment', type: 'string', description: 'Comment for the employee (up to 150 characters)', ...length(0, 150) }],
	},
	{
		value: 'getForUser',
		name: 'Get for User',
		action: 'Get a leave request of a user',
		description: 'Retrieve one leave request of a user (as that user)',
		method: 'GET',
		// hromni.txt 2270 writes `/users/user-id/requests/request-id` without the :…: markers
		// every other path uses; they are read as the user and request IDs.
		path: userRequestPath,
		pathParams: [companyField, userField(), requestField],
		simplify: SIMPLE,
	},
	{
		value: 'cancel',
		name: 'Cancel',
		action: 'Cancel a leave request of a user',
		description: 'Cancel one of your own leave requests',
		method: 'PUT',
		// Same unmarked path as above (hromni.txt 2332). The body's status is shown only as
		// "status" (2334–2337): a cancellation sends CANCELLED.
		path: userRequestPath,
		pathParams: [companyField, userField(), requestField],
		optional: [{ name: 'comment', type: 'string', description: 'Reason for the cancellation (up to 150 characters)', ...length(0, 150) }],
		optionalCollection: { name: 'additionalFields', displayName: 'Additional Fields' },
		async prepare(request) {
			request.body = { status: 'CANCELLED', ...(request.body ?? {}) };
		},
	},
];

export const leaveRequest: ResourceSpec = {
	value: 'leaveRequest',
	name: 'Leave Request',
	description: 'Leave requests: create, approve, decline, cancel, list',
	operations: ops,
};
