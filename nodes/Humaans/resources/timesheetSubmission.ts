import { restResource } from '../../shared/operations';
import { exactOrRange } from '../queryFilters';
import { dateRangeFilters, ownerField, personFilter } from '../system';

// Document: "Timesheet submissions" (humaans.txt 9269–9549).
const simplify = [
	'id',
	'personId',
	'startDate',
	'endDate',
	'status',
	'submittedAt',
	'reviewedBy',
	'reviewedAt',
	'changesRequested',
	'durationAsDays',
];

export const timesheetSubmission = restResource({
	value: 'timesheetSubmission',
	name: 'Timesheet Submission',
	plural: 'timesheet submissions',
	path: '/api/timesheet-submissions',
	idRef: 'timesheetSubmission',
	getAll: {
		prepare: exactOrRange('startDate', 'Start Date'),
		filters: [
			personFilter,
			// humaans.txt 9362 and 9369: `startDate string`, and the list "can be filtered using
			// more complex filter conditions", so $gte / $lte are offered with it.
			{ name: 'startDate', label: 'Start Date', type: 'date', description: 'Only the submission for the month starting on this date' },
			...dateRangeFilters('startDate', 'Start Date'),
		],
		simplify,
	},
	get: { simplify },
	create: {
		fields: [
			ownerField,
			{ name: 'startDate', type: 'date', description: 'The start date of the month which this submission covers' },
		],
	},
	update: {
		// humaans.txt 9492–9498: status is required on update.
		fields: [
			{
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Approved', value: 'approved' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Rejected', value: 'rejected' },
				],
				default: 'approved',
				description: 'The review status of the submission',
			},
		],
		optional: [
			{ name: 'changesRequested', type: 'string', description: 'Changes requested to accompany a rejected submission' },
		],
		description: 'Approve, reject or reopen a timesheet submission',
	},
	delete: {},
});
