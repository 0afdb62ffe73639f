import { restResource } from '../../shared/operations';

// humaans.txt 587–783 ("Companies"): list, retrieve and update; companies are not created or deleted via the API.
export const company = restResource({
	value: 'company',
	name: 'Company',
	plural: 'companies',
	path: '/api/companies',
	idRef: 'company',
	getAll: {
		simplify: ['id', 'name', 'domains', 'status', 'paymentStatus', 'trialEndDate', 'isTimesheetEnabled', 'nextEmployeeId'],
	},
	get: {
		simplify: ['id', 'name', 'domains', 'status', 'paymentStatus', 'trialEndDate', 'isTimesheetEnabled', 'nextEmployeeId'],
	},
	update: {
		optional: [
			{ name: 'name', type: 'string', description: 'Company name.' },
			{
				name: 'isTimesheetEnabled',
				label: 'Is Timesheet Enabled',
				type: 'boolean',
				description: 'Whether the timesheet functionality is enabled',
			},
			{
				name: 'autogenerateEmployeeId',
				label: 'Autogenerate Employee ID',
				type: 'boolean',
				description: 'Whether employee IDs are automatically generated',
			},
			{
				name: 'autogenerateEmployeeIdForNewHires',
				label: 'Autogenerate Employee ID for New Hires',
				type: 'boolean',
				description: 'Whether employee IDs are automatically generated for new hires',
			},
			{
				// "integer | null" (humaans.txt 764): whole numbers only; an empty expression clears it.
				name: 'nextEmployeeId',
				label: 'Next Employee ID',
				type: 'number',
				nullable: true,
				typeOptions: { numberPrecision: 0, minValue: 0 },
				description: 'The employee ID of the next employee to be created.',
			},
		],
	},
});
