import type {
	IAuthenticateGeneric,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class ChiefOnboardingApi implements ICredentialType {
	name = 'chiefOnboardingApi';

	displayName = 'ChiefOnboarding API';

	icon = { light: 'file:../icons/chiefonboarding.svg', dark: 'file:../icons/chiefonboarding.dark.svg' } as const;

	documentationUrl = 'https://docs.chiefonboarding.com/API.html#setup';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://onboarding.example.com',
			description:
				'Address of your ChiefOnboarding instance, without /api. The instance must run with the environment variable API_ACCESS=True.',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Token of an administrator, created on the server with "python manage.py drf_create_token <admin email>". Tokens of other users are refused.',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			default: false,
			description: 'Whether to connect even if SSL certificate validation is not possible',
			hint: 'For self-hosted instances with an internal or self-signed certificate',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Token {{$credentials.apiToken}}' } },
	};
}
