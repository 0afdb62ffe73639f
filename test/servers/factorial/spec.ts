import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * The route table of the Factorial contract server, read from Factorial's own OpenAPI
 * document (not from the node's generated specs, so the server stays an independent judge
 * of what the nodes send).
 */

export const API_VERSION = '2026-07-01';
export const API_PREFIX = `/api/${API_VERSION}/resources`;
const SPEC_FILE = `factorial-openapi-${API_VERSION}.yaml`;

export interface SchemaNode {
	type?: string;
	enum?: unknown[];
	items?: SchemaNode;
	properties?: Record<string, SchemaNode>;
	required?: string[];
	example?: unknown;
	format?: string;
	style?: string;
	explode?: boolean;
	$ref?: string;
	description?: string;
}

export interface QueryParam {
	name: string;
	required: boolean;
	schema: SchemaNode;
	style?: string;
}

export interface BodySpec {
	contentType: 'application/json' | 'multipart/form-data';
	required: string[];
	properties: Record<string, SchemaNode>;
}

export type ResponseKind = 'paged' | 'record' | 'array';

export interface Operation {
	method: string;
	/** The path as the document writes it, e.g. `/api/2026-07-01/resources/teams/teams/{id}`. */
	path: string;
	/** `/module/resource` under the resources prefix: where its records are stored. */
	collection: string;
	/** The last path segment of a `POST /m/r/<action>` endpoint. */
	action?: string;
	hasId: boolean;
	query: QueryParam[];
	body?: BodySpec;
	status: number;
	response: ResponseKind;
	/** Component schema name of the record(s) answered. */
	schema?: string;
	security: string[];
}

export interface WebhookEvent {
	/** `subscription_type`, e.g. `timeoff/leave/approve`. */
	type: string;
	schema: string;
}

export interface FactorialSpec {
	sha256: string;
	operations: Operation[];
	schemas: Record<string, SchemaNode>;
	events: WebhookEvent[];
	/** Scopes per security scheme (`oauth2`: read, write). */
	scopes: Record<string, string[]>;
}

function repositoryRoot(): string {
	let dir = __dirname;
	for (;;) {
		const manifest = path.join(dir, 'package.json');
		if (fs.existsSync(manifest) && /"name":\s*"n8n-nodes-hris"/.test(fs.readFileSync(manifest, 'utf8'))) return dir;
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error('Factorial contract server: repository root not found');
		dir = parent;
	}
}

/** The vendored OpenAPI document; FACTORIAL_OPENAPI points elsewhere (another version). */
export function specPath(): string {
	const root = repositoryRoot();
	const candidates = [
		process.env.FACTORIAL_OPENAPI,
		path.join(root, 'specs', 'factorial', SPEC_FILE),
	].filter((candidate): candidate is string => !!candidate);
	const found = candidates.find((candidate) => fs.existsSync(candidate));
	if (!found) throw new Error(`Factorial contract server: ${SPEC_FILE} not found (looked in ${candidates.join(', ')})`);
	return found;
}

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw => (value && typeof value === 'object' ? (value as Raw) : {});

function refName(schema: unknown): string | undefined {
	const ref = asRecord(schema).$ref;
	return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;
}

function operationsOf(doc: Raw): Operation[] {
	const operations: Operation[] = [];
	for (const [rawPath, item] of Object.entries(asRecord(doc.paths))) {
		if (!rawPath.startsWith(API_PREFIX)) throw new Error(`Factorial spec: path outside ${API_PREFIX}: ${rawPath}`);
		const segments = rawPath.slice(API_PREFIX.length).split('/').filter(Boolean);
		const collection = `/${segments[0]}/${segments[1]}`;
		const tail = segments.slice(2);
		for (const [method, rawOp] of Object.entries(asRecord(item))) {
			const op = asRecord(rawOp);
			const query: QueryParam[] = [];
			for (const rawParam of (op.parameters as Raw[] | undefined) ?? []) {
				if (rawParam.in !== 'query') continue;
				query.push({
					name: String(rawParam.name),
					required: rawParam.required === true,
					// Some parameters carry their example beside the schema rather than in it.
					schema: { example: rawParam.example, ...asRecord(rawParam.schema) } as SchemaNode,
					style: typeof rawParam.style === 'string' ? rawParam.style : undefined,
				});
			}
			let body: BodySpec | undefined;
			const content = asRecord(asRecord(op.requestBody).content);
			for (const contentType of ['application/json', 'multipart/form-data'] as const) {
				const schema = asRecord(asRecord(content[contentType]).schema) as SchemaNode;
				if (content[contentType]) body = { contentType, required: schema.required ?? [], properties: schema.properties ?? {} };
			}
			const [[code, rawResponse]] = Object.entries(asRecord(op.responses));
			const schema = asRecord(asRecord(asRecord(asRecord(rawResponse).content)['application/json']).schema);
			let response: ResponseKind = 'record';
			let schemaName = refName(schema);
			if (schema.type === 'array') {
				response = 'array';
				schemaName = refName(schema.items);
			} else if (asRecord(schema.properties).meta) {
				response = 'paged';
				schemaName = refName(asRecord(asRecord(schema.properties).data).items);
			}
			operations.push({
				method: method.toUpperCase(),
				path: rawPath,
				collection,
				action: tail.length === 1 && tail[0] !== '{id}' ? tail[0] : undefined,
				hasId: tail[0] === '{id}',
				query,
				body,
				status: Number(code),
				response,
				schema: schemaName,
				security: ((op.security as Raw[] | undefined) ?? (doc.security as Raw[] | undefined) ?? []).flatMap((entry) =>
					Object.keys(entry),
				),
			});
		}
	}
	return operations;
}

function eventsOf(doc: Raw): WebhookEvent[] {
	return Object.values(asRecord(doc.webhooks)).map((entry) => {
		const post = asRecord(asRecord(entry).post);
		// Each webhook's description reads "Subscription_type: `<module>/<resource>/<verb>`".
		const type = /`([^`]+)`/.exec(String(post.description))?.[1];
		const schema = refName(asRecord(asRecord(asRecord(asRecord(post.requestBody).content)['application/json']).schema));
		if (!type || !schema) throw new Error(`Factorial spec: webhook without type or schema: ${String(post.summary)}`);
		return { type, schema };
	});
}

let loaded: FactorialSpec | undefined;

/**
 * Parses the document once per process. Parsing 1.2 MB of YAML takes about two seconds, so
 * the extracted table is cached as JSON under `.tmp/`, keyed by the document's sha256.
 */
export function factorialSpec(): FactorialSpec {
	if (loaded) return loaded;
	const file = specPath();
	const text = fs.readFileSync(file, 'utf8');
	const sha256 = createHash('sha256').update(text).digest('hex');
	const cacheFile = path.join(repositoryRoot(), '.tmp', `factorial-contract-${sha256.slice(0, 16)}.json`);
	if (fs.existsSync(cacheFile)) {
		try {
			loaded = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as FactorialSpec;
			return loaded;
		} catch {
			// A half-written cache from a concurrent run: parse the document instead.
		}
	}
	const doc = asRecord(parseYaml(text, { maxAliasCount: -1 }));
	const components = asRecord(doc.components);
	const oauth = asRecord(asRecord(asRecord(components.securitySchemes).oauth2).flows);
	const scopes = Object.keys(asRecord(asRecord(oauth.authorizationCode).scopes));
	loaded = {
		sha256,
		operations: operationsOf(doc),
		schemas: asRecord(components.schemas) as Record<string, SchemaNode>,
		events: eventsOf(doc),
		scopes: { oauth2: scopes },
	};
	try {
		fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
		const temp = `${cacheFile}.${process.pid}`;
		fs.writeFileSync(temp, JSON.stringify(loaded));
		fs.renameSync(temp, cacheFile);
	} catch {
		// The cache is only a speed-up.
	}
	return loaded;
}
