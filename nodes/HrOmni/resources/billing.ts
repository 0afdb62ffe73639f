import type { ResourceSpec } from '../../shared/operations';

import { COMPANY, companyField, refField } from './common';

// Document: "Invoices" and "Billing" (hromni.txt 1066–1265, 3453–3466).
const INVOICE_SIMPLE = ['id', 'invoiceNumber', 'month', 'year', 'total', 'currency', 'status', 'createdAt'];

export const billing: ResourceSpec = {
	value: 'billing',
	name: 'Billing',
	description: 'Invoices, the current bill, module pricing and the Stripe billing portal',
	operations: [
		{
			value: 'getInvoice',
			name: 'Get Invoice',
			action: 'Get an invoice',
			description: 'Retrieve the full details of an invoice (administrators only)',
			// hromni.txt 1067 documents POST for this read ("Get invoice details"); the verb is
			// explicit, so POST (without a body) is what is sent.
			method: 'POST',
			path: `${COMPANY}/billing/invoices/{invoiceId}`,
			pathParams: [companyField, refField('invoiceId', 'Invoice', 'invoice', 'The invoice')],
			simplify: INVOICE_SIMPLE,
		},
		{
			value: 'getInvoices',
			name: 'Get Many Invoices',
			action: 'Get many invoices',
			description: 'List the invoices of the company (administrators only)',
			method: 'GET',
			path: `${COMPANY}/billing/invoices`,
			pathParams: [companyField],
			list: true,
		},
		{
			value: 'getCurrentBill',
			name: 'Get Current Bill',
			action: 'Get the current bill',
			description: 'Retrieve the lines of the current billing period, one item per line',
			method: 'GET',
			path: `${COMPANY}/billing/current-bill`,
			pathParams: [companyField],
			output: { unwrap: 'items' },
		},
		{
			value: 'getPricing',
			name: 'Get Pricing',
			action: 'Get the module pricing',
			description: 'Retrieve the price of every enabled module, one item per module',
			// hromni.txt 1225 gives the path without a verb; it is a read ("Provides company
			// pricing", read roles suffice), so GET. Its class says `result.items` while the
			// example has the array as `result`: both are read.
			method: 'GET',
			path: `${COMPANY}/billing/pricing`,
			pathParams: [companyField],
			output: { unwrap: 'items' },
		},
		{
			value: 'getPortalLink',
			name: 'Get Portal Link',
			action: 'Get the billing portal link',
			description: 'Create a Stripe session URL where payment methods can be set or updated',
			method: 'GET',
			path: `${COMPANY}/billing/settings`,
			pathParams: [companyField],
			// hromni.txt 3458–3461: `result` is the session URL.
			output: { unwrap: 'message', wrap: 'url' },
		},
	],
};
