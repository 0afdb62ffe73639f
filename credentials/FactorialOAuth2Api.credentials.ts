import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Factorial OAuth2, authorization code (OpenAPI securitySchemes.oauth2: `/oauth/authorize`,
 * `/oauth/token` relative to the server). The token endpoint takes client_id and
 * client_secret as form fields. Refresh tokens last one week
 * (apidoc.factorialhr.com/docs/refreshing-an-access-token), so a workflow idle for longer
 * has to be reconnected.
 */
export class FactorialOAuth2Api implements ICredentialType {
	name = 'factorialOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Factorial OAuth2 API';

	icon = { light: 'file:../icons/factorial.svg', dark: 'file:../icons/factorial.dark.svg' } as const;

	documentationUrl = 'https://apidoc.factorialhr.com/v2025-04-01/docs/request-an-access-token';

	properties: INodeProperties[] = [
		{
			displayName:
				'Create an OAuth application in Factorial (api.factorialhr.com/oauth/applications, or the demo environment\'s), add the OAuth Redirect URL shown here, and copy its client ID and secret. Factorial\'s refresh token lasts one week: a credential unused for longer must be reconnected. For unattended workflows use the Factorial API credential (API key) instead.',
			name: 'setupNotice',
			type: 'notice',
			default: '',
		},
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
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default:
				'={{($self["environment"] === "custom" ? $self["baseUrl"] : $self["environment"]).replace(/\\/+$/, "")}}/oauth/authorize',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default:
				'={{($self["environment"] === "custom" ? $self["baseUrl"] : $self["environment"]).replace(/\\/+$/, "")}}/oauth/token',
			required: true,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: 'read write',
			description:
				'Space-separated scopes. The API document declares "read" (every operation) and "write" (changes). Changing the scopes of an existing OAuth application invalidates its tokens.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
