import { restResource } from '../../shared/operations';

// humaans.txt 3059–3135: "Equipment types" — the types in use in the account; list only, no filters.
// Nothing else in the API takes an equipment type's ID, so it needs no lookup.
export const equipmentType = restResource({
	value: 'equipmentType',
	name: 'Equipment Type',
	plural: 'equipment types',
	path: '/api/equipment-types',
	getAll: {},
});
