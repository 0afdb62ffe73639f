import { credentialTest, systemReason } from '../shared/credentialTest';
import { humaansBaseUrl, readHumaansError } from './transport';

/** GET /api/token-info answers for any valid token, whatever its scopes. */
export const humaansCredentialTest = credentialTest({
	system: 'Humaans',
	baseUrl: humaansBaseUrl,
	async probe(credentials, baseUrl, send) {
		const response = await send({
			url: `${baseUrl}/api/token-info`,
			headers: { Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
		});
		if (response.statusCode >= 200 && response.statusCode < 300) return undefined;
		const reason = systemReason(response, readHumaansError);
		if (response.statusCode === 401 || response.statusCode === 403) {
			return `Humaans refused the access token: ${reason}. Create a token in Humaans (Settings → API access tokens) and paste it here.`;
		}
		if (response.statusCode === 404) {
			return `Humaans answered ${reason} for /api/token-info: the Base URL is not the Humaans API (leave it at https://app.humaans.io unless you use a proxy).`;
		}
		return `Humaans answered ${reason}.`;
	},
});
