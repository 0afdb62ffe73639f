import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import type { ErrorBodyReader } from './errors';
import { headersOf, statusOf, toApiError } from './errors';

export interface RetryPolicy {
	/** Statuses that mean "try again later". */
	retryOn: number[];
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const RATE_LIMIT_RETRY: RetryPolicy = {
	retryOn: [429, 502, 503],
	maxRetries: 4,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
};

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

/**
 * Runs `send` and retries it while it fails with a status from the policy. The last
 * failure is rethrown unchanged so the caller shapes it into the system's error.
 */
export async function withRetry<T>(policy: RetryPolicy, send: () => Promise<T>): Promise<T> {
	let failure: unknown;
	for (let attempt = 0; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			failure = error;
		}
		const status = statusOf(failure);
		if (status === undefined || !policy.retryOn.includes(status) || attempt >= policy.maxRetries) break;
		await sleep(backoffDelayMs(policy, attempt, retryAfterMs(headersOf(failure), Date.now())));
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
	/** Milliseconds before the request fails; DEFAULT_REQUEST_TIMEOUT_MS when absent. */
	timeout?: number;
	/** Accept self-signed or internal certificates (the node's Ignore SSL Issues option). */
	skipSslCertificateValidation?: boolean;
}

/** A request that has not answered after this long fails instead of hanging the execution. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export interface JsonClientOptions {
	credentialType: string;
	baseUrl: (credentials: IDataObject) => string;
	readError: ErrorBodyReader;
	retry?: RetryPolicy;
	arrayFormat?: IHttpRequestOptions['arrayFormat'];
	/** Extra options per request, e.g. OAuth2 token-expiry status codes. */
	requestOptions?: IRequestOptions;
}

type IRequestOptions = Parameters<IExecuteFunctions['helpers']['httpRequestWithAuthentication']>[2];

/**
 * A JSON API client over n8n's `httpRequestWithAuthentication` (so n8n applies the
 * credential, refreshes OAuth2 tokens and re-runs pre-authentication). Failures come back
 * as NodeApiError with the system's own message, and nothing of the request in them.
 */
export function jsonClient(options: JsonClientOptions) {
	// The base URL is read once per node run: n8n loads and decrypts credentials on every
	// getCredentials call, and a Return All may make hundreds of requests.
	const baseUrls = new WeakMap<object, Promise<string>>();
	const baseUrlFor = async (ctx: RequestContext) => {
		let url = baseUrls.get(ctx);
		if (!url) {
			url = ctx.getCredentials(options.credentialType).then((credentials) => options.baseUrl(credentials));
			baseUrls.set(ctx, url);
		}
		return await url;
	};
	const request = async (ctx: RequestContext, req: ApiRequest, itemIndex?: number): Promise<unknown> => {
		const isBuffer = req.body instanceof Buffer;
		const http: IHttpRequestOptions = {
			method: req.method,
			url: req.url ?? req.path,
			...(req.url ? {} : { baseURL: await baseUrlFor(ctx) }),
			qs: req.qs,
			body: req.body as IHttpRequestOptions['body'],
			headers: { Accept: 'application/json', ...(req.headers ?? {}) },
			json: !isBuffer && !req.binary,
			arrayFormat: options.arrayFormat,
			...(req.binary ? { encoding: 'arraybuffer' as const } : {}),
			...(req.fullResponse ? { returnFullResponse: true } : {}),
			timeout: req.timeout ?? DEFAULT_REQUEST_TIMEOUT_MS,
			...(req.skipSslCertificateValidation ? { skipSslCertificateValidation: true } : {}),
		};
		if (req.method === 'GET' || req.method === 'DELETE' || req.body === undefined) delete http.body;
		const send = async () =>
			req.anonymous
				? await ctx.helpers.httpRequest(http)
				: await ctx.helpers.httpRequestWithAuthentication.call(ctx, options.credentialType, http, options.requestOptions);
		try {
			const body: unknown = options.retry ? await withRetry(options.retry, send) : await send();
			if (isBuffer && typeof body === 'string' && !req.binary) return parseJson(body);
			return body;
		} catch (error) {
			throw toApiError(ctx.getNode(), error, options.readError, itemIndex);
		}
	};
	return { request };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
