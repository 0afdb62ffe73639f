import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

/**
 * Rewrites the JSON body of the `pageNumber`-th answer (from 1) to a GET of the path;
 * `first` is the body the server gave the first of them.
 */
export type PageRewrite = (body: Json, pageNumber: number, first: Json) => unknown;

interface PageRule {
	path: string | RegExp;
	rewrite: PageRewrite;
	count: number;
	first?: Json;
}

/** How a request that reached the server (and was carried out there) fails on the way back. */
export type TransitFault = 'reset' | { status: number; body?: unknown };

interface TransitRule {
	method: string;
	path: string | RegExp;
	fault: TransitFault;
	/** Matching requests still let through before this one fails. */
	skip: number;
}

const matches = (pattern: string | RegExp, path: string) => (typeof pattern === 'string' ? pattern === path : pattern.test(path));

/**
 * A proxy in front of a contract server for faults a real API or the network produces but
 * a faithful server never would: list pages rewritten after the fact (a repeated page, a
 * false total, pages that never end) and answers lost in transit after the server carried
 * the request out (a 500 from a gateway, a connection reset). Every request still reaches
 * the server, so its request log stays the record of what the node sent.
 */
export class FaultProxy {
	baseUrl = '';

	private server?: http.Server;

	private readonly pageRules: PageRule[] = [];

	private readonly transitRules: TransitRule[] = [];

	constructor(private readonly upstream: () => string) {}

	/** Rewrites every answer to GET `path` (query ignored) from now on. */
	rewritePages(path: string | RegExp, rewrite: PageRewrite) {
		this.pageRules.push({ path, rewrite, count: 0 });
		return this;
	}

	/**
	 * The next `method path` request (after `skip` more that pass) is carried out by the
	 * server, then its answer is lost this way.
	 */
	failAfterCommit(method: string, path: string | RegExp, fault: TransitFault, skip = 0) {
		this.transitRules.push({ method, path, fault, skip });
		return this;
	}

	/** Drops every fault: requests pass through unchanged. */
	clear() {
		this.pageRules.length = 0;
		this.transitRules.length = 0;
	}

	async start(): Promise<string> {
		this.server = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				this.forward(req, Buffer.concat(chunks)).then(
					(answer) => this.answer(req, res, answer),
					(error: Error) => {
						res.writeHead(502, { 'content-type': 'text/plain' });
						res.end(`fault proxy: ${error.message}`);
					},
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

	private async forward(req: http.IncomingMessage, body: Buffer) {
		const target = new URL(req.url ?? '/', this.upstream());
		return await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
			const outgoing = http.request(
				target,
				{ method: req.method, headers: { ...req.headers, host: target.host }, agent: false },
				(upstream) => {
					const parts: Buffer[] = [];
					upstream.on('data', (chunk: Buffer) => parts.push(chunk));
					upstream.on('end', () => resolve({ status: upstream.statusCode ?? 502, headers: upstream.headers, body: Buffer.concat(parts) }));
					upstream.on('error', reject);
				},
			);
			outgoing.on('error', reject);
			outgoing.end(body);
		});
	}

	private answer(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		answer: { status: number; headers: http.IncomingHttpHeaders; body: Buffer },
	) {
		const method = req.method ?? 'GET';
		const path = (req.url ?? '/').split('?')[0];
		const transit = this.transitRules.findIndex((rule) => rule.method === method && matches(rule.path, path));
		if (transit !== -1 && this.transitRules[transit].skip > 0) {
			this.transitRules[transit].skip -= 1;
		} else if (transit !== -1) {
			const [{ fault }] = this.transitRules.splice(transit, 1);
			if (fault === 'reset') {
				req.socket.destroy();
				return;
			}
			res.writeHead(fault.status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(fault.body ?? { message: 'Internal Server Error' }));
			return;
		}
		const headers = { ...answer.headers };
		delete headers['content-length'];
		delete headers['transfer-encoding'];
		let payload: Buffer | string = answer.body;
		const rule = method === 'GET' && answer.status === 200 ? this.pageRules.find((r) => matches(r.path, path)) : undefined;
		if (rule) {
			const body = JSON.parse(answer.body.toString('utf8')) as Json;
			rule.count += 1;
			rule.first ??= body;
			payload = JSON.stringify(rule.rewrite(body, rule.count, structuredClone(rule.first)));
		}
		res.writeHead(answer.status, headers);
		res.end(payload);
	}
}
