import type { FieldSpec } from '../../shared/fields';
import { restResource } from '../../shared/operations';

// humaans.txt 3984–4355 ("Locations"): places of work. People are assigned with their locationId (or "remote").
const address: FieldSpec[] = [
	{ name: 'address', type: 'string', nullable: true, description: 'A street address of the location.' },
	{ name: 'state', type: 'string', nullable: true, description: 'State.' },
	{ name: 'postcode', type: 'string', nullable: true, description: 'Postcode.' },
	{
		name: 'label',
		type: 'string',
		nullable: true,
		description: 'A label for this location that is used to refer to the location.',
	},
];

const schedule: FieldSpec[] = [
	{
		name: 'timeAwayPolicyEffectiveDate',
		type: 'date',
		nullable: true,
		description: 'When provided, time away policy changes will be effective from this date.',
	},
	{
		// The document has no working pattern endpoint to pick from, so this is a plain ID.
		name: 'workingPatternId',
		label: 'Working Pattern ID',
		type: 'string',
		nullable: true,
		description:
			'The working pattern of everyone at this location (changing it updates them all).',
	},
	{
		name: 'workingPatternEffectiveDate',
		type: 'date',
		nullable: true,
		description: 'When provided, working pattern changes will be effective from this date.',
	},
];

const city: FieldSpec = { name: 'city', type: 'string', description: 'City.' };
const countryCode: FieldSpec = {
	name: 'countryCode',
	type: 'string',
	placeholder: 'e.g. GB',
	description: 'Country code in ISO 3166-2 format, e.g. GB for United Kingdom.',
};
const timeAwayPolicy: FieldSpec = {
	name: 'timeAwayPolicyId',
	label: 'Time Away Policy',
	type: 'ref',
	ref: 'timeAwayPolicy',
	description:
		'The time away policy of everyone at this location (changing it updates them all)',
};

const simplify = [
	'id',
	'label',
	'displayName',
	'address',
	'city',
	'postcode',
	'countryCode',
	'country',
	'timezone',
	'timeAwayPolicyId',
];

export const location = restResource({
	value: 'location',
	name: 'Location',
	plural: 'locations',
	path: '/api/locations',
	idRef: 'location',
	getAll: { simplify },
	get: { simplify },
	create: { fields: [city, countryCode, timeAwayPolicy], optional: [...address, ...schedule] },
	update: { optional: [city, countryCode, timeAwayPolicy, ...address, ...schedule] },
	delete: {},
});
