// humaans.txt 6522–6599 ("Public holidays"): a list endpoint only, whose calendar and date filters are required.
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fields';
import { fieldProperty, readField } from '../../shared/fields';
import type { PlannedRequest, ResourceSpec } from '../../shared/operations';
import { HUMAANS_REFS } from '../lookups';
import { humaansSystem } from '../system';

const calendars: FieldSpec = {
	name: 'publicHolidayCalendarId',
	parameter: 'publicHolidayCalendarIds',
	label: 'Public Holiday Calendar Names or IDs',
	type: 'refList',
	ref: 'publicHolidayCalendar',
	description: 'The calendars to list holidays of.',
};

// The calendar filter also allows $nin (humaans.txt 6562); only the calendars to include are asked for.
// `date` is required with any of $gt, $gte, $lt, $lte (humaans.txt 6566); the document's
// example sends only `date[$gte]`, so "Date From" is required and "Date To" is optional.
const dateFrom: FieldSpec = {
	name: 'date',
	parameter: 'dateFrom',
	label: 'Date From',
	type: 'date',
	description: 'Only holidays on or after this date',
};

const dateTo: FieldSpec = {
	name: 'date',
	parameter: 'dateTo',
	label: 'Date To',
	type: 'date',
	description: 'Only holidays on or before this date',
};

const key = humaansSystem.queryKey;

/** Writes the required filters with the document's operators: one calendar as `=`, several as `$in`. */
function placeFilters(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const qs: IDataObject = request.qs;
	const ids = qs.publicHolidayCalendarId as string[];
	const from = qs.date;
	delete qs.publicHolidayCalendarId;
	delete qs.date;
	if (ids.length === 1) qs[key('publicHolidayCalendarId', 'eq')] = ids[0];
	else qs[key('publicHolidayCalendarId', 'in')] = ids;
	qs[key('date', 'gte')] = from;
	const to = readField(this.getNode(), itemIndex, dateTo, this.getNodeParameter('dateTo', itemIndex, ''), false);
	if (to !== undefined && to !== null) qs[key('date', 'lte')] = to as string;
}

export const publicHoliday: ResourceSpec = {
	value: 'publicHoliday',
	name: 'Public Holiday',
	description: 'Public holidays of a calendar',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many public holidays',
			description: 'Retrieve the public holidays of calendars in a date range',
			method: 'GET',
			path: '/api/public-holidays',
			list: true,
			fields: [calendars, dateFrom],
			extraProperties: [fieldProperty(dateTo, HUMAANS_REFS, false)],
			prepare: placeFilters,
		},
	],
};
