import type { ResourceSpec } from '../../shared/operations';
import { ORGANISATION_PATH, listOperation, organisationParam } from '../system';

// Document: "Custom Field" (employmenthero.txt 1663–1844).
export const customField: ResourceSpec = {
	value: 'customField',
	name: 'Custom Field',
	operations: [
		listOperation({
			action: 'Get many custom fields',
			description: 'Retrieve the custom fields of an organisation',
			path: `${ORGANISATION_PATH}/custom_fields`,
			pathParams: [organisationParam],
		}),
	],
};
