import { credentialTest, systemReason } from '../shared/credentialTest';
import { FACTORIAL_API_PATH, factorialBaseUrl, readFactorialError } from './transport';

/** GET /api_public/credentials answers for any valid key with the key's company. */
export const factorialCredentialTest = credentialTest({
	system: 'Factorial',
	baseUrl: factorialBaseUrl,
	async probe(credentials, baseUrl, send) {
		const response = await send({
			url: `${baseUrl}${FACTORIAL_API_PATH}/api_public/credentials`,
			headers: { 'x-api-key': String(credentials.apiKey ?? '') },
		});
		if (response.statusCode >= 200 && response.statusCode < 300) return undefined;
		const reason = systemReason(response, readFactorialError);
		if (response.statusCode === 401 || response.statusCode === 403) {
			return `Factorial refused the API key: ${reason}. Create a key in Factorial (Settings → API keys) and paste it here.`;
		}
		if (response.statusCode === 404) {
			return `Factorial answered ${reason} for the credentials endpoint: the Base URL is not Factorial's API, or it does not serve version ${FACTORIAL_API_PATH.split('/')[2]}.`;
		}
		return `Factorial answered ${reason}.`;
	},
});
