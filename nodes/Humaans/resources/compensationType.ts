import { restResource } from '../../shared/operations';

// humaans.txt 784–895: "Compensation types" — list (companyId, $sort) and retrieve only.
export const compensationType = restResource({
	value: 'compensationType',
	name: 'Compensation Type',
	plural: 'compensation types',
	path: '/api/compensation-types',
	idRef: 'compensationType',
	getAll: {
		filters: [
			{
				name: 'companyId',
				label: 'Company',
				type: 'ref',
				ref: 'company',
				description: 'Only compensation types of this company',
			},
			// The document lists `$sort object` without naming the sortable fields; we offer the
			// name, sent as `$sort[name]=1` (ascending) or `-1` (descending).
			{
				name: '$sort[name]',
				parameter: 'sortByName',
				label: 'Sort by Name',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 1 },
					{ name: 'Descending', value: -1 },
				],
				default: 1,
				description: 'Order the compensation types by name',
			},
		],
	},
	get: {},
});
