import type {
	IAuthenticateGeneric,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** Where the API is: Factorial's production or demo environment, or a custom Base URL (both credentials). */
export const FACTORIAL_ENVIRONMENT_PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{ name: 'Production', value: 'https://api.factorialhr.com' },
			{ name: 'Demo', value: 'https://api.eu2.demo.factorial.dev' },
			{ name: 'Custom', value: 'custom' },
		],
		default: 'https://api.factorialhr.com',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'https://api.factorialhr.com',
		description: 'For a proxy or a test server',
		displayOptions: { show: { environment: ['custom'] } },
	},
];

/**
 * Factorial API key (apidoc.factorialhr.com/docs: "a custom header… x-api-key and the key
 * must be the value without any prefixes"; OpenAPI securitySchemes.apikey). Keys never
 * expire, so this is the credential for unattended workflows.
 */
export class FactorialApi implements ICredentialType {
	name = 'factorialApi';

	displayName = 'Factorial API';

	icon = { light: 'file:../icons/factorial.svg', dark: 'file:../icons/factorial.dark.svg' } as const;

	documentationUrl = 'https://apidoc.factorialhr.com/docs';

	properties: INodeProperties[] = [
		{
			displayName:
				'An admin creates API keys in Factorial (Settings → Keys). A key has full access to the company and never expires, so it suits workflows that run unattended.',
			name: 'setupNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		...FACTORIAL_ENVIRONMENT_PROPERTIES,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'x-api-key': '={{$credentials.apiKey}}' } },
	};
}
