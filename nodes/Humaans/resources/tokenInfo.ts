import type { ResourceSpec } from '../../shared/operations';

// humaans.txt 9550–9600 ("Token info"). The document's curl example appends "/undefined"
// (9584); the endpoint list and heading give GET /api/token-info, which is what is sent.
export const tokenInfo: ResourceSpec = {
	value: 'tokenInfo',
	name: 'Token Info',
	description: 'The scoped permissions of the access token',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the token info',
			description: 'Retrieve the scopes of the access token in use',
			method: 'GET',
			path: '/api/token-info',
		},
	],
};
