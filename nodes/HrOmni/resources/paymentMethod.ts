import type { ResourceSpec } from '../../shared/operations';
import { COMPANY, companyField } from './common';

// Document: "Get payment methods" (hromni.txt 3467–3503).
export const paymentMethod: ResourceSpec = {
	value: 'paymentMethod',
	name: 'Payment Method',
	description: 'Cards on file for the company',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many payment methods',
			description: 'List the payment cards of the company, one item per card',
			method: 'GET',
			path: `${COMPANY}/billing/payment-methods`,
			pathParams: [companyField],
			list: true,
			unpaginated: true,
			output: { unwrap: 'cards' },
		},
	],
};
