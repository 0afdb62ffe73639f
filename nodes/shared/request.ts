import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { headersOf, statusOf } from './errors';

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
	for (let attempt = 0; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			const status = statusOf(error);
			if (status === undefined || !policy.retryOn.includes(status) || attempt >= policy.maxRetries) {
				throw error;
			}
			await sleep(backoffDelayMs(policy, attempt, retryAfterMs(headersOf(error), Date.now())));
		}
	}
}
