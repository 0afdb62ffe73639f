import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { FACTORIAL_ENVIRONMENT_PROPERTIES } from './FactorialApi.credentials';

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
		...FACTORIAL_ENVIRONMENT_PROPERTIES,
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
