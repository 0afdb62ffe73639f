import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, length, matching, operation, phone, searchFilter } from './common';

// Document: "Company" (hromni.txt 109–258) and "User companies" (3413–3452).
const details: FieldSpec[] = [
	{ name: 'taxId', label: 'Tax ID', type: 'string', description: 'Tax ID (1–60 characters)' },
	{ name: 'vatId', label: 'VAT ID', type: 'string', description: 'VAT ID (1–60 characters)' },
	{ name: 'website', type: 'string', placeholder: 'e.g. www.example.com', description: 'Website host name, e.g. www.example.com' },
	{ name: 'phone', type: 'string', description: 'Phone number (up to 20 characters)' },
	{ name: 'addressLine1', label: 'Address Line 1', type: 'string' },
	{ name: 'addressLine2', label: 'Address Line 2', type: 'string' },
	{ name: 'state', type: 'string' },
	{ name: 'city', type: 'string' },
	{ name: 'postCode', type: 'string' },
];

const SIMPLE = ['id', 'name', 'email', 'phone', 'website', 'city', 'countryName', 'createdDate', 'updatedDate'];

export const company: ResourceSpec = {
	value: 'company',
	name: 'Company',
	description: 'Companies, their details and the companies your user can access',
	operations: [
		operation({
			value: 'create',
			name: 'Create',
			action: 'Create a company',
			description: 'Register a company together with its administrator (no login needed)',
			method: 'POST',
			path: '/company',
			fields: [
				{ name: 'companyName', type: 'string', description: 'Legal company name' },
				{ name: 'firstName', type: 'string', description: 'First name of the administrator' },
				{ name: 'lastName', type: 'string', description: 'Last name of the administrator' },
				{ name: 'email', type: 'email', description: 'Email of the administrator. An existing HR Omni user becomes administrator and keeps their password.' },
				{ name: 'password', type: 'string', typeOptions: { password: true }, description: 'Password of the new administrator (10–100 characters)' },
				{ name: 'countryId', label: 'Country', type: 'ref', ref: 'country', description: 'Where the company is located' },
			],
			checks: [
				{ field: 'companyName', ...length(1, 100) },
				{ field: 'firstName', ...length(1, 60) },
				{ field: 'lastName', ...length(1, 60) },
				{ field: 'email', ...length(1, 128) },
				{ field: 'password', ...length(10, 100) },
				{ field: 'countryId', ...matching(/^([1-9]\d?|[12]\d\d|300)$/, 'a country ID from 1 to 300') },
			],
			// hromni.txt 137–147 lists `token` ("the value stored in token cookie") among the fields,
			// while the request body and class have no such field: the CSRF token goes as cookie
			// and X-Csrf-Token header, as on every other endpoint.
			async prepare(request) {
				if (request.body) request.body.countryId = Number(request.body.countryId);
			},
		}),
		operation({
			value: 'get',
			name: 'Get',
			action: 'Get a company',
			description: 'Retrieve the full details of a company',
			method: 'GET',
			path: COMPANY,
			pathParams: [companyField],
			simplify: SIMPLE,
			// hromni.txt 155–176: the record sits in `result.company`.
			output: { unwrap: 'company' },
		}),
		operation({
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many companies',
			description: 'List the companies your user has access to',
			method: 'GET',
			path: '/user/select/company',
			list: true,
			filters: [searchFilter],
		}),
		operation({
			value: 'update',
			name: 'Update',
			action: 'Update a company',
			description: 'Replace the company details (email is required; no other fields are accepted)',
			method: 'PUT',
			path: COMPANY,
			pathParams: [companyField],
			fields: [{ name: 'email', type: 'email', description: 'Company email address' }],
			optional: details,
			checks: [
				{ field: 'taxId', ...length(1, 60) },
				{ field: 'vatId', ...length(1, 60) },
				{ field: 'website', format: 'hostname' },
				{ field: 'phone', ...phone },
				{ field: 'phone', ...length(1, 20) },
				{ field: 'addressLine1', ...length(1, 180) },
				{ field: 'addressLine2', ...length(1, 180) },
				{ field: 'state', ...length(1, 150) },
				{ field: 'city', ...length(1, 150) },
				{ field: 'postCode', ...length(1, 15) },
			],
		}),
	],
};
