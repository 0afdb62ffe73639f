import type { FieldSpec } from '../../shared/fields';
import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField, length, matching, phone, searchFilter } from './common';

// Document: "Company" (hromni.txt 109–258) and "User companies" (3413–3452).
const details: FieldSpec[] = [
	{ name: 'taxId', label: 'Tax ID', type: 'string', description: 'Tax ID (1–60 characters)', ...length(1, 60) },
	{ name: 'vatId', label: 'VAT ID', type: 'string', description: 'VAT ID (1–60 characters)', ...length(1, 60) },
	{ name: 'website', type: 'string', placeholder: 'e.g. www.example.com', description: 'Website host name, e.g. www.example.com', format: 'hostname' },
	{ name: 'phone', type: 'string', description: 'Phone number (up to 20 characters)', ...phone, ...length(1, 20) },
	{ name: 'addressLine1', label: 'Address Line 1', type: 'string', ...length(1, 180) },
	{ name: 'addressLine2', label: 'Address Line 2', type: 'string', ...length(1, 180) },
	{ name: 'state', type: 'string', ...length(1, 150) },
	{ name: 'city', type: 'string', ...length(1, 150) },
	{ name: 'postCode', type: 'string', ...length(1, 15) },
];

const SIMPLE = ['id', 'name', 'email', 'phone', 'website', 'city', 'countryName', 'createdDate', 'updatedDate'];

export const company: ResourceSpec = {
	value: 'company',
	name: 'Company',
	description: 'Companies, their details and the companies your user can access',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a company',
			description: 'Register a company together with its administrator (no login needed)',
			method: 'POST',
			path: '/company',
			fields: [
				{ name: 'companyName', type: 'string', description: 'Legal company name', ...length(1, 100) },
				{ name: 'firstName', type: 'string', description: 'First name of the administrator', ...length(1, 60) },
				{ name: 'lastName', type: 'string', description: 'Last name of the administrator', ...length(1, 60) },
				{ name: 'email', type: 'email', description: 'Email of the administrator. An existing HR Omni user becomes administrator and keeps their password.', ...length(1, 128) },
				{ name: 'password', type: 'string', typeOptions: { password: true }, description: 'Password of the new administrator (10–100 characters)', ...length(10, 100) },
				{
					name: 'countryId',
					label: 'Country',
					type: 'ref',
					ref: 'country',
					description: 'Where the company is located',
					...matching(/^([1-9]\d?|[12]\d\d|300)$/, 'a country ID from 1 to 300'),
				},
			],
			// hromni.txt 137–147 lists `token` ("the value stored in token cookie") among the fields,
			// while the request body and class have no such field: the CSRF token goes as cookie
			// and X-Csrf-Token header, as on every other endpoint.
			async prepare(request) {
				if (request.body) request.body.countryId = Number(request.body.countryId);
			},
		},
		{
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
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many companies',
			description: 'List the companies your user has access to',
			method: 'GET',
			path: '/user/select/company',
			list: true,
			filters: [searchFilter],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a company',
			description: 'Replace the company details (email is required; no other fields are accepted)',
			method: 'PUT',
			path: COMPANY,
			pathParams: [companyField],
			fields: [{ name: 'email', type: 'email', description: 'Company email address' }],
			optional: details,
		},
	],
};
