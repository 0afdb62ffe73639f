import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { scrubValue } from './secrets';

/** What a system's error body means, in the terms n8n shows to the user. */
export interface ApiErrorDetails {
	message: string;
	description?: string;
	/** The system's own error code (e.g. `ValidationError`, `4001`). */
	code?: string | number;
}

/** Reads a system's error body; returns undefined when the body is not one of its errors. */
export type ErrorBodyReader = (body: unknown, statusCode: number) => ApiErrorDetails | undefined;

export function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBody(body: unknown): unknown {
	if (typeof body === 'string') {
		try {
			return JSON.parse(body) as unknown;
		} catch {
			return body;
		}
	}
	if (body instanceof Buffer) return parseBody(body.toString('utf8'));
	return body;
}

const STATUS_MESSAGES: Record<number, string> = {
	400: 'Bad request',
	401: 'Authorization failed - please check your credentials',
	403: 'Forbidden - the credentials lack the permission for this request',
	404: 'The resource you are requesting could not be found',
	405: 'Method not allowed',
	409: 'Conflict',
	422: 'The request parameters are invalid',
	429: 'Too many requests - the service is rate limiting',
	500: 'The service failed to process the request',
	502: 'Bad gateway - the service is temporarily unavailable',
	503: 'Service unavailable - please try again later',
	504: 'Gateway timeout - the service did not answer in time',
};

/** Statuses that say "try again later"; their status stays in the message whatever the body says. */
const TRANSIENT = [429, 502, 503, 504];

/** Marks a failure with how often it was retried before it failed for good. */
export const RETRIES = Symbol('retries');

export function retriesOf(error: unknown): number {
	const count = (error as Record<symbol, unknown> | undefined)?.[RETRIES];
	return typeof count === 'number' ? count : 0;
}

function retryNote(retries: number, what: string): string {
	return `Still ${what} after ${retries} retries with increasing waits. Wait a little and run the workflow again, or request fewer records at once.`;
}

const OWN = new WeakSet<object>();

/** A NodeApiError the shared client raised itself (not an HTTP failure to interpret). */
export function ownError(node: INode, body: JsonObject, options: ConstructorParameters<typeof NodeApiError>[2]): NodeApiError {
	const error = new NodeApiError(node, body, options);
	OWN.add(error);
	return error;
}

export function isOwnError(error: unknown): error is NodeApiError {
	return error instanceof NodeApiError && OWN.has(error);
}

/**
 * Builds the NodeApiError for a failed response. Only the response body goes into the
 * error (never the request), so tokens, cookies and passwords cannot leak through it.
 */
export function buildApiError(
	node: INode,
	statusCode: number,
	rawBody: unknown,
	readBody: ErrorBodyReader,
	itemIndex?: number,
	secrets: string[] = [],
	retries = 0,
): NodeApiError {
	// Secrets are hidden before anything is read: a proxy may echo the request in its error.
	const body = scrubValue(parseBody(rawBody), secrets);
	const details = readBody(body, statusCode);
	const fallback = STATUS_MESSAGES[statusCode] ?? `Request failed with status ${statusCode}`;
	const code = details?.code;
	let message = details?.message || fallback;
	if (code !== undefined && code !== '') message = `${message} [code ${code}]`;
	if (TRANSIENT.includes(statusCode) && !message.includes(String(statusCode))) message = `${message} [HTTP ${statusCode}]`;
	const errorBody: JsonObject = isRecord(body)
		? (body as JsonObject)
		: { message: typeof body === 'string' ? body.slice(0, 500) : fallback };
	const note = retries > 0 ? retryNote(retries, `answered ${statusCode}`) : undefined;
	const error = new NodeApiError(node, errorBody, {
		message,
		description: [note, details?.description].filter(Boolean).join(' ') || undefined,
		httpCode: String(statusCode),
		itemIndex,
	});
	return error;
}

/**
 * Declarative `postReceive` step. The node sets `ignoreHttpStatusErrors`, so a failed
 * response reaches here and is turned into a NodeApiError with the system's own message.
 */
export function throwOnErrorResponse(readBody: ErrorBodyReader) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (response.statusCode >= 400) {
			throw buildApiError(this.getNode(), response.statusCode, response.body, readBody, this.getItemIndex());
		}
		return items;
	};
}

/** Error shape of the underlying HTTP client, kept to the fields we read. */
interface HttpClientError {
	httpCode?: string | number;
	statusCode?: number;
	status?: number;
	response?: { status?: number; statusCode?: number; body?: unknown; data?: unknown; headers?: IDataObject };
	cause?: unknown;
	message?: string;
	code?: string;
}

export function statusOf(error: unknown): number | undefined {
	const e = error as HttpClientError;
	const status = e?.response?.status ?? e?.response?.statusCode ?? e?.statusCode ?? e?.status;
	if (typeof status === 'number') return status;
	// n8n leaves `httpCode` null when no response came back; that is no status (not 0).
	const code = e?.httpCode;
	if (code !== undefined && code !== null && code !== '' && !Number.isNaN(Number(code))) return Number(code);
	if (e?.cause) return statusOf(e.cause);
	return undefined;
}

export function bodyOf(error: unknown): unknown {
	const e = error as HttpClientError;
	if (e?.response) return e.response.body ?? e.response.data;
	if (e?.cause) return bodyOf(e.cause);
	return undefined;
}

/**
 * The network error code of a failure without an answer (`ECONNRESET`, `EPIPE`, …);
 * our own timeout is `ETIMEDOUT`, a dropped socket `SOCKET_HANG_UP`.
 */
export function networkCodeOf(error: unknown, depth = 0): string | undefined {
	const e = error as HttpClientError | undefined;
	if (!e || typeof e !== 'object' || depth > 6) return undefined;
	const message = typeof e.message === 'string' ? e.message : '';
	if (/timeout of \d+ms exceeded/i.test(message) || e.code === 'ESOCKETTIMEDOUT') return 'ETIMEDOUT';
	// Node's codes: ECONNRESET, EPIPE, … and TLS ones such as DEPTH_ZERO_SELF_SIGNED_CERT.
	const code = typeof e.code === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(e.code) ? e.code : undefined;
	if (code && code !== 'ECONNABORTED') return code;
	const inner = networkCodeOf(e.cause, depth + 1);
	if (inner) return inner;
	if (/socket hang up/i.test(message)) return 'SOCKET_HANG_UP';
	return code;
}

/** Certificate failures that the Ignore SSL Issues option gets past. */
function isCertificateCode(code: string | undefined): boolean {
	return code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code);
}

export function headersOf(error: unknown): IDataObject | undefined {
	const e = error as HttpClientError;
	if (e?.response?.headers) return e.response.headers;
	if (e?.cause) return headersOf(e.cause);
	return undefined;
}

/**
 * Turns anything thrown by an HTTP helper into a NodeApiError that carries the system's
 * message, and nothing of the request (no headers, no credentials).
 */
export function toApiError(
	node: INode,
	error: unknown,
	readBody: ErrorBodyReader,
	itemIndex?: number,
	context: { secrets?: string[]; timeoutMs?: number } = {},
): NodeApiError {
	const status = statusOf(error);
	const retries = retriesOf(error);
	if (status !== undefined) return buildApiError(node, status, bodyOf(error), readBody, itemIndex, context.secrets, retries);
	// n8n's own explanation without an HTTP status (e.g. an OAuth2 credential that must be
	// reconnected because its refresh token was revoked) is kept: it is n8n's text, no request data.
	const explained = operationErrorIn(error);
	if (explained) {
		return new NodeApiError(
			node,
			{ message: explained.message },
			{ message: explained.message, description: explained.description ?? undefined, httpCode: 'none', itemIndex },
		);
	}
	const code = networkCodeOf(error);
	const note = retries > 0 ? retryNote(retries, `failing (${code ?? 'network error'})`) : undefined;
	if (code === 'ETIMEDOUT') {
		const seconds = context.timeoutMs !== undefined ? ` within ${Math.round(context.timeoutMs / 100) / 10} s` : '';
		const message = `The request timed out: no answer${seconds} (ETIMEDOUT)`;
		return withMessage(
			new NodeApiError(
				node,
				{ message },
				{
					message,
					description: [note, 'Raise the Timeout under Request Options if the service is slow, or check that the Base URL is right.']
						.filter(Boolean)
						.join(' '),
					httpCode: 'none',
					itemIndex,
				},
			),
			message,
		);
	}
	const message = `The service could not be reached (${code ?? 'network error'})`;
	const description = isCertificateCode(code)
		? "The server's SSL certificate could not be validated. For a self-hosted instance with an internal certificate, turn on Ignore SSL Issues under Request Options."
		: note;
	return withMessage(new NodeApiError(node, { message }, { message, description, httpCode: 'none', itemIndex }), message);
}

/** NodeApiError swaps a message naming a network code for generic text; the code must stay visible. */
function withMessage(error: NodeApiError, message: string): NodeApiError {
	error.message = message;
	return error;
}

function operationErrorIn(error: unknown, depth = 0): NodeOperationError | undefined {
	if (error instanceof NodeOperationError) return error;
	const cause = (error as { cause?: unknown } | undefined)?.cause;
	return cause && depth < 5 ? operationErrorIn(cause, depth + 1) : undefined;
}

/** Passes our own node errors through unchanged and wraps anything else, so no raw error escapes. */
export function asNodeError(node: INode, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error instanceof Error ? error : String(error), { itemIndex });
}
