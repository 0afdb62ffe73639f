import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { ErrorBodyReader } from '../shared/errors';
import { asNodeError, buildApiError, isRecord } from '../shared/errors';
import type { SystemClient } from '../shared/operations';
import type { Page } from '../shared/pagination';
import { collectPages } from '../shared/pagination';
import type { ApiRequest, JsonClientOptions, RequestContext } from '../shared/request';
import { credentialBaseUrl, jsonClient } from '../shared/request';

export const HR_OMNI_CREDENTIAL = 'hrOmniApi';

/**
 * Page size used for every paginated list. The document gives the default (20, e.g.
 * hromni.txt 499) but no maximum; 100 is the largest size this node asks for, and the
 * loop stops at the reported `totalPages` / `totalRecords`.
 */
export const HR_OMNI_MAX_PAGE_SIZE = 100;

// Request examples number pages from 1 (`?page=1&pageSize=20`); responses echo
// `currentPage` as 0 or 1 depending on the endpoint (hromni.txt 453, 803), so the node
// never relies on the echo.
export const HR_OMNI_PAGING = {
	type: 'page',
	pageParam: 'page',
	sizeParam: 'pageSize',
	maxPageSize: HR_OMNI_MAX_PAGE_SIZE,
	firstPage: 1,
} as const;

/** Internal error codes (hromni.txt 3580–3594): meaning and recovery. */
export const HR_OMNI_ERROR_CODES: Record<number, { meaning: string; recovery: string }> = {
	3001: { meaning: 'Validation error', recovery: 'Fix the request data; the message says what was rejected.' },
	4001: { meaning: 'Not found', recovery: 'No record with the requested ID exists: check the ID.' },
	4002: { meaning: 'Forbidden action', recovery: 'The HR Omni user of the credential lacks the permission for this action.' },
	4003: { meaning: 'Invalid action', recovery: 'The action cannot be executed, e.g. an expired invitation or a module already in that state.' },
	4004: { meaning: 'Missing session cookie', recovery: 'The node logs in again by itself; check the credential if this persists.' },
	4005: { meaning: 'Missing CSRF token', recovery: 'The node fetches a new token by itself; check the Base URL if this persists.' },
	4006: { meaning: 'Invalid CSRF token value', recovery: 'The node fetches a new token by itself; check the Base URL if this persists.' },
	4007: { meaning: 'Business logic disallowed', recovery: 'HR Omni does not allow this action in the current state.' },
	4008: { meaning: 'Unable to send email', recovery: 'HR Omni could not send the email; try again later.' },
	5000: { meaning: 'Unexpected error', recovery: 'HR Omni failed unexpectedly; try again later.' },
	5001: { meaning: 'Database error', recovery: 'HR Omni had a database error; try again later.' },
};

/** Codes that mean "log in again / fetch a new CSRF token and retry" (hromni.txt 3588–3590). */
const SESSION_CODES = [4004, 4005, 4006];

/** `{ status: "error", code, message }` (hromni.txt 3558–3568) → message with the code's meaning. */
export const readHrOmniError: ErrorBodyReader = (body) => {
	if (!isRecord(body) || body.status !== 'error') return undefined;
	const code = Number(body.code);
	const known = HR_OMNI_ERROR_CODES[code];
	const message = typeof body.message === 'string' && body.message ? body.message : undefined;
	if (!known) return message ? { message, code: body.code === undefined || body.code === '' ? undefined : String(body.code) } : undefined;
	return {
		message: message && message !== known.meaning ? `${known.meaning}: ${message}` : known.meaning,
		code,
		description: known.recovery,
	};
};

/** Paginated results: the records sit in `result`, `departments` or `companies` (hromni.txt 795–826, 3413–3442). */
export function readHrOmniPage(body: unknown): Page {
	const result = isRecord(body) ? body : {};
	const items = [result.result, result.departments, result.companies].find(Array.isArray) as IDataObject[] | undefined;
	const total = Number(result.totalRecords);
	const totalPages = Number(result.totalPages);
	return {
		items: items ?? [],
		total: Number.isFinite(total) ? total : undefined,
		totalPages: Number.isFinite(totalPages) ? totalPages : undefined,
	};
}

export function hrOmniBaseUrl(credentials: IDataObject): string {
	return credentialBaseUrl(credentials);
}

const clientOptions = (credentialsDecrypted?: ICredentialDataDecryptedObject): JsonClientOptions => ({
	credentialType: HR_OMNI_CREDENTIAL,
	baseUrl: hrOmniBaseUrl,
	readError: readHrOmniError,
	systemName: 'HR Omni',
	requestOptions: {
		// This client decides itself when to log in again (401 and 4004/4005/4006, whatever the
		// status), so n8n's own 401 retry is switched off: one failure, at most one new login.
		preAuthenticationRetryStatusCode: [],
		...(credentialsDecrypted
			? { credentialsDecrypted: { id: '', name: HR_OMNI_CREDENTIAL, type: HR_OMNI_CREDENTIAL, data: credentialsDecrypted } }
			: {}),
	},
});

const client = jsonClient(clientOptions());

function isSessionError(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	if (String(error.httpCode) === '401') return true;
	const body = error.errorResponse;
	return isRecord(body) && SESSION_CODES.includes(Number(body.code));
}

/**
 * Every success is `{ status: "success", result }`: the node works with `result`. A text
 * result ("User role set.") becomes `{ success: true, message }`. An error envelope that
 * arrives with a 2xx status is still an error.
 */
function unwrap(ctx: RequestContext, body: unknown, itemIndex?: number): unknown {
	if (!isRecord(body) || !('status' in body)) return body;
	if (body.status === 'error') throw buildApiError(ctx.getNode(), 200, body, readHrOmniError, itemIndex);
	const result = body.result;
	if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean') {
		return { success: true, message: result };
	}
	return result ?? { success: true };
}

/** Per node run: whether a session was in use, i.e. whether a session error is worth a new login. */
const sessions = new WeakMap<object, { inUse: boolean }>();

/**
 * One HR Omni request. The session and CSRF cookies come from the credential (n8n logs in
 * through its preAuthentication when they are empty). When the session has expired or the
 * CSRF token went stale — HTTP 401 or codes 4004/4005/4006 in the body — the request is sent
 * once more with the stored session cleared, which makes n8n log in again and save the new
 * cookies for every later request of the run. A failure right after a fresh login is final.
 * The credential is read once per node run (n8n reads it again for every request anyway).
 */
export async function hrOmniRequest(ctx: RequestContext, req: ApiRequest, itemIndex?: number): Promise<unknown> {
	const credentials = await client.credentials(ctx);
	let session = sessions.get(ctx);
	if (!session) {
		session = { inUse: typeof credentials.sessionToken === 'string' && credentials.sessionToken !== '' };
		sessions.set(ctx, session);
	}
	try {
		const body = unwrap(ctx, await client.request(ctx, req, itemIndex), itemIndex);
		session.inUse = true;
		return body;
	} catch (error) {
		if (!session.inUse || !isSessionError(error)) {
			throw asNodeError(ctx.getNode(), await client.hideSecrets(ctx, error as Error), itemIndex);
		}
		const expired = { ...credentials, sessionToken: '', csrfToken: '' } as ICredentialDataDecryptedObject;
		const again = jsonClient(clientOptions(expired));
		try {
			return unwrap(ctx, await again.request(ctx, req, itemIndex), itemIndex);
		} catch (retryError) {
			throw asNodeError(ctx.getNode(), await again.hideSecrets(ctx, retryError as Error), itemIndex);
		}
	}
}

export const hrOmniClient: SystemClient = {
	request: async (ctx: IExecuteFunctions, req, itemIndex) => await hrOmniRequest(ctx, req, itemIndex),
};

/** Shorthand for lookups, the trigger and hand-written operations. */
export async function hrOmniCall(
	ctx: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: { body?: IDataObject; qs?: IDataObject; itemIndex?: number } = {},
): Promise<unknown> {
	return await hrOmniRequest(ctx, { method, path, qs: options.qs, body: options.body }, options.itemIndex);
}

/** Up to `wanted` records of a paginated list, 100 a page, stopping at the reported totals. */
export async function hrOmniList(
	ctx: RequestContext,
	path: string,
	wanted: number,
	qs: IDataObject = {},
	itemIndex?: number,
): Promise<IDataObject[]> {
	return await collectPages(HR_OMNI_PAGING, wanted, async (pageQs): Promise<Page> => {
		const body = await hrOmniCall(ctx, 'GET', path, { qs: { ...qs, ...pageQs }, itemIndex });
		return readHrOmniPage(body);
	}, { node: ctx.getNode(), system: 'HR Omni', path, itemIndex });
}
