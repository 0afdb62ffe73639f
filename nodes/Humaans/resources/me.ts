import type { ResourceSpec } from '../../shared/operations';
import { PERSON_SIMPLIFY } from './person';

// humaans.txt 4356–4925 ("Me"): the person object of the access token's owner (proxied to /api/people).
export const me: ResourceSpec = {
	value: 'me',
	name: 'Me',
	description: 'The person who owns the access token',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the current user',
			description: 'Retrieve the person object of the user who owns the access token',
			method: 'GET',
			path: '/api/me',
			simplify: PERSON_SIMPLIFY,
		},
	],
};
