import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Employment Hero OAuth 2.0 (employmenthero.txt 10–189). n8n runs the authorization, the
 * code exchange and every refresh; access tokens last 15 minutes and each refresh returns
 * a new refresh token, which n8n stores with the rest of the token data.
 */
export class EmploymentHeroOAuth2Api implements ICredentialType {
	name = 'employmentHeroOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Employment Hero OAuth2 API';

	icon = { light: 'file:../icons/employmenthero.svg', dark: 'file:../icons/employmenthero.dark.svg' } as const;

	documentationUrl = 'https://developer.employmenthero.com/api-references/#authentication';

	properties: INodeProperties[] = [
		{
			// n8n lists the properties of oAuth2Api first and appends new ones after them, so a
			// notice of its own name would sit under Client ID and Secret. It takes the place of
			// `serverUrl` instead (the first parent property before them, used only by dynamic
			// client registration, which stays off): the notice comes first, and its empty value
			// keeps n8n from running server discovery.
			displayName:
				'Register an OAuth 2.0 application in the Employment Hero Developer Portal (profile menu → Developer Portal), add the OAuth Redirect URL shown here as a redirect URI, then copy its client ID and secret below. An admin or owner account sees every endpoint.',
			name: 'serverUrl',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Use PKCE',
			name: 'usePkce',
			type: 'boolean',
			default: true,
			description:
				'Whether to protect the authorization with PKCE (a code challenge and verifier). Employment Hero requires it for OAuth applications created from 2026; older applications accept it too.',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://oauth.employmenthero.com/oauth2/authorize',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://oauth.employmenthero.com/oauth2/token',
			required: true,
		},
		{
			// The document's authorize request carries no scope (employmenthero.txt 41–46): scopes
			// are fixed when the application is created. Left empty, none is requested.
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			placeholder: 'e.g. urn:mainapp:organisations:read urn:mainapp:employees:read',
			description:
				'Space-separated scopes of your OAuth application, as listed in the Developer Portal. Leave empty to get every scope the application was created with.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// employmenthero.txt 73–78 and 133–137 send client_id and client_secret as request
			// parameters of the token endpoint, not as a Basic header.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'hidden',
			default: 'https://api.employmenthero.com',
		},
	];
}
