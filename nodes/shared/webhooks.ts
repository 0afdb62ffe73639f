import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { createHmac, timingSafeEqual } from 'crypto';

/** Constant-time comparison of two strings; false when lengths differ. */
export function safeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	if (left.length !== right.length) return false;
	return timingSafeEqual(left, right);
}

export function hmacSha256(key: Buffer | string, content: Buffer | string, encoding: 'base64' | 'hex') {
	return createHmac('sha256', key).update(content).digest(encoding);
}

/** Whether a Unix timestamp (seconds) is within `toleranceSeconds` of now. */
export function isFreshTimestamp(timestamp: string, nowMs: number, toleranceSeconds: number): boolean {
	if (!/^\d+$/.test(timestamp)) return false;
	const ageSeconds = Math.abs(nowMs / 1000 - Number(timestamp));
	return ageSeconds <= toleranceSeconds;
}

export interface SignedDelivery {
	id: string | undefined;
	timestamp: string | undefined;
	/** Space-separated list such as `v1,<base64> v1,<base64>`. */
	signatures: string | undefined;
	rawBody: Buffer | string;
}

export type SignatureCheck = { valid: true } | { valid: false; reason: string };

/**
 * Verifies a delivery signed the "Standard Webhooks" way: base64 HMAC-SHA256 of
 * `${id}.${timestamp}.${body}`, keyed with the base64 part of a `whsec_` secret, sent as
 * one or more space-separated `v1,<signature>` entries.
 */
export function verifyStandardWebhookSignature(
	delivery: SignedDelivery,
	secret: string,
	nowMs: number,
	toleranceSeconds = 300,
): SignatureCheck {
	const { id, timestamp, signatures, rawBody } = delivery;
	if (!id || !timestamp || !signatures) return { valid: false, reason: 'missing signature headers' };
	if (!isFreshTimestamp(timestamp, nowMs, toleranceSeconds)) {
		return { valid: false, reason: 'timestamp outside the tolerance' };
	}
	const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
	const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
	const expected = hmacSha256(key, `${id}.${timestamp}.${body}`, 'base64');
	const matches = signatures
		.split(' ')
		.filter((entry) => entry.startsWith('v1,'))
		.some((entry) => safeEqual(entry.slice(3), expected));
	return matches ? { valid: true } : { valid: false, reason: 'signature mismatch' };
}

/** Keys of accepted deliveries (delivery and event IDs) → when they were accepted (Unix seconds). */
export type AcceptedDeliveries = Record<string, number>;

/** Most keys remembered at once; the oldest are forgotten first. */
export const MAX_REMEMBERED_DELIVERIES = 1000;

/**
 * Whether a delivery repeats one accepted before (any of its keys is known), and the keys
 * remembered after accepting it. A key is kept while its time is within the signature
 * tolerance: after that a repeat of the same signed delivery fails the timestamp check
 * anyway. At most `max` keys are kept.
 */
export function rememberDelivery(
	accepted: AcceptedDeliveries | undefined,
	keys: string[],
	timestampSeconds: number,
	nowMs: number,
	toleranceSeconds: number,
	max = MAX_REMEMBERED_DELIVERIES,
): { repeat: boolean; accepted: AcceptedDeliveries } {
	const known = accepted ?? {};
	const nowSeconds = nowMs / 1000;
	const fresh = (at: unknown) => typeof at === 'number' && nowSeconds - at <= toleranceSeconds;
	if (keys.some((key) => Object.prototype.hasOwnProperty.call(known, key) && fresh(known[key]))) return { repeat: true, accepted: known };
	const kept = Object.entries(known).filter(([key, at]) => fresh(at) && !keys.includes(key));
	for (const key of keys) kept.push([key, timestampSeconds]);
	if (kept.length > max) kept.sort((a, b) => a[1] - b[1]).splice(0, kept.length - max);
	return { repeat: false, accepted: Object.fromEntries(kept) };
}

/**
 * The items of an execution a delivery started that n8n's deduplication store (its
 * database, shared by main, webhook processors and workers) has not seen, recorded there.
 * The workflow's static data catches a repeat before an execution starts, but only in
 * regular mode; this also drops it on a queue-mode worker, so nothing after the trigger
 * runs twice. Items without a key pass; manual ("listen for test event") runs record nothing.
 */
export async function unseenDeliveries(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	keyOf: (json: IDataObject) => string | undefined,
	maxEntries: number,
): Promise<INodeExecutionData[]> {
	if (ctx.getMode() === 'manual') return items;
	const keys = items.map((item) => keyOf(item.json));
	const known = keys.filter((key): key is string => key !== undefined);
	if (!known.length) return items;
	const { processed } = await ctx.helpers.checkProcessedAndRecord(known, 'node', { mode: 'entries', maxEntries });
	const repeats = new Set(processed.map(String));
	return items.filter((_item, index) => keys[index] === undefined || !repeats.has(keys[index] as string));
}
