import http from 'node:http';
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
}

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string | string[]>;
	/** Send `body` as-is (Buffer or string) instead of JSON. */
	raw?: boolean;
}

export type Handler = (req: RecordedRequest, params: Record<string, string>) => Reply | Promise<Reply>;

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

	/** Hook run before routing; return a reply to short-circuit (auth checks, fault injection). */
	before?: (req: RecordedRequest) => Reply | undefined;

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
		this.server = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				void this.handle(req, Buffer.concat(chunks)).then(
					(reply) => send(res, reply),
					(error: Error) => send(res, { status: 500, body: { message: `test server error: ${error.message}` } }),
				);
			});
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		this.baseUrl = `http://127.0.0.1:${port}`;
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
	}

	private async handle(req: http.IncomingMessage, rawBody: Buffer): Promise<Reply> {
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
		};
		this.requests.push(recorded);
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
