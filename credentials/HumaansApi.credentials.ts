import type {
	IAuthenticateGeneric,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class HumaansApi implements ICredentialType {
	name = 'humaansApi';

	displayName = 'Humaans API';

	icon = { light: 'file:../icons/humaans.svg', dark: 'file:../icons/humaans.dark.svg' } as const;

	documentationUrl = 'https://docs.humaans.io/api/#authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'API access token created in Humaans (Settings → API access tokens). Its scopes limit what the node may do.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.humaans.io',
			description: 'Change only for a proxy or a test server',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.accessToken}}' } },
	};
}
