import type { ResourceSpec } from '../../shared/operations';

// Document: "CSRF – Get Token" (hromni.txt 3541–3556).
export const csrf: ResourceSpec = {
	value: 'csrf',
	name: 'CSRF',
	description: 'The CSRF token endpoint',
	operations: [
		{
			value: 'getToken',
			name: 'Get Token',
			action: 'Get a CSRF token',
			description:
				'Call the CSRF token endpoint. The node fetches and renews tokens by itself; the token is a cookie and is not output.',
			method: 'GET',
			path: '/',
			// GET / answers with a cookie; its body is not documented and not output.
			output: { ignoreBody: true },
		},
	],
};
