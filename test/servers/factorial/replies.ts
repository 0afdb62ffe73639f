import type { Reply } from '../base';

/**
 * Factorial's error bodies. The OpenAPI document describes no error responses at all (every
 * operation lists only its 200/201). The shapes below are the ones Factorial is reported to
 * answer with (t4dhg/mcp-factorial src/http-client.ts, `extractApiMessage`: `{ message }`,
 * `{ errors: [...] }` for missing records, `{ errors: { … } }` for validation), with
 * Rails-style field messages such as "has already been taken" (factorial-notes.md A.4).
 */

export function unauthorized(message = 'You need to sign in or sign up before continuing.'): Reply {
	return { status: 401, body: { error: 'unauthorized', message } };
}

export function forbidden(message: string): Reply {
	return { status: 403, body: { error: 'forbidden', message } };
}

export function notFound(what = 'Record'): Reply {
	return { status: 404, body: { errors: [`${what} not found`] } };
}

/** 422 with Rails-style messages per field: `{ errors: { field: ["is invalid"] } }`. */
export function invalid(errors: Record<string, string[]>): Reply {
	return { status: 422, body: { errors } };
}

export function fieldError(field: string, message: string): Reply {
	return invalid({ [field]: [message] });
}

export function tooManyRequests(retryAfterSeconds: number): Reply {
	return {
		status: 429,
		headers: { 'retry-after': String(retryAfterSeconds) },
		body: { error: 'too_many_requests', message: 'Rate limit exceeded' },
	};
}
