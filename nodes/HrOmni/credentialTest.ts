import type { IDataObject, IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';
import { HrOmniApi } from '../../credentials/HrOmniApi.credentials';
import { isRecord } from '../shared/errors';
import type { TestRequest, TestResponse } from '../shared/credentialTest';
import { credentialTest, systemReason } from '../shared/credentialTest';
import { hrOmniBaseUrl, readHrOmniError } from './transport';

const credentialType = new HrOmniApi();

/** The request helper the credential's login expects, over the credential-test sender. */
function loginHelper(send: (request: TestRequest) => Promise<TestResponse>): IHttpRequestHelper {
	const httpRequest = async (options: IHttpRequestOptions) => {
		const response = await send({
			method: options.method,
			url: options.url,
			headers: options.headers as IDataObject | undefined,
			body: options.body as IDataObject | undefined,
			json: options.json !== false,
		});
		return options.returnFullResponse ? response : response.body;
	};
	return { helpers: { httpRequest } } as unknown as IHttpRequestHelper;
}

/**
 * Logs in as the node does (the credential's preAuthentication: CSRF cookie, then
 * POST /user/login), then reads GET /user/me with the new session. A refused login shows
 * HR Omni's own message and code; an unreachable server the network error code.
 */
export const hrOmniCredentialTest = credentialTest({
	system: 'HR Omni',
	baseUrl: hrOmniBaseUrl,
	async probe(credentials, baseUrl, send) {
		let session: IDataObject = {};
		let loginFailure: Error | undefined;
		try {
			session = (await credentialType.preAuthentication.call(loginHelper(send), { ...credentials, baseUrl })) as IDataObject;
		} catch (error) {
			loginFailure = error as Error;
		}
		// The login's own errors carry HR Omni's message (never the password).
		if (loginFailure?.name === 'LoginError') return loginFailure.message;
		if (loginFailure) return `HR Omni login failed (${loginFailure.name})`;
		const csrfToken = String(session.csrfToken ?? '');
		const response = await send({
			url: `${baseUrl}/user/me`,
			headers: { Cookie: `${String(session.sessionToken ?? '')}; token=${csrfToken}`, 'X-Csrf-Token': csrfToken },
		});
		const body = response.body;
		const envelopeError = isRecord(body as IDataObject) && (body as IDataObject).status === 'error';
		if (response.statusCode >= 200 && response.statusCode < 300 && !envelopeError) return undefined;
		return `HR Omni accepted the login but refused the session: ${systemReason(response, readHrOmniError)}.`;
	},
});
