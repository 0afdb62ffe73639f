// humaans.txt 8773–9008 ("Time away types")
import { restResource } from '../../shared/operations';

export const timeAwayType = restResource({
	value: 'timeAwayType',
	name: 'Time Away Type',
	plural: 'time away types',
	path: '/api/time-away-types',
	idRef: 'timeAwayType',
	description: 'Reasons people book time away for, such as paid time off or sick leave',
	getAll: {
		filters: [
			{
				name: 'id',
				operator: 'in',
				parameter: 'ids',
				label: 'Time Away Type Names or IDs',
				type: 'refList',
				ref: 'timeAwayType',
				description: 'Only these time away types.',
			},
		],
	},
	get: {},
	create: {
		fields: [
			{ name: 'name', type: 'string', description: 'The name of the time away type' },
			{ name: 'emoji', type: 'string', placeholder: 'e.g. 🏝', description: 'An emoji for visualising the time away type' },
			{
				name: 'category',
				type: 'options',
				options: [
					{ name: 'Time Off', value: 'timeOff' },
					{ name: 'Working Away', value: 'workingAway' },
				],
				default: 'timeOff',
				description: 'Whether the type is time off or working away',
			},
		],
	},
	// Only name and emoji can be updated (humaans.txt 8955–8967); the category is fixed at creation.
	update: {
		optional: [
			{ name: 'name', type: 'string', description: 'The name of the time away type.' },
			{ name: 'emoji', type: 'string', description: 'An emoji for visualising the time away type.' },
		],
	},
	delete: {},
});
