import type { IDataObject } from 'n8n-workflow';
import { isRecord } from '../shared/errors';
import { credentialTest, systemReason } from '../shared/credentialTest';
import { API, employmentHeroBaseUrl, readEmploymentHeroError } from './transport';

const RECONNECT =
	'Open the credential and click Reconnect to sign in to Employment Hero again (n8n renews access tokens by itself while the refresh token is valid).';

/**
 * GET /api/v1/organisations with the stored access token. The test never refreshes the
 * token: each refresh rotates the refresh token (employmenthero.txt 130), and a test cannot
 * store the new one.
 */
export const employmentHeroCredentialTest = credentialTest({
	system: 'Employment Hero',
	baseUrl: employmentHeroBaseUrl,
	async probe(credentials, baseUrl, send) {
		const tokens = isRecord(credentials.oauthTokenData as IDataObject) ? (credentials.oauthTokenData as IDataObject) : {};
		const accessToken = typeof tokens.access_token === 'string' ? tokens.access_token : '';
		if (!accessToken) {
			return 'Not connected to Employment Hero yet: click Connect my account and sign in with an admin or owner account.';
		}
		const response = await send({
			url: `${baseUrl}${API}/organisations`,
			qs: { item_per_page: 1 },
			headers: { Authorization: `Bearer ${accessToken}` },
		});
		if (response.statusCode >= 200 && response.statusCode < 300) return undefined;
		const reason = systemReason(response, readEmploymentHeroError);
		if (response.statusCode === 401) return `Employment Hero refused the access token: ${reason}. ${RECONNECT}`;
		if (response.statusCode === 403) {
			return `Employment Hero refused access to organisations: ${reason}. Check the scopes of the OAuth application, then click Reconnect.`;
		}
		return `Employment Hero answered ${reason}.`;
	},
});
