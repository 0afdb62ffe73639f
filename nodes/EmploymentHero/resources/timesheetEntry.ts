import type { ResourceSpec } from '../../shared/operations';
import { ORGANISATION_PATH, employeeParam, listOperation, organisationParam } from '../system';

// Document: "Timesheet Entry" (employmenthero.txt 633–730). The employee may be the wildcard
// "-" for every employee (722); start_date and end_date are `dd/mm/yyyy` (726–728).
export const timesheetEntry: ResourceSpec = {
	value: 'timesheetEntry',
	name: 'Timesheet Entry',
	operations: [
		listOperation({
			action: 'Get many timesheet entries',
			description: 'Retrieve the timesheet entries of an employee, or of all employees',
			path: `${ORGANISATION_PATH}/employees/{employeeId}/timesheet_entries`,
			pathParams: [
				organisationParam,
				{
					...employeeParam,
					ref: 'timesheetEmployee',
					description: 'The employee whose timesheet entries to retrieve; "All Employees" (ID "-") searches across every employee',
				},
			],
			filters: [
				{
					name: 'start_date',
					label: 'Start Date',
					type: 'date',
					dateFormat: 'dayMonthYearSlash',
					description: 'Only entries dated on or after this day (sent as dd/mm/yyyy)',
				},
				{
					name: 'end_date',
					label: 'End Date',
					type: 'date',
					dateFormat: 'dayMonthYearSlash',
					description: 'Only entries dated on or before this day (sent as dd/mm/yyyy)',
				},
			],
			simplify: ['id', 'employee_id', 'date', 'start_time', 'end_time', 'status', 'units', 'time', 'comment'],
		}),
	],
};
