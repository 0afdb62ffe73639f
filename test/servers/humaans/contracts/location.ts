import type { CollectionContract } from './types';

// humaans.txt 3984–4355. Create 4184–4255, update 4260–4330; the list takes no filters.
const OPTIONAL = ['address', 'state', 'postcode', 'label', 'timeAwayPolicyEffectiveDate', 'workingPatternId', 'workingPatternEffectiveDate'];

export const locations: CollectionContract = {
	path: '/api/locations',
	list: true,
	get: true,
	delete: true,
	create: { required: ['city', 'countryCode', 'timeAwayPolicyId'], optional: OPTIONAL },
	update: { optional: ['city', 'countryCode', 'timeAwayPolicyId', ...OPTIONAL] },
	dates: ['timeAwayPolicyEffectiveDate', 'workingPatternEffectiveDate'],
	defaults: {
		companyId: 'T7uqPFK7am4lFTZm39AmNuay',
		label: null,
		address: null,
		postcode: null,
		state: null,
		regionCode: null,
		isAddressInvalid: false,
		timeAwayPolicyEffectiveDate: null,
		workingPatternId: null,
		workingPatternEffectiveDate: null,
	},
	onCreate: (row) => {
		// displayName (4013) is undescribed; the server shows the label, or the city when there is none.
		row.displayName = row.label ?? row.city;
		return undefined;
	},
	onUpdate: (row) => {
		row.displayName = row.label ?? row.city;
	},
};
