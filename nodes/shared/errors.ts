import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

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
};

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
): NodeApiError {
	const body = parseBody(rawBody);
	const details = readBody(body, statusCode);
	const fallback = STATUS_MESSAGES[statusCode] ?? `Request failed with status ${statusCode}`;
	const message = details?.message || fallback;
	const code = details?.code;
	const errorBody: JsonObject = isRecord(body)
		? (body as JsonObject)
		: { message: typeof body === 'string' ? body.slice(0, 500) : fallback };
	const error = new NodeApiError(node, errorBody, {
		message: code !== undefined && code !== '' ? `${message} [code ${code}]` : message,
		description: details?.description,
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
): NodeApiError {
	const status = statusOf(error);
	if (status !== undefined) return buildApiError(node, status, bodyOf(error), readBody, itemIndex);
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
	const e = error as HttpClientError;
	const reason = e?.code ? `${e.code}` : 'network error';
	return new NodeApiError(
		node,
		{ message: `The service could not be reached (${reason})` },
		{ message: `The service could not be reached (${reason})`, httpCode: 'none', itemIndex },
	);
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
