import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';
import type { ErrorBodyReader } from './errors';
import { RETRIES, headersOf, networkCodeOf, ownError, isOwnError, statusOf, toApiError } from './errors';
import { requestOptionsFor } from './requestOptions';
import { credentialSecrets, scrubError } from './secrets';

export interface RetryPolicy {
	maxRetries: number;
	baseDelayMs: number;
	/** Longest single wait, whatever Retry-After asks for. */
	maxDelayMs: number;
	/** Longest total wait over all retries of one request. */
	maxTotalDelayMs: number;
}

/**
 * The one retry policy of every system. 429 means the request was not processed, so it is
 * retried for every method; 502/503/504, timeouts and dropped connections may come after
 * the server acted, so they are retried only for GET/HEAD or a request marked idempotent:
 * a POST or PUT is never sent twice.
 */
export const RETRY_POLICY: RetryPolicy = {
	maxRetries: 4,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	maxTotalDelayMs: 60_000,
};

/** Former name of RETRY_POLICY. */
export const RATE_LIMIT_RETRY = RETRY_POLICY;

/** Statuses of a gateway or server that is temporarily unable to answer. */
export const TRANSIENT_STATUSES = [502, 503, 504];

/** Connection failures worth another attempt (ETIMEDOUT also stands for our own timeout). */
export const TRANSIENT_NETWORK_CODES = ['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'SOCKET_HANG_UP'];

/** Retry-After is either delay-seconds or an HTTP date. */
export function retryAfterMs(headers: IDataObject | undefined, nowMs: number): number | undefined {
	if (!headers) return undefined;
	const raw = headers['retry-after'] ?? headers['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const text = String(raw).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Exponential backoff (base · 2^attempt), honouring Retry-After, capped at maxDelayMs. */
export function backoffDelayMs(policy: RetryPolicy, attempt: number, retryAfter?: number): number {
	const exponential = policy.baseDelayMs * 2 ** attempt;
	return Math.min(policy.maxDelayMs, Math.max(retryAfter ?? 0, exponential));
}

/** Whether the policy allows another attempt after this failure. */
export function isRetryable(failure: unknown, method: IHttpRequestMethods, idempotent = false): boolean {
	const status = statusOf(failure);
	if (status === 429) return true;
	if (!(method === 'GET' || method === 'HEAD' || idempotent)) return false;
	if (status !== undefined) return TRANSIENT_STATUSES.includes(status);
	const code = networkCodeOf(failure);
	return code !== undefined && TRANSIENT_NETWORK_CODES.includes(code);
}

/**
 * Runs `send` and retries it as the policy allows, with bounded waits. The last failure is
 * rethrown (marked with the number of retries) so the caller shapes the system's error.
 */
export async function withRetry<T>(
	policy: RetryPolicy,
	send: () => Promise<T>,
	retryable: (failure: unknown) => boolean = (failure) => isRetryable(failure, 'GET'),
): Promise<T> {
	let waited = 0;
	let failure: unknown;
	for (let attempt = 0; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			failure = error;
		}
		const delay = backoffDelayMs(policy, attempt, retryAfterMs(headersOf(failure), Date.now()));
		if (attempt >= policy.maxRetries || !retryable(failure) || waited + delay > policy.maxTotalDelayMs) {
			if (attempt > 0 && typeof failure === 'object' && failure !== null) (failure as Record<symbol, number>)[RETRIES] = attempt;
			break;
		}
		waited += delay;
		await sleep(delay);
	}
	throw failure;
}

/** The credential's `baseUrl`, trimmed and without trailing slashes, or `fallback` when empty. */
export function credentialBaseUrl(credentials: IDataObject, fallback = ''): string {
	const raw = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (raw || fallback).replace(/\/+$/, '');
}

/** Every n8n context our nodes send requests from. */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	qs?: IDataObject;
	body?: IDataObject | Buffer;
	headers?: IDataObject;
	/** Absolute URL instead of base URL + path (downloads from a URL the API returned). */
	url?: string;
	/** Return the raw bytes (downloads). */
	binary?: boolean;
	/** Return `{ body, headers, statusCode }` instead of the body. */
	fullResponse?: boolean;
	/** Send without the credential (a download URL on another host must not get the token). */
	anonymous?: boolean;
	/**
	 * A redirect to another origin is followed without the credential (file downloads that
	 * hand over to a storage host), instead of failing.
	 */
	followCrossOriginAnonymously?: boolean;
	/** The API documents this PUT/POST/DELETE as safe to repeat: 5xx and resets are retried. */
	idempotent?: boolean;
	/** Milliseconds before the request fails; the node's Timeout option or DEFAULT_REQUEST_TIMEOUT_MS. */
	timeout?: number;
	/** Accept self-signed or internal certificates (the node's Ignore SSL Issues option). */
	skipSslCertificateValidation?: boolean;
}

/** A request that has not answered after this long fails instead of hanging the execution. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Redirects followed within the credential's origin before giving up. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

export interface JsonClientOptions {
	credentialType: string;
	baseUrl: (credentials: IDataObject) => string;
	readError: ErrorBodyReader;
	/** The system's name in messages, e.g. "Humaans". */
	systemName?: string;
	retry?: RetryPolicy;
	arrayFormat?: IHttpRequestOptions['arrayFormat'];
	/** Extra options per request, e.g. OAuth2 token-expiry status codes. */
	requestOptions?: IRequestOptions;
}

type IRequestOptions = Parameters<IExecuteFunctions['helpers']['httpRequestWithAuthentication']>[2];

interface FullResponse {
	body: unknown;
	headers: IDataObject;
	statusCode: number;
}

function header(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const value = headers[name] ?? headers[name.toLowerCase()] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
	const first = Array.isArray(value) ? value[0] : value;
	return typeof first === 'string' ? first : undefined;
}

/** The URL axios builds from baseURL + url, without the query. */
function joinUrl(base: string, path: string): string {
	if (/^https?:\/\//i.test(path)) return path;
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

/** A page where JSON was expected: a sign-in page, a proxy, or a Base URL that is not the API. */
function isWebPage(response: FullResponse): boolean {
	const type = header(response.headers, 'content-type') ?? '';
	if (/html/i.test(type)) return true;
	const body = response.body;
	const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.subarray(0, 64).toString('utf8') : '';
	return /^\s*<(!doctype|html|head|body|\?xml)/i.test(text);
}

export function webPageError(node: INode, systemName: string, statusCode: number, itemIndex?: number): NodeApiError {
	const message = `The server answered with a web page instead of the ${systemName} API`;
	return ownError(
		node,
		{ message },
		{
			message,
			description:
				'Check the Base URL of the credential: it must be the address of the API itself, not a sign-in page, a proxy or the web app.',
			httpCode: String(statusCode),
			itemIndex,
		},
	);
}

function crossOriginError(node: INode, target: string, itemIndex?: number): NodeApiError {
	const message = `The server redirected the request to another origin (${target}); the credential was not sent there`;
	return ownError(
		node,
		{ message },
		{
			message,
			description:
				'Requests with the credential go only to the origin of the Base URL. If the service moved, put its new address in the Base URL of the credential.',
			httpCode: 'redirect',
			itemIndex,
		},
	);
}

/** Method and body of the next hop, as browsers and fetch do it. */
function redirectedRequest(status: number, method: IHttpRequestMethods): { method: IHttpRequestMethods; keepBody: boolean } {
	if (status === 303 && method !== 'HEAD') return { method: 'GET', keepBody: false };
	if ((status === 301 || status === 302) && method === 'POST') return { method: 'GET', keepBody: false };
	return { method, keepBody: true };
}

/**
 * A JSON API client over n8n's `httpRequestWithAuthentication` (so n8n applies the
 * credential, refreshes OAuth2 tokens and re-runs pre-authentication). Every request has a
 * timeout and the shared retry policy; the credential goes only to the origin of its Base
 * URL (n8n's own redirect following is off: same-origin redirects are followed here, a
 * cross-origin one fails); a web page where JSON was expected is an error. Failures come
 * back as NodeApiError with the system's own message and every credential value hidden.
 */
export function jsonClient(options: JsonClientOptions) {
	const systemName = options.systemName ?? 'service';
	const policy = options.retry ?? RETRY_POLICY;
	// Credentials are read once per node run: n8n loads and decrypts them on every
	// getCredentials call, and a Return All may make hundreds of requests.
	const credentialReads = new WeakMap<object, Promise<IDataObject>>();
	const credentialsFor = async (ctx: RequestContext): Promise<IDataObject> => {
		let read = credentialReads.get(ctx);
		if (!read) {
			read = ctx.getCredentials(options.credentialType) as Promise<IDataObject>;
			credentialReads.set(ctx, read);
			read.catch(() => credentialReads.delete(ctx));
		}
		return await read;
	};
	/** Secrets of the credential as read at the start and as stored now (after a login or token refresh). */
	const secretsFor = async (ctx: RequestContext): Promise<string[]> => {
		const first = await credentialsFor(ctx).catch(() => undefined);
		const now = await (ctx.getCredentials(options.credentialType) as Promise<ICredentialDataDecryptedObject>).catch(() => undefined);
		const given = options.requestOptions?.credentialsDecrypted?.data;
		return credentialSecrets(first, now, given);
	};
	/** Hides every credential value in an error before it leaves the client. */
	const hideSecrets = async <E extends Error>(ctx: RequestContext, error: E): Promise<E> =>
		scrubError(error, await secretsFor(ctx));

	const request = async (ctx: RequestContext, req: ApiRequest, itemIndex?: number): Promise<unknown> => {
		const node = ctx.getNode();
		const isBuffer = req.body instanceof Buffer;
		const itemOptions = requestOptionsFor(ctx, itemIndex);
		const timeout = req.timeout ?? itemOptions?.timeout ?? DEFAULT_REQUEST_TIMEOUT_MS;
		try {
			const credentials = await credentialsFor(ctx);
			// The node's Ignore SSL Issues option, or the credential's (self-hosted systems offer one).
			const skipSsl =
				req.skipSslCertificateValidation ?? (itemOptions?.skipSslCertificateValidation || credentials.ignoreSslIssues === true);
			const base = options.baseUrl(credentials);
			const credentialOrigin = originOf(base);
			let method = req.method;
			let url = req.url ?? req.path;
			let qs = req.qs;
			let body = req.body;
			// An absolute URL on another origin never gets the credential, whoever asks.
			let anonymous = req.anonymous === true || (req.url !== undefined && originOf(req.url) !== credentialOrigin);
			let response: FullResponse | undefined;
			for (let hop = 0; !response; hop++) {
				const http: IHttpRequestOptions = {
					method,
					url,
					...(/^https?:\/\//i.test(url) ? {} : { baseURL: base }),
					qs,
					body: body as IHttpRequestOptions['body'],
					headers: { Accept: 'application/json', ...(req.headers ?? {}) },
					json: !isBuffer && !req.binary,
					arrayFormat: options.arrayFormat,
					...(req.binary ? { encoding: 'arraybuffer' as const } : {}),
					returnFullResponse: true,
					timeout,
					...(skipSsl ? { skipSslCertificateValidation: true } : {}),
					// The credential must not follow a redirect: n8n would copy it to any host.
					...(anonymous ? {} : { disableFollowRedirect: true, sendCredentialsOnCrossOriginRedirect: false }),
				};
				if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || body === undefined) delete http.body;
				const sendAnonymously = anonymous;
				const send = async () =>
					(sendAnonymously
						? await ctx.helpers.httpRequest(http)
						: await ctx.helpers.httpRequestWithAuthentication.call(
								ctx,
								options.credentialType,
								http,
								options.requestOptions,
							)) as FullResponse;
				let failure: unknown;
				try {
					response = await withRetry(policy, send, (error) => isRetryable(error, method, req.idempotent));
				} catch (error) {
					failure = error;
				}
				if (failure !== undefined) {
					const status = statusOf(failure);
					const location = header(headersOf(failure), 'location');
					if (status === undefined || !REDIRECT_STATUSES.includes(status) || !location) throw failure;
					const current = joinUrl(base, url);
					const next = new URL(location, current);
					if (hop >= MAX_REDIRECTS) {
						throw ownError(
							node,
							{ message: `Too many redirects (more than ${MAX_REDIRECTS})` },
							{ message: `Too many redirects (more than ${MAX_REDIRECTS})`, httpCode: String(status), itemIndex },
						);
					}
					if (!anonymous && next.origin !== credentialOrigin) {
						if (!req.followCrossOriginAnonymously) throw crossOriginError(node, next.origin, itemIndex);
						anonymous = true;
					}
					const nextRequest = redirectedRequest(status, method);
					method = nextRequest.method;
					if (!nextRequest.keepBody) body = undefined;
					url = next.toString();
					qs = undefined;
				}
			}
			if (!req.binary && isWebPage(response)) throw webPageError(node, systemName, response.statusCode, itemIndex);
			let result: unknown = response.body;
			if (isBuffer && typeof result === 'string' && !req.binary) result = parseJson(result);
			return req.fullResponse ? { ...response, body: result } : result;
		} catch (error) {
			const secrets = await secretsFor(ctx);
			const apiError = isOwnError(error)
				? error
				: toApiError(node, error, options.readError, itemIndex, { secrets, timeoutMs: timeout });
			throw scrubError(apiError, secrets);
		}
	};
	return { request, credentials: credentialsFor, hideSecrets };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
