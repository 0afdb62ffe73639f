import type { ResourceSpec } from '../../shared/operations';
import { ORGANISATION_PATH, getOperation, listOperation, organisationParam, recordParam } from '../system';

// Document: "Certification" (employmenthero.txt 1100–1178).
export const certification: ResourceSpec = {
	value: 'certification',
	name: 'Certification',
	operations: [
		listOperation({
			action: 'Get many certifications',
			description: 'Retrieve the certifications of an organisation',
			path: `${ORGANISATION_PATH}/certifications`,
			pathParams: [organisationParam],
		}),
		getOperation({
			action: 'Get a certification',
			description: 'Retrieve a certification',
			path: `${ORGANISATION_PATH}/certifications/{id}`,
			pathParams: [organisationParam, recordParam('certification', 'Certification', 'certificationId')],
		}),
	],
};
