import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'qs';

/** What a contract server saw of one request; tests assert on these. */
export interface RecordedRequest {
	method: string;
	path: string;
	/** The raw query string (after `?`), exactly as sent. */
	rawQuery: string;
	query: Record<string, unknown>;
	headers: http.IncomingHttpHeaders;
	rawBody: Buffer;
	body: unknown;
	/** When the request arrived (ms since the epoch). */
	receivedAt: number;
}

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string | string[]>;
	/** Send `body` as-is (Buffer or string) instead of JSON. */
	raw?: boolean;
}

export type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply | Promise<Reply>;

/**
 * A fault a test switches on: what the server (or a proxy in front of it) does instead of
 * answering the contract.
 */
export type Fault =
	/** A status with an optional Retry-After (seconds or HTTP date) and body. */
	| { type: 'status'; status: number; retryAfter?: string; body?: unknown }
	/** The connection is dropped without an answer (ECONNRESET / socket hang up). */
	| { type: 'reset' }
	/** The connection is accepted and never answered. */
	| { type: 'hang' }
	/** 200 with an HTML page (a sign-in page, a proxy, a wrong Base URL). */
	| { type: 'html'; status?: number }
	/** An error that echoes the whole request (headers, query, body) as JSON, HTML or text. */
	| { type: 'echo'; status: number; as: 'json' | 'html' | 'text' }
	/** A redirect to `location` (absolute, or a path on this server). */
	| { type: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string | ((req: RecordedRequest) => string) };

export interface FaultScope {
	method?: string;
	path?: string | RegExp;
	match?: (req: RecordedRequest) => boolean;
	/** How many matching requests get the fault (default: every one). */
	times?: number;
}

interface ActiveFault {
	fault: Fault;
	scope: FaultScope;
	left: number;
}

/** What the transport does with a request: a reply, a dropped connection or silence. */
type Outcome = Reply | 'reset' | 'hang';

interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: Handler;
}

/**
 * A minimal HTTP server on 127.0.0.1 and a random port. Routes are `/api/things/:id`
 * patterns; a path segment matches `[^/]+` only, so an encoded `a%2Fb` stays one segment
 * and a `..` that reached the server would fail to match a route.
 */
export class ContractServer {
	readonly requests: RecordedRequest[] = [];

	private readonly routes: Route[] = [];

	private server?: http.Server;

	baseUrl = '';

	/** Serve HTTPS with this key and certificate (set before start). */
	tls?: { key: string; cert: string };

	/** Hook run before routing; return a reply to short-circuit (auth checks, fault injection). */
	before?: (req: RecordedRequest) => Reply | undefined;

	private faults: ActiveFault[] = [];

	/** Switches a fault on for the requests in `scope`; faults win over routes and auth. */
	inject(fault: Fault, scope: FaultScope = {}) {
		this.faults.push({ fault, scope, left: scope.times ?? Infinity });
		return this;
	}

	clearFaults() {
		this.faults = [];
	}

	/** Reply for requests no route matches. */
	notFound: (req: RecordedRequest) => Reply = () => ({ status: 404, body: { message: 'Not found' } });

	route(method: string, path: string, handler: Handler) {
		const keys: string[] = [];
		const pattern = new RegExp(
			'^' +
				path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_m, key: string) => {
					keys.push(key);
					return '([^/]+)';
				}) +
				'/?$',
		);
		this.routes.push({ method, pattern, keys, handler });
		return this;
	}

	async start(): Promise<string> {
		const listener: http.RequestListener = (req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				void this.handle(req, Buffer.concat(chunks)).then(
					(outcome) => {
						if (outcome === 'reset') req.socket.destroy();
						else if (outcome !== 'hang') send(res, outcome);
					},
					(error: Error) => send(res, { status: 500, body: { message: `test server error: ${error.message}` } }),
				);
			});
		};
		this.server = this.tls ? https.createServer(this.tls, listener) : http.createServer(listener);
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		this.baseUrl = `${this.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
		return this.baseUrl;
	}

	async stop() {
		await new Promise<void>((resolve) => {
			if (!this.server) return resolve();
			this.server.closeAllConnections?.();
			this.server.close(() => resolve());
		});
	}

	/** Requests whose method and path match, e.g. `calls('GET', '/api/people')`. */
	calls(method: string, path?: string | RegExp) {
		return this.requests.filter(
			(r) =>
				r.method === method &&
				(path === undefined || (typeof path === 'string' ? r.path === path : path.test(r.path))),
		);
	}

	last() {
		return this.requests[this.requests.length - 1];
	}

	reset() {
		this.requests.length = 0;
		this.clearFaults();
	}

	private faultFor(req: RecordedRequest): Fault | undefined {
		for (const active of this.faults) {
			const { scope } = active;
			if (active.left <= 0) continue;
			if (scope.method && scope.method !== req.method) continue;
			if (scope.path !== undefined && !(typeof scope.path === 'string' ? req.path === scope.path : scope.path.test(req.path))) continue;
			if (scope.match && !scope.match(req)) continue;
			active.left -= 1;
			return active.fault;
		}
		return undefined;
	}

	private faultOutcome(fault: Fault, req: RecordedRequest): Outcome {
		switch (fault.type) {
			case 'status':
				return {
					status: fault.status,
					body: fault.body ?? { message: `Injected ${fault.status}` },
					headers: fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {},
				};
			case 'reset':
			case 'hang':
				return fault.type;
			case 'html':
				return {
					status: fault.status ?? 200,
					raw: true,
					headers: { 'content-type': 'text/html; charset=utf-8' },
					body: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>',
				};
			case 'echo': {
				const echo = { method: req.method, path: req.path, query: req.rawQuery, headers: req.headers, body: req.rawBody.toString('utf8') };
				if (fault.as === 'json') return { status: fault.status, body: { message: `Bad request: ${JSON.stringify(echo)}`, request: echo } };
				const text = JSON.stringify(echo, null, 1);
				return fault.as === 'html'
					? { status: fault.status, raw: true, headers: { 'content-type': 'text/html' }, body: `<html><body><pre>${text}</pre></body></html>` }
					: { status: fault.status, raw: true, headers: { 'content-type': 'text/plain' }, body: `Proxy error for ${text}` };
			}
			case 'redirect':
				return { status: fault.status, headers: { location: typeof fault.location === 'string' ? fault.location : fault.location(req) } };
		}
	}

	private async handle(req: http.IncomingMessage, rawBody: Buffer): Promise<Outcome> {
		const url = req.url ?? '/';
		const q = url.indexOf('?');
		const rawPath = q === -1 ? url : url.slice(0, q);
		const rawQuery = q === -1 ? '' : url.slice(q + 1);
		const contentType = String(req.headers['content-type'] ?? '');
		let body: unknown = undefined;
		if (rawBody.length && contentType.includes('application/json')) {
			try {
				body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				return { status: 400, body: { message: 'Invalid JSON body' } };
			}
		} else if (rawBody.length && contentType.includes('application/x-www-form-urlencoded')) {
			body = parseQuery(rawBody.toString('utf8'));
		} else if (rawBody.length) {
			body = rawBody.toString('utf8');
		}
		const recorded: RecordedRequest = {
			method: req.method ?? 'GET',
			path: rawPath,
			rawQuery,
			query: parseQuery(rawQuery, { depth: 10, arrayLimit: 1000 }) as Record<string, unknown>,
			headers: req.headers,
			rawBody,
			body,
			receivedAt: Date.now(),
		};
		this.requests.push(recorded);
		const fault = this.faultFor(recorded);
		if (fault) return this.faultOutcome(fault, recorded);
		const early = this.before?.(recorded);
		if (early) return early;
		for (const route of this.routes) {
			if (route.method !== recorded.method) continue;
			const match = route.pattern.exec(rawPath);
			if (!match) continue;
			const params: Record<string, string> = {};
			route.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1])));
			return await route.handler(recorded, params);
		}
		return this.notFound(recorded);
	}
}

/**
 * A second server on another origin that records whatever reaches it and answers 200 with
 * `reply` (JSON `{ ok: true }` by default): the target of cross-origin redirects.
 */
export async function startSink(reply: Reply = { status: 200, body: { ok: true } }): Promise<ContractServer> {
	const sink = new ContractServer();
	sink.before = () => reply;
	await sink.start();
	return sink;
}

function send(res: http.ServerResponse, reply: Reply) {
	const headers: Record<string, string | string[]> = { ...(reply.headers ?? {}) };
	let payload: Buffer | string = '';
	if (reply.body !== undefined) {
		if (reply.raw) {
			payload = reply.body as Buffer | string;
		} else {
			payload = JSON.stringify(reply.body);
			headers['content-type'] ??= 'application/json; charset=utf-8';
		}
	}
	res.writeHead(reply.status, headers);
	res.end(payload);
}

/** Parses a multipart/form-data body into fields and files (enough for upload contracts). */
export function parseMultipart(req: RecordedRequest) {
	const type = String(req.headers['content-type'] ?? '');
	const match = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
	if (!type.startsWith('multipart/form-data') || !match) return undefined;
	const boundary = `--${match[1] ?? match[2]}`;
	const fields: Record<string, string> = {};
	const files: Array<{ name: string; filename: string; contentType: string; data: Buffer }> = [];
	const body = req.rawBody;
	let start = body.indexOf(boundary);
	while (start !== -1) {
		const next = body.indexOf(boundary, start + boundary.length);
		if (next === -1) break;
		const part = body.subarray(start + boundary.length + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		const head = part.subarray(0, headerEnd).toString('utf8');
		const data = part.subarray(headerEnd + 4);
		const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
		const filename = /filename="([^"]*)"/.exec(head)?.[1];
		const partType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream';
		if (filename !== undefined) files.push({ name, filename, contentType: partType, data: Buffer.from(data) });
		else fields[name] = data.toString('utf8');
		start = next;
	}
	return { fields, files };
}
