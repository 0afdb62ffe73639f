import type { IDataObject, INodeExecutionData, INodePropertyOptions, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { isRecord } from '../shared/errors';
import { fieldProperty } from '../shared/fields';
import type { CursorReader } from '../shared/polling';
import { newestRecord, pollNewRecords } from '../shared/polling';
import { pathSegment } from '../shared/validation';
import { HR_OMNI_REFS } from './lookups';
import { listSearchMethods } from './methods';
import { companyField, refField } from './resources/common';
import { hrOmniCall, hrOmniList } from './transport';
import { hrOmniCredentialTest } from './credentialTest';
import { optionSubtitle } from '../shared/operations';

type EventName =
	| 'newEmployee'
	| 'employeeUpdated'
	| 'newLeaveRequest'
	| 'leaveRequestStatusChanged'
	| 'newPendingRequest'
	| 'newTimeEntry';

/** Timestamps come with 3 or 6 fractional digits (hromni.txt 464, 2048): compared as epoch ms. */
const instant = (value: unknown): number | undefined => {
	if (typeof value !== 'string' || value === '') return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
};

const reader = (id: string, at: string): CursorReader => ({
	id: (record) => String(record[id] ?? ''),
	cursor: (record) => instant(record[at]),
	// The poll's own time: a record dated in the future never moves the cursor past it.
	now: () => Date.now(),
});

const CURSORS: Partial<Record<EventName, CursorReader>> = {
	newEmployee: reader('userId', 'createdAt'),
	employeeUpdated: reader('userId', 'updatedAt'),
	newLeaveRequest: reader('id', 'createdAt'),
	newTimeEntry: reader('timeEntryId', 'createdAt'),
};

interface StoredState extends IDataObject {
	/** Event, company and filters the state belongs to; a change starts a new baseline. */
	scope?: string;
	/** Leave request ID → last status seen (status changes). */
	statuses?: IDataObject;
	/** IDs of the requests pending at the last poll (new pending requests). */
	pending?: string[];
}

const departmentOption = refField('departmentId', 'Department', 'department', 'Only leave requests of this department');
const projectOption = refField('projectId', 'Project', 'project', 'Only time entries of this project');

/** The events this trigger polls for. */
const HR_OMNI_TRIGGER_EVENTS: INodePropertyOptions[] = [
	{ name: 'Employee Updated', value: 'employeeUpdated', description: 'An employee record got a newer update time' },
	{ name: 'Leave Request Status Changed', value: 'leaveRequestStatusChanged', description: 'A leave request was approved, declined or cancelled' },
	{ name: 'New Employee', value: 'newEmployee', description: 'An employee was added to the company' },
	{ name: 'New Leave Request', value: 'newLeaveRequest', description: 'A leave request was created' },
	{ name: 'New Pending Request', value: 'newPendingRequest', description: 'A leave request started waiting for approval' },
	{ name: 'New Time Entry', value: 'newTimeEntry', description: 'Time was tracked' },
];

export class HrOmniTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HR Omni Trigger',
		name: 'hrOmniTrigger',
		icon: { light: 'file:../../icons/hromni.svg', dark: 'file:../../icons/hromni.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionSubtitle('event', HR_OMNI_TRIGGER_EVENTS),
		description: 'Starts the workflow on new or changed employees, leave requests and time entries in HR Omni (polling)',
		documentationUrl: 'https://github.com/n8n-nodes-hris/n8n-nodes-hris#hr-omni',
		defaults: { name: 'HR Omni Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hrOmniApi', required: true, testedBy: 'hrOmniCredentialTest' }],
		properties: [
			{
				displayName:
					'HR Omni has no webhooks, so this trigger polls. The first poll after activation only records what exists; every change after that starts the workflow once. Fetching a test event returns the newest record as a sample.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				default: 'newEmployee',
				options: HR_OMNI_TRIGGER_EVENTS,
			},
			fieldProperty(companyField, HR_OMNI_REFS, true),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { event: ['leaveRequestStatusChanged', 'newLeaveRequest', 'newPendingRequest'] } },
				options: [fieldProperty(departmentOption, HR_OMNI_REFS, false)],
			},
			{
				displayName: 'Options',
				name: 'timeEntryOptions',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				displayOptions: { show: { event: ['newTimeEntry'] } },
				options: [fieldProperty(projectOption, HR_OMNI_REFS, false)],
			},
		],
	};

	methods = { listSearch: listSearchMethods, credentialTest: { hrOmniCredentialTest } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as EventName;
		const node = this.getNode();
		const company = pathSegment(node, 0, 'Company', this.getNodeParameter('companyId', undefined, { extractValue: true }));
		const options = (event === 'newTimeEntry' ? this.getNodeParameter('timeEntryOptions', {}) : this.getNodeParameter('options', {})) as IDataObject;
		const filterValue = (key: string) => {
			const raw = options[key];
			const value = isRecord(raw) ? raw.value : raw;
			return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
		};
		const departmentId = event === 'newTimeEntry' ? undefined : filterValue('departmentId');
		const projectId = event === 'newTimeEntry' ? filterValue('projectId') : undefined;

		const records = await fetchRecords(this, event, company, departmentId, projectId);
		const manual = this.getMode() === 'manual';
		const stored = this.getWorkflowStaticData('node') as StoredState;
		const scope = JSON.stringify([event, company, departmentId ?? '', projectId ?? '']);
		const firstPoll = stored.scope !== scope;
		if (firstPoll && !manual) {
			for (const key of Object.keys(stored)) delete stored[key];
			stored.scope = scope;
		}

		const cursorReader = CURSORS[event];
		if (cursorReader) {
			const candidates = event === 'employeeUpdated' ? records.filter(isUpdate) : records;
			const fresh = pollNewRecords(candidates, cursorReader, stored, manual);
			return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
		}

		if (event === 'leaveRequestStatusChanged') {
			const byCreation = reader('id', 'createdAt');
			if (manual) {
				const latest = newestRecord(records, byCreation);
				return sample(this, latest && { ...latest, previousStatus: null });
			}
			const before = firstPoll ? {} : ((stored.statuses ?? {}) as IDataObject);
			const statuses: IDataObject = {};
			const changed: IDataObject[] = [];
			for (const record of records) {
				const id = String(record.id ?? '');
				if (!id) continue;
				statuses[id] = record.status as string;
				if (!firstPoll && id in before && before[id] !== record.status) changed.push({ ...record, previousStatus: before[id] });
			}
			stored.statuses = statuses;
			return changed.length ? [this.helpers.returnJsonArray(changed)] : null;
		}

		// newPendingRequest: pending requests carry no timestamp (hromni.txt 2206–2226), so the
		// IDs pending at the last poll are remembered and every other pending ID is new.
		if (manual) return sample(this, records[0]);
		const seen = new Set(firstPoll ? [] : (stored.pending ?? []));
		const current = records.map((record) => String(record.id ?? '')).filter((id) => id !== '');
		stored.pending = current;
		if (firstPoll) return null;
		const fresh = records.filter((record) => !seen.has(String(record.id ?? '')));
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}

/** An update only: created records also carry updatedAt (equal to createdAt). */
function isUpdate(record: IDataObject): boolean {
	const updated = instant(record.updatedAt);
	const created = instant(record.createdAt);
	return updated !== undefined && (created === undefined || updated > created);
}

function sample(ctx: IPollFunctions, record: IDataObject | undefined): INodeExecutionData[][] | null {
	return record ? [ctx.helpers.returnJsonArray([record])] : null;
}

/** Every record the event looks at, across all pages (so no change is lost to paging). */
async function fetchRecords(
	ctx: IPollFunctions,
	event: EventName,
	company: string,
	departmentId?: string,
	projectId?: string,
): Promise<IDataObject[]> {
	const base = `/company/${company}`;
	const records = (value: unknown): IDataObject[] => (Array.isArray(value) ? value.filter(isRecord) : []);
	switch (event) {
		case 'newEmployee':
		case 'employeeUpdated':
			// hromni.txt 445–502
			return await hrOmniList(ctx, `${base}/users/employees`, Infinity);
		case 'newPendingRequest':
			// hromni.txt 2202–2268
			return await hrOmniList(ctx, `${base}/leave-management/users/pending-requests`, Infinity, departmentId ? { departmentId } : {});
		case 'newLeaveRequest':
		case 'leaveRequestStatusChanged': {
			// hromni.txt 2098–2171: one response holds every request, in `result.result`.
			const result = await hrOmniCall(ctx, 'GET', `${base}/leave-management/requests`, { qs: departmentId ? { departmentId } : {} });
			return records(isRecord(result) ? result.result : undefined);
		}
		case 'newTimeEntry': {
			// hromni.txt 3051–3090
			const result = await hrOmniCall(ctx, 'GET', `${base}/time-tracking/time-entries`, { qs: projectId ? { projectId } : {} });
			return records(result);
		}
	}
}
