import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { binaryItem, binaryPropertyParameter } from '../../shared/binary';
import { isRecord } from '../../shared/errors';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest, ResourceSpec, SystemClient } from '../../shared/operations';
import { downloadFromHumaans } from '../download';

// humaans.txt 1704–1892. Exports have no list endpoint, so IDs are typed, not picked.
const exportId: FieldSpec = { name: 'id', parameter: 'dataExportId', label: 'Data Export ID', type: 'string', placeholder: 'e.g. yQYtUaI6LeTc1Ss5S0FgInPo' };

// Every field the document lists for any export type (humaans.txt 1781); which apply
// depends on the export type, as the document's list for each type says.
const EXPORT_FIELDS =
	'accountNumber accrued adjustments allowance approvalFlow attachment balance bankName birthday bonus carriedOver collectionDate commission companyName contractType cost country countryCode currency days department dietaryPreference diversity documentLink email emergencyContacts employeeId employeeStatus employmentEndDate employmentStartDate endDate endOfYearBalance endPeriod equity expiryDate firstName firstWorkingDay foodAllergies fromPrevAccrualPeriod fromPrevAccrualPeriodExpired fte fullAddress fullName fullPlaceOfWork gender idExpiryDates isRemote issueCountry issueDate jobTitle lastName lastWorkingDay leavingNote leavingReason link manager managerEmail managerPreferredName middleName name nameOnAccount nationality note number otherTimeAway paidTimeOff parentalLeave payrollProvider personalEmail personalPhoneNumber phoneNumber placeOfWork preferredName preferredNameOrFirstName probationEndDate pronouns ptoPolicy publicHolidayCalendar receiptDate registeredOn requestStatus reviewedAt reviewer reviewerEmail roleEffectiveDate routingNumber salary serialNumber shortBirthday sickLeave social sortCode spokenLanguages startDate startPeriod status submittedAt swiftCode taxCode taxId teams timeAwayType timezone totalDays totalTime turnoverImpact type unpaidLeave uploader uploaderEmail verifier verifierEmail workingDays workingFromHome workingPattern'
		.split(' ')
		.map((value) => ({ name: value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()), value }));

const EXPORT_TYPES = [
	{ name: 'Document', value: 'document' },
	{ name: 'Equipment', value: 'equipment' },
	{ name: 'Identity Document', value: 'identityDocument' },
	{ name: 'People', value: 'people' },
	{ name: 'Time Away', value: 'timeAway' },
	{ name: 'Timesheet', value: 'timesheet' },
	// Named only by includeArchivedWorkflows ("Only applies to exports of type workflowActivity").
	{ name: 'Workflow Activity', value: 'workflowActivity' },
];

const flag = (name: string, description: string): FieldSpec => ({ name, type: 'boolean', description });

async function createExport(
	this: IExecuteFunctions,
	planned: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const body = planned.body ?? {};
	if (!body.download) {
		return [{ json: (await client.request(this, planned, itemIndex)) as IDataObject }];
	}
	// With `download: true` the export itself is the response (humaans.txt 1842).
	const response = (await client.request(this, { ...planned, binary: true, fullResponse: true }, itemIndex)) as {
		body: Buffer | ArrayBuffer;
		headers: IDataObject;
	};
	const data = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body);
	const json = body.json === true;
	const fileName = `humaans-${String(body.type)}-export.${json ? 'json' : 'csv'}`;
	const mimeType = json ? 'application/json' : 'text/csv';
	return [await binaryItem(this, itemIndex, data, fileName, mimeType, { type: body.type, fileName })];
}

async function downloadExport(
	this: IExecuteFunctions,
	planned: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const meta = await client.request(this, { method: 'GET', path: planned.path }, itemIndex);
	if (!isRecord(meta) || typeof meta.url !== 'string') return [{ json: (meta ?? {}) as IDataObject }];
	const { data, mimeType } = await downloadFromHumaans(this, client, meta.url, itemIndex);
	const extension = mimeType === 'application/json' ? 'json' : 'csv';
	return [await binaryItem(this, itemIndex, data, `humaans-export-${String(meta.id)}.${extension}`, mimeType, meta)];
}

export const dataExport: ResourceSpec = {
	value: 'dataExport',
	name: 'Data Export',
	description: 'Exports of people, time away, equipment and other data as CSV or JSON',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a data export',
			description: 'Create a data export; with Download on, the exported file is returned as binary data',
			method: 'POST',
			path: '/api/data-exports',
			fields: [{ name: 'type', type: 'options', options: EXPORT_TYPES, default: 'people', description: 'The type of export' }],
			optional: [
				{ name: 'fields', type: 'multiOptions', options: EXPORT_FIELDS, description: 'The fields to include; which are available depends on the export type.' },
				{ name: 'customFields', label: 'Custom Field Names or IDs', type: 'refList', ref: 'customField', description: 'Custom fields to include.' },
				{ name: 'timeAwayTypes', label: 'Time Away Type Names or IDs', type: 'refList', ref: 'timeAwayType', description: 'Time away types to include.' },
				{ name: 'compensationTypes', label: 'Compensation Type Names or IDs', type: 'refList', ref: 'compensationType', description: 'Compensation types to include.' },
				{ name: 'startDate', type: 'date', description: 'Include only the people active after this date; also used when rolling up time away totals' },
				{ name: 'endDate', type: 'date', description: 'The end date of the data export' },
				flag('includeOffboarded', 'Whether to include offboarded people'),
				flag('includeRoleHistory', 'Whether to include every job role in effect within the date range (several rows per person)'),
				flag('includeCompensationHistory', 'Whether to include every compensation in effect within the date range (several rows per person)'),
				flag('includeWithoutEquipment', 'Whether to include people without equipment (equipment exports)'),
				flag('includeWithoutDocuments', 'Whether to include people without documents (document and identity document exports)'),
				flag('includeAllDocumentVersions', 'Whether to include all document versions (identity document exports)'),
				flag('includeAdjustments', 'Whether to include time away adjustments (time away exports)'),
				flag('includeArchivedWorkflows', 'Whether to include archived workflow instances (workflow activity exports)'),
				flag('includeNewHires', 'Whether to include new hires (the API includes them by default)'),
				flag('json', 'Whether to generate JSON instead of CSV'),
				{ name: 'dataExportTemplateId', label: 'Data Export Template ID', type: 'string', description: 'Data export template used for this export' },
			],
			extraProperties: [
				{
					displayName: 'Download File',
					name: 'download',
					type: 'boolean',
					default: false,
					description: 'Whether to return the exported file itself as binary data instead of the export metadata',
				},
				{ ...binaryPropertyParameter('output'), displayOptions: { show: { download: [true] } } },
			],
			prepare(planned, itemIndex) {
				if (this.getNodeParameter('download', itemIndex, false) as boolean) {
					planned.body = { ...planned.body, download: true };
				}
			},
			perform: createExport,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a data export',
			description: "Retrieve a data export's metadata, including the URL of its file",
			method: 'GET',
			path: '/api/data-exports/{id}',
			pathParams: [exportId],
		},
		{
			value: 'download',
			name: 'Download',
			action: 'Download a data export',
			description: "Retrieve a data export and download its file into a binary field",
			method: 'GET',
			path: '/api/data-exports/{id}',
			pathParams: [exportId],
			extraProperties: [binaryPropertyParameter('output')],
			perform: downloadExport,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a data export',
			description: 'Permanently delete a data export (exports also expire by themselves)',
			method: 'DELETE',
			path: '/api/data-exports/{id}',
			pathParams: [exportId],
		},
	],
};
