import { restResource } from '../../shared/operations';

// humaans.txt 2978–3058: "Equipment names" — the names in use in the account; list only.
// Nothing else in the API takes an equipment name's ID, so it needs no lookup.
export const equipmentName = restResource({
	value: 'equipmentName',
	name: 'Equipment Name',
	plural: 'equipment names',
	path: '/api/equipment-names',
	getAll: {
		filters: [
			{
				name: 'type',
				type: 'string',
				placeholder: 'e.g. Laptop',
				description: 'Filter the equipment names by equipment type',
			},
		],
	},
});
