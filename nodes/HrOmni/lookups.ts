import type { IDataObject } from 'n8n-workflow';
import type { Lookup } from '../shared/lookups';
import { lookupRefs } from '../shared/lookups';

/**
 * Records users pick from a list instead of pasting IDs. Each entry names its list
 * endpoint (`{companyId}` is the node's Company), whether that list is paginated and
 * searchable, and how a record is labelled; the list-search methods and every `ref`
 * field come from this one table.
 */
export interface HrOmniLookup extends Lookup {
	/** Paginated with `page` / `pageSize` and totals; otherwise one response holds every record. */
	paginated: boolean;
	/** The list documents the `search` parameter. */
	search?: boolean;
	/** Where the records sit in a non-paginated result (default: the result itself). */
	items?: (result: unknown) => unknown;
}

const text = (...parts: unknown[]) =>
	parts
		.filter((part) => (typeof part === 'string' && part.trim() !== '') || typeof part === 'number')
		.map(String)
		.join(' ')
		.trim();

const person = (item: IDataObject) => {
	const name = text(item.firstName, item.lastName);
	return item.email ? `${name} (${String(item.email)})` : name;
};

export const HR_OMNI_LOOKUPS: Record<string, HrOmniLookup> = {
	// hromni.txt 3413–3452
	company: {
		displayName: 'Company',
		path: '/user/select/company',
		paginated: true,
		search: true,
		value: (i) => String(i.companyId ?? i.id ?? ''),
		label: (i) => text(i.companyName ?? i.name) || String(i.companyId),
		placeholder: 'e.g. com_b762fd848fba96bed5e4dd445adb98',
	},
	// hromni.txt 503–552
	user: {
		displayName: 'User',
		path: '/company/{companyId}/users',
		paginated: true,
		search: true,
		value: (i) => String(i.id ?? i.userId ?? ''),
		label: (i) => person(i) || String(i.id),
		placeholder: 'e.g. usr_b762fd848fba96bed5e4dd445adb98',
	},
	// hromni.txt 795–834: the example records carry id/name, the class departmentId/departmentName.
	department: {
		displayName: 'Department',
		path: '/company/{companyId}/departments',
		paginated: true,
		search: true,
		value: (i) => String(i.id ?? i.departmentId ?? ''),
		label: (i) => text(i.name ?? i.departmentName) || String(i.id ?? i.departmentId),
		placeholder: 'e.g. dep_as8dt86sdf8sd',
	},
	// hromni.txt 1435–1456
	leaveType: {
		displayName: 'Leave Type',
		path: '/company/{companyId}/leave-management/leave-types',
		paginated: false,
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.name) || String(i.id),
		placeholder: 'e.g. lt_1ae56a20e24f11ec8fea0242ac18',
	},
	// hromni.txt 2100–2171: not paginated; the records sit in `result.result`.
	leaveRequest: {
		displayName: 'Leave Request',
		path: '/company/{companyId}/leave-management/requests',
		paginated: false,
		items: (result) => (result as IDataObject | undefined)?.result,
		value: (i) => String(i.id ?? ''),
		label: (i) =>
			text(i.firstName, i.lastName, '·', i.leaveTypeName, String(i.startDate ?? ''), '→', String(i.endDate ?? ''), `(${String(i.status ?? '')})`),
		placeholder: 'e.g. lr_203bbb0b8abd5c34baf68f153b8048',
	},
	// hromni.txt 2462–2519
	asset: {
		displayName: 'Asset',
		path: '/company/{companyId}/assets',
		paginated: true,
		search: true,
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.description ?? i.name, i.reference ? `#${String(i.reference)}` : '', i.type ? `· ${String(i.type)}` : '') || String(i.id),
		placeholder: 'e.g. 85b63f042f7341e76e10a71254913',
	},
	// hromni.txt 2654–2676
	assetType: {
		displayName: 'Asset Type',
		path: '/company/{companyId}/assets/types',
		paginated: false,
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.type ?? i.name) || String(i.id),
		placeholder: 'e.g. d1Z6RGYyVlRqaGRoeTNBMVJ3M2MxZz09',
	},
	// hromni.txt 2877–2900
	project: {
		displayName: 'Project',
		path: '/company/{companyId}/time-tracking/projects',
		paginated: false,
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.name) || String(i.id),
		placeholder: 'e.g. prj_d1Z6RGYyVlRqaGRoeTNBMVJ3M2MxZz09',
	},
	// hromni.txt 3051–3090
	timeEntry: {
		displayName: 'Time Entry',
		path: '/company/{companyId}/time-tracking/time-entries',
		paginated: false,
		value: (i) => String(i.timeEntryId ?? i.id ?? ''),
		label: (i) => {
			const who = (i.user ?? {}) as IDataObject;
			return text(String(i.trackingDate ?? ''), String(i.startingTime ?? ''), i.endingTime ? `– ${String(i.endingTime)}` : '', '·', text(who.firstName, who.lastName));
		},
		placeholder: 'e.g. ent_d1Z6RGYyVlRqaGRoeTNBMVJ3M2MxZz09',
	},
	// hromni.txt 1139–1184
	invoice: {
		displayName: 'Invoice',
		path: '/company/{companyId}/billing/invoices',
		paginated: true,
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.invoiceNumber, i.billingMonth ? `(${String(i.billingMonth)}/${String(i.billingYear ?? '')})` : '') || String(i.id),
		placeholder: 'e.g. inv_a1ce8037d4c3dfd1d7d39b63835b8e',
	},
	// hromni.txt 3178–3216
	invitation: {
		displayName: 'Invitation',
		path: '/user/invitations',
		paginated: true,
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.companyName, i.sentBy ? `(from ${String(i.sentBy)})` : '') || String(i.id),
		placeholder: 'e.g. inv_a1ce8037d4c3dfd1d7d39b63835b8e',
	},
	// hromni.txt 3505–3540: `id` is what Create Company sends as countryId.
	country: {
		displayName: 'Country',
		path: '/countries',
		paginated: false,
		qs: { showAll: true },
		value: (i) => String(i.id ?? ''),
		label: (i) => text(i.nicename, i.iso ? `(${String(i.iso)})` : '') || String(i.id),
		placeholder: 'e.g. 1',
	},
	// The same list, valued by ISO alpha-2 code (public holidays, hromni.txt 1802–1806).
	countryCode: {
		displayName: 'Country',
		path: '/countries',
		paginated: false,
		qs: { showAll: true },
		value: (i) => String(i.iso ?? ''),
		label: (i) => text(i.nicename, i.iso ? `(${String(i.iso)})` : '') || String(i.iso),
		placeholder: 'e.g. IE',
	},
};

// HR Omni's lists are many and large: records are searched, not loaded into dropdowns.
export const HR_OMNI_REFS = lookupRefs(HR_OMNI_LOOKUPS, { loadOptions: false });
