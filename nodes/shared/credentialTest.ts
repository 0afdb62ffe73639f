import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunction,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHttpRequestMethods,
	INodeCredentialTestResult,
} from 'n8n-workflow';
import type { ErrorBodyReader } from './errors';
import { isRecord, networkCodeOf } from './errors';

/**
 * Credential tests that say why a credential does not work, in the system's own words.
 *
 * n8n's declarative credential test (`test` on the credential) shows only the HTTP status
 * text ("Unauthorized", "Received HTTP status code: 0") and resolves the base URL with an
 * expression of its own. These tests run as the node's `credentialTest` method instead
 * (`testedBy` on the node's credential entry), so they read the base URL through the same
 * function as the node's client and can name the reason: the server could not be reached
 * (with the network error code), the token or password was refused (with the system's
 * message), the API is switched off, an OAuth2 connection must be renewed.
 */

/** A credential test fails fast: the form waits for it. */
const TEST_TIMEOUT_MS = 15_000;

export interface TestResponse {
	statusCode: number;
	body: unknown;
	headers: IDataObject;
}

export interface TestRequest {
	method?: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	headers?: IDataObject;
	body?: IDataObject;
	/** Parse the response as JSON (default true). */
	json?: boolean;
}

/** The request could not be sent or got no answer; `code` is the network error code. */
export class UnreachableError extends Error {
	constructor(readonly code: string) {
		super(code);
		this.name = 'UnreachableError';
	}
}

/**
 * Sends one request with the credential-test helper and returns the response whatever its
 * status. A failure without a response comes back as `networkError` with only the error
 * code: the request, with its token or password, never reaches a message.
 */
export async function sendTestRequest(
	ctx: ICredentialTestFunctions,
	request: TestRequest,
	ignoreSslIssues = false,
): Promise<TestResponse> {
	let response: unknown;
	let networkError: string | undefined;
	try {
		response = await ctx.helpers.request({
			method: request.method ?? 'GET',
			uri: request.url,
			qs: request.qs,
			headers: { Accept: 'application/json', ...(request.headers ?? {}) },
			...(request.body ? { body: request.body } : {}),
			json: request.json ?? true,
			simple: false,
			resolveWithFullResponse: true,
			timeout: TEST_TIMEOUT_MS,
			// A redirect is answered as it is: the token or password never follows it elsewhere.
			followRedirect: false,
			followAllRedirects: false,
			rejectUnauthorized: !ignoreSslIssues,
		});
	} catch (error) {
		networkError = networkCodeOf(error) ?? 'network error';
	}
	if (networkError) throw new UnreachableError(networkError);
	const full = isRecord(response as IDataObject) ? (response as IDataObject) : {};
	return {
		statusCode: Number(full.statusCode) || 0,
		body: parseJson(full.body),
		headers: isRecord(full.headers as IDataObject) ? (full.headers as IDataObject) : {},
	};
}

function parseJson(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return body;
	}
}

/** The base URL a node would use, refused unless it is an http(s) address. */
export function checkedBaseUrl(system: string, baseUrl: string): string {
	if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
		throw new CredentialTestFailure(
			`The Base URL "${baseUrl}" is not an address ${system} can be reached at: enter it as https://host (or http://host)`,
		);
	}
	return baseUrl;
}

/** A failed credential test with the message to show in the credential form. */
export class CredentialTestFailure extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CredentialTestFailure';
	}
}

export function unreachableMessage(system: string, baseUrl: string, code: string): string {
	const host = hostOf(baseUrl);
	const hint: Record<string, string> = {
		ECONNREFUSED: 'nothing accepts connections there',
		ENOTFOUND: 'the host name does not resolve',
		EAI_AGAIN: 'the host name could not be resolved right now',
		ETIMEDOUT: 'it did not answer in time',
		ECONNABORTED: 'it did not answer in time',
		ECONNRESET: 'the connection was closed',
		CERT_HAS_EXPIRED: 'its TLS certificate has expired',
		DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
		SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is self-signed',
		UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
	};
	const why = hint[code] ? `: ${hint[code]}` : '';
	return `${system} could not be reached at ${host} (${code})${why}. Check the Base URL and that the server is running.`;
}

function hostOf(url: string): string {
	const match = /^[a-z]+:\/\/[^/?#]+/i.exec(url);
	return match ? match[0] : url;
}

/** `reason (HTTP 401, code X)` from a system's error body, or the status alone. */
export function systemReason(response: TestResponse, readError: ErrorBodyReader): string {
	const details = readError(response.body, response.statusCode);
	const own = details?.code;
	const code = own !== undefined && own !== '' && String(own) !== String(response.statusCode) ? `, code ${own}` : '';
	return details?.message ? `${details.message} (HTTP ${response.statusCode}${code})` : `HTTP ${response.statusCode}`;
}

export interface CredentialTestSpec {
	/** The system's name as users know it. */
	system: string;
	/** The function the node's client reads the base URL with. */
	baseUrl: (credentials: IDataObject) => string;
	/**
	 * Proves the credential: sends one or more requests through `send` and returns the
	 * message of a refusal, or undefined when the credential works. May throw a
	 * CredentialTestFailure with the message to show.
	 */
	probe: (
		credentials: ICredentialDataDecryptedObject,
		baseUrl: string,
		send: (request: TestRequest) => Promise<TestResponse>,
	) => Promise<string | undefined>;
}

/** A node's `credentialTest` method built from a spec. */
export function credentialTest(spec: CredentialTestSpec): ICredentialTestFunction {
	return async function (
		this: ICredentialTestFunctions,
		credential: ICredentialsDecrypted,
	): Promise<INodeCredentialTestResult> {
		const credentials = (credential.data ?? {}) as ICredentialDataDecryptedObject;
		const baseUrl = spec.baseUrl(credentials);
		try {
			checkedBaseUrl(spec.system, baseUrl);
			const ignoreSsl = credentials.ignoreSslIssues === true;
			const refusal = await spec.probe(credentials, baseUrl, async (request) => await sendTestRequest(this, request, ignoreSsl));
			return refusal ? { status: 'Error', message: refusal } : { status: 'OK', message: 'Connection successful!' };
		} catch (error) {
			if (error instanceof UnreachableError) {
				return { status: 'Error', message: unreachableMessage(spec.system, baseUrl, error.code) };
			}
			if (error instanceof CredentialTestFailure) return { status: 'Error', message: error.message };
			// Anything else: its message only if it is one of ours (never a request dump).
			return { status: 'Error', message: `${spec.system} credential test failed: ${(error as Error).name}` };
		}
	};
}
