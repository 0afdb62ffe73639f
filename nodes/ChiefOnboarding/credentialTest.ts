import { credentialTest, systemReason } from '../shared/credentialTest';
import { EMPLOYEES_PATH, chiefOnboardingBaseUrl, chiefOnboardingErrorReader } from './transport';

const readError = chiefOnboardingErrorReader(EMPLOYEES_PATH);

/** GET /api/employees/ is the cheapest route an administrator token may call. */
export const chiefOnboardingCredentialTest = credentialTest({
	system: 'ChiefOnboarding',
	baseUrl: chiefOnboardingBaseUrl,
	async probe(credentials, baseUrl, send) {
		const response = await send({
			url: `${baseUrl}${EMPLOYEES_PATH}`,
			headers: { Authorization: `Token ${String(credentials.apiToken ?? '')}` },
		});
		if (response.statusCode >= 200 && response.statusCode < 300) return undefined;
		const details = readError(response.body, response.statusCode);
		const hint = details?.description ? ` ${details.description}` : '';
		if (response.statusCode === 404) {
			return `API access is disabled: ${details?.message ?? 'ChiefOnboarding answered 404'}.${hint}`;
		}
		if (response.statusCode === 401 || response.statusCode === 403) {
			return `ChiefOnboarding refused the API token: ${systemReason(response, readError)}.${hint}`;
		}
		return `ChiefOnboarding answered ${systemReason(response, readError)}.${hint}`;
	},
});
