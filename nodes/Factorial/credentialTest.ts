import { credentialTest, systemReason } from '../shared/credentialTest';
import { FACTORIAL_API_PATH, factorialBaseUrl, readFactorialError } from './transport';

/** GET api_public/credentials lists the caller's own keys: any valid key may read it. */
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
			return `Factorial refused the API key: ${reason}. An admin creates keys in Factorial (Settings → Keys); paste the key without any prefix.`;
		}
		if (response.statusCode === 404) {
			return `Factorial answered ${reason} for ${FACTORIAL_API_PATH}/api_public/credentials: the environment or Base URL is not the Factorial API.`;
		}
		return `Factorial answered ${reason}.`;
	},
});
