import type { IDataObject } from 'n8n-workflow';
import type { ResourceSpec } from '../../shared/operations';
import { formatDate } from '../../shared/dates';
import { checkConstraints } from '../../shared/fields';
import { invalidParameter } from '../../shared/validation';
import { COMPANY, companyField, length, refField, yearField } from './common';

// Document: "Public holidays" (hromni.txt 1769–1868).
export const holiday: ResourceSpec = {
	value: 'holiday',
	name: 'Holiday',
	description: 'Public holidays per country and the holidays of the company',
	operations: [
		{
			value: 'getPublic',
			name: 'Get Many Public Holidays',
			action: 'Get many public holidays',
			description: 'List the public holidays of a country and year',
			method: 'GET',
			path: `${COMPANY}/leave-management/public-holidays`,
			pathParams: [companyField],
			list: true,
			filters: [
				// hromni.txt 1805 describes year as "YYYY-MM-DD", the example sends year=2022
				// (1770, echoed as a number at 1775): a four-digit year is sent.
				yearField,
				refField('countryCode', 'Country', 'countryCode', 'Country (ISO alpha-2 code)'),
			],
			// hromni.txt 1772–1787: `result.holidays`.
			unpaginated: true,
			output: { unwrap: 'holidays' },
		},
		{
			value: 'getCompany',
			name: 'Get Many Company Holidays',
			action: 'Get many company holidays',
			description: 'List the holidays the company has added',
			method: 'GET',
			path: `${COMPANY}/leave-management/company-holidays`,
			pathParams: [companyField],
			list: true,
			filters: [yearField],
			unpaginated: true,
		},
		{
			value: 'addToCompany',
			name: 'Add to Company',
			action: 'Add holidays to the company',
			description: 'Add one or more holidays to the company calendar',
			// The title says "Add holiday to company" and the path is /public-holidays
			// (hromni.txt 1838), the POST twin of the public list; its parameter table names
			// year/name while the body holds date/name pairs (1840–1866): the body is followed.
			method: 'POST',
			path: `${COMPANY}/leave-management/public-holidays`,
			pathParams: [companyField],
			extraProperties: [
				{
					displayName: 'Holidays',
					name: 'holidays',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Holiday',
					default: {},
					required: true,
					options: [
						{
							displayName: 'Holiday',
							name: 'holiday',
							values: [
								{ displayName: 'Date', name: 'date', type: 'dateTime', default: '', description: 'Day of the holiday' },
								{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the holiday' },
							],
						},
					],
				},
			],
			async prepare(request, itemIndex) {
				const node = this.getNode();
				const raw = this.getNodeParameter('holidays', itemIndex, {}) as IDataObject;
				const entries = Array.isArray(raw.holiday) ? (raw.holiday as IDataObject[]) : [];
				if (!entries.length) throw invalidParameter(node, itemIndex, 'Holidays', 'add at least one holiday');
				const holidays = entries.map((entry, n) => {
					const name = typeof entry.name === 'string' ? entry.name.trim() : '';
					if (name === '') throw invalidParameter(node, itemIndex, `Holidays › Name ${n + 1}`, 'a value is required');
					checkConstraints(node, itemIndex, `Holidays › Name ${n + 1}`, length(1, 100), name);
					if (entry.date === undefined || entry.date === '') {
						throw invalidParameter(node, itemIndex, `Holidays › Date ${n + 1}`, 'a value is required');
					}
					return { date: formatDate(node, itemIndex, `Holidays › Date ${n + 1}`, entry.date, 'isoDate'), name };
				});
				request.body = { holidays };
			},
		},
	],
};
