// Builds one plain-data ResourceSpec file per spec tag (= per /module/resource prefix) and
// the per-node resource lists. See scripts/factorial/config.mjs for the hand-written inputs.
import {
	ACTION_NAMES,
	ACTION_OVERRIDES,
	DATE_KIND,
	NODES,
	OPTIONAL_UPLOADS,
	REF_FIELDS,
	REF_RESOURCES,
	RELAXED_QUERY,
	SIMPLIFY_PREFERRED,
} from './config.mjs';
import { camel, moduleName, titleWords } from './naming.mjs';

const API_PREFIX = '/api/2026-07-01/resources/';
const METHODS = ['get', 'post', 'put', 'delete'];
/** Editor parameters every node already has, which no field may take as its name. */
const RESERVED = new Set(['resource', 'operation', 'authentication', 'returnAll', 'limit', 'simplify', 'filters', 'additionalFields', 'updateFields', 'options', 'binaryPropertyName', 'downloadFiles']);

const fail = (where, problem) => {
	throw new Error(`${where}: ${problem}`);
};

/** Lower case for running text, keeping acronyms (URL, IT, ATS). */
const lowerWords = (text) =>
	text
		.split(' ')
		.map((word) => (/^[A-Z0-9]{2,}s?$/.test(word) ? word : word.toLowerCase()))
		.join(' ');

const UPSERT = 'Create a new record, or update the current one if it already exists (upsert)';

/** "Project Worker" → "project workers". */
const pluralWords = (label) => lowerWords(label).replace(/y$/, 'ies').replace(/([^s])$/, '$1s');

const article = (noun) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** First sentence, at most `max` characters: descriptions cost description bytes. */
export function shorten(text, max = 100) {
	if (typeof text !== 'string') return undefined;
	let t = text.replace(/\s+/g, ' ').trim();
	if (!t) return undefined;
	const sentence = /^(.+?[.!?])(\s|$)/.exec(t);
	if (sentence && sentence[1].length >= 20) t = sentence[1];
	if (t.length > max) t = `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
	t = t.replace(/\.$/, '').replace(/\burl(s?)\b/gi, 'URL$1').replace(/\bids?\b/g, (id) => (id === 'ids' ? 'IDs' : 'ID'));
	// "the document requires" reads as a reference to the API document: say "needs".
	t = t.replace(/\bdocument (requires|says|lists)\b/gi, (all, verb) => `document ${{ requires: 'needs', says: 'states', lists: 'names' }[verb.toLowerCase()]}`);
	return t.charAt(0).toUpperCase() + t.slice(1);
}

const FILLER = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'by', 'this', 'that', 'is', 'be', 'in', 'on', 'with', 'and', 'or', 'filter', 'filters', 'retrieve', 'list', 'array', 'id', 'ids', 'identifier', 'identifiers', 'which', 'its', 'their', 'it', 'associated', 'related', 'given', 'specific', 'record', 'records', 'name', 'look', 'get', 'fetch', 'only', 'from', 'specify', 'specified', 'value', 'field', 'data', 'used', 'use', 'set', 'current', 'all', 'one', 'more', 'multiple', 'optional', 'return', 'returned', 'result', 'want', 'you', 'we', 'will', 'search', 'refer', 'reference', 'references', 'endpoint', 'api', 'resource', 'resources', 'employees', 'object', 'unique', 'number', 'string', 'format', 'valid', 'following', 'when', 'if']);
const words = (text) =>
	String(text)
		.toLowerCase()
		.replace(/[^a-z0-9 ]+/g, ' ')
		.split(/\s+/)
		.map((word) => word.replace(/(ies)$/, 'y').replace(/s$/, ''))
		.filter((word) => word && !FILLER.has(word));

/** A description that only repeats its label (and the resource's name) tells the user nothing. */
export function redundant(description, label, context = '') {
	if (!description) return true;
	const known = new Set([...words(label), ...words(context)]);
	return words(description).every((word) => known.has(word));
}

const VERB_START = /^(retrieve|retrieves|include|includes|return|returns|filter|filters|show|shows|get|gets|list|lists|fetch|exclude|excludes|only|enable|disable|allow|send|use|mark|apply|set|force|notify|skip|keep|remove|delete|create|search|sort|order|ignore|display|hide|require|requires|request|add|count|calculate|check|update|group|with|without)\b/i;

/** n8n phrases boolean descriptions as "Whether …". */
export function whether(text) {
	if (!text) return undefined;
	if (/^whether\b/i.test(text)) return text;
	const stripped = text.replace(/^(flag|boolean|field|option|param(eter)?)\s+(that\s+)?(to\s+)?(indicates?|indicating|determines?|specif(y|ies)|defines?|tells?|shows?|to)?\s*(if|whether)?\s*/i, '');
	if (stripped !== text && stripped) return `Whether ${stripped.charAt(0).toLowerCase()}${stripped.slice(1)}`;
	const conditional = text.replace(/^(indicates?|determines?|specifies)\s+(if|whether)\s+|^(if|when)\s+/i, '');
	if (conditional !== text && conditional) return `Whether ${conditional.charAt(0).toLowerCase()}${conditional.slice(1)}`;
	const lower = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
	if (VERB_START.test(text)) return `Whether to ${lower.replace(/^(\w+?)s\b/, (all, stem) => (/^(only|with|without|is)$/i.test(all) ? all : ['retrieves', 'includes', 'returns', 'filters', 'shows', 'gets', 'lists', 'excludes', 'requires'].includes(all) ? stem : all))}`;
	return `Whether ${lower}`;
}

const bare = (name) => name.replace(/\[\]$/, '');

function label(name, ref, multi) {
	// Deep-object filters (`managed_by_filter[manager_employee_id]`) read as plain words.
	const words = titleWords(bare(name).replace(/[.[\]]/g, '_'));
	if (ref && multi) return `${words.replace(/ IDs$/, '').replace(/ ID$/, '')} Names or IDs`;
	if (ref) return words.replace(/ ID$/, '');
	return words;
}

function dateKind(name, schema) {
	if (name in DATE_KIND) return DATE_KIND[name];
	if (schema.type !== 'string' || schema.enum) return undefined;
	const example = schema.example;
	if (typeof example === 'string') {
		if (/^\d{4}-\d{2}-\d{2}$/.test(example)) return 'date';
		if (/^\d{4}-\d{2}-\d{2}T/.test(example)) return 'dateTime';
		return undefined;
	}
	if (example !== undefined) return undefined;
	if (/(_on|_date)$/.test(name) || ['from', 'to', 'until', 'updated_after', 'updated_from'].includes(name)) return 'date';
	if (/_at$/.test(name)) return 'dateTime';
	return undefined;
}

function jsonDefault(schema, fallback) {
	if (schema.example === undefined) return fallback;
	return JSON.stringify(schema.example);
}

/**
 * One API parameter → FieldSpec. `where` is `query` or `body`; the result also carries
 * `kind` notes the caller uses (upload).
 */
function fieldFor(where, name, schema, site) {
	if (!schema || typeof schema !== 'object') fail(site, `${name} has no schema`);
	for (const key of ['oneOf', 'anyOf', 'allOf', 'nullable', '$ref']) if (key in schema) fail(site, `${name} uses ${key}, which the generator does not know`);
	const field = { name };
	const refKey = REF_FIELDS[bare(name)];
	const description = shorten(schema.description ?? site.description, 64);
	const type = schema.type;
	if (type === 'array') {
		const items = schema.items ?? {};
		if (items.format === 'binary') return { upload: true, name };
		if ((items.type === 'integer' || items.type === 'number') && !items.enum && !/_ids$/.test(bare(name))) {
			// A list of numbers (`week_days`): text lists would send strings.
			field.type = 'json';
			field.default = jsonDefault(schema, '[]');
		} else if (items.type === 'string' || items.type === 'integer' || items.type === 'number') {
			if (items.enum) {
				field.type = 'multiOptions';
				field.options = options(items.enum);
			} else if (refKey) {
				field.type = 'refList';
				field.ref = refKey;
			} else field.type = 'stringList';
		} else if (items.type === undefined || items.type === 'object') {
			field.type = 'json';
			field.default = jsonDefault(schema, '[]');
		} else fail(site, `${name} is an array of ${items.type}`);
	} else if (type === 'object') {
		field.type = 'json';
		field.default = jsonDefault(schema, '{}');
	} else if (type === 'unknown') {
		field.type = where === 'query' ? 'string' : 'json';
		if (where === 'body') field.default = jsonDefault(schema, '{}');
	} else if (type === 'boolean') {
		field.type = 'boolean';
	} else if (type === 'integer' || type === 'number') {
		// From 2026-07-01 every ID is a string, whatever a field's declared type.
		field.type = /_ids?$/.test(bare(name)) ? 'string' : 'number';
	} else if (type === 'string') {
		if (schema.format === 'binary') {
			// A JSON body cannot carry a file: PUT teams/teams/{id} `avatar` takes a URL (quirk F-09).
			if (site.multipart) return { upload: true, name };
		} else if (schema.format !== undefined) fail(site, `${name} has format ${schema.format}`);
		const kind = dateKind(bare(name), schema);
		if (schema.enum) {
			field.type = 'options';
			field.options = options(schema.enum);
		} else if (refKey) {
			field.type = 'ref';
			field.ref = refKey;
		} else if (kind) field.type = kind;
		else field.type = 'string';
	} else fail(site, `${name} has type ${String(type)}`);
	field.label = label(name, field.type === 'ref' || field.type === 'refList', field.type === 'refList');
	let text = description;
	if (/_cents$/.test(bare(name)) && !/cent/i.test(text ?? '')) text = `${text ? `${text.replace(/[.…]$/, '')}. ` : ''}In cents.`;
	// A date picker makes "Valid date following the format YYYY-MM-DD" moot.
	const dateWords = field.type === 'date' || field.type === 'dateTime' ? 'date yyyy mm dd iso 8601 time' : '';
	if (text && redundant(text, field.label, `${site.context ?? ''} ${dateWords}`)) text = undefined;
	if (field.type === 'boolean') text = whether(text);
	// n8n's picker wording follows an own sentence, so every picker list says what it picks.
	if (!text && field.type === 'refList') text = `${where === 'query' ? 'Only records of these' : 'The'} ${pluralWords(field.label.replace(/ Names or IDs$/, ''))}`;
	if (text) field.description = text;
	return field;
}

function options(values) {
	const strings = values.map((v) => {
		if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') fail('enum', `value ${JSON.stringify(v)}`);
		return v;
	});
	const seen = new Set();
	return strings
		.filter((v) => (seen.has(v) ? false : (seen.add(v), true)))
		.map((value) => ({ name: typeof value === 'string' ? titleWords(value) || value : String(value), value }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Editor parameter names must be unique within an operation and clear of the node's own. */
function assignParameters(fields, taken) {
	for (const field of fields) {
		let parameter = camel(bare(field.name).replace(/\./g, '_').replace(/[[\]]/g, '_'));
		if (RESERVED.has(parameter)) parameter = `${parameter}Value`;
		while (taken.has(parameter)) parameter = `${parameter}Value`;
		taken.add(parameter);
		if (parameter !== field.name) field.parameter = parameter;
	}
}

function schemaOf(spec, ref) {
	const name = ref.split('/').pop();
	const schema = spec.components?.schemas?.[name];
	if (!schema) fail(ref, 'unknown schema');
	return schema;
}

/** Response: paged list, one record, or a bare array, and the record schema. */
function responseOf(spec, op, site) {
	const entries = Object.entries(op.responses ?? {});
	if (entries.length !== 1) fail(site, 'more than one response');
	const [status, response] = entries[0];
	const content = response.content ?? {};
	if (Object.keys(content).some((type) => type !== 'application/json')) fail(site, 'a non-JSON response');
	const schema = content['application/json']?.schema;
	if (!schema) return { status, kind: 'empty' };
	if (schema.$ref) return { status, kind: 'record', record: schemaOf(spec, schema.$ref) };
	if (schema.type === 'array' && schema.items?.$ref) return { status, kind: 'array', record: schemaOf(spec, schema.items.$ref) };
	if (schema.type === 'object' && schema.properties?.data?.items?.$ref && schema.properties?.meta) {
		return { status, kind: 'paged', record: schemaOf(spec, schema.properties.data.items.$ref) };
	}
	return fail(site, 'an unknown response shape');
}

function simplifyKeys(record) {
	const properties = Object.keys(record?.properties ?? {});
	if (properties.length <= 10) return undefined;
	const keys = SIMPLIFY_PREFERRED.filter((key) => properties.includes(key));
	for (const key of record.required ?? []) if (keys.length < 10 && !keys.includes(key)) keys.push(key);
	for (const key of properties) if (keys.length < 10 && !keys.includes(key)) keys.push(key);
	return keys.slice(0, 10);
}

function refOfResource(module, resource) {
	const key = `${module}/${resource}`;
	return Object.keys(REF_RESOURCES).find((ref) => REF_RESOURCES[ref] === key);
}

function operationName(method, rest, overrideKey) {
	if (rest.length === 0 && method === 'get') return { value: 'getAll', name: 'Get Many', kind: 'getAll' };
	if (rest.length === 0 && method === 'post') return { value: 'create', name: 'Create', kind: 'create' };
	if (rest.length === 1 && rest[0] === '{id}') {
		if (method === 'get') return { value: 'get', name: 'Get', kind: 'get' };
		if (method === 'put') return { value: 'update', name: 'Update', kind: 'update' };
		if (method === 'delete') return { value: 'delete', name: 'Delete', kind: 'delete' };
	}
	if (rest.length === 1 && method === 'post' && /^[a-z_]+$/.test(rest[0])) {
		const segment = rest[0];
		const override = ACTION_OVERRIDES[overrideKey];
		return {
			value: override?.value ?? camel(segment),
			name: override?.name ?? ACTION_NAMES[segment] ?? titleWords(segment),
			kind: 'action',
		};
	}
	return undefined;
}

function actionText(name, noun, plural) {
	const lower = name.toLowerCase();
	let text;
	if (/ many$/.test(lower)) text = `${lower.replace(/ many$/, '')} many ${plural}`;
	else if (/ (all steps|reminders)$/.test(lower) || / of many$/.test(lower)) text = `${lower} of ${article(noun)}`;
	else if (lower === 'create (with contract)') text = `create ${article(noun)} with a contract`;
	else if (lower === 'get many') text = `get many ${plural}`;
	else text = `${lower} ${article(noun)}`;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every operation of the spec, grouped into resources by tag. */
export function collectResources(spec, lineOf) {
	const resources = new Map();
	const usedOverrides = new Set();
	for (const [fullPath, item] of Object.entries(spec.paths)) {
		if (!fullPath.startsWith(API_PREFIX)) fail(fullPath, 'is not under the API prefix');
		const [module, resource, ...rest] = fullPath.slice(API_PREFIX.length).split('/');
		for (const method of Object.keys(item)) {
			if (!METHODS.includes(method)) fail(fullPath, `method ${method}`);
			const op = item[method];
			const site = `${method.toUpperCase()} ${fullPath}`;
			const tags = op.tags ?? [];
			if (tags.length !== 1) fail(site, 'needs exactly one tag');
			const [group, tagResource, ...more] = tags[0].split(' > ');
			if (!tagResource || more.length) fail(site, `tag "${tags[0]}"`);
			const overrideKey = `${module}/${resource}/${rest.join('/')}`;
			if (ACTION_OVERRIDES[overrideKey]) usedOverrides.add(overrideKey);
			const naming = operationName(method, rest, overrideKey);
			if (!naming) fail(site, 'has a path shape the generator does not know');
			const value = camel(module) + tagResource;
			if (!resources.has(value)) {
				const tag = (spec.tags ?? []).find((t) => t.name === tags[0]);
				resources.set(value, {
					value,
					exportName: value,
					short: tagResource.charAt(0).toLowerCase() + tagResource.slice(1),
					module,
					resource,
					group,
					name: `${moduleName(module)}: ${titleWords(tagResource)}`,
					noun: lowerWords(titleWords(tagResource)),
					plural: lowerWords(titleWords(resource)),
					description: redundant(tag?.description, `${module} ${tagResource} ${titleWords(tagResource)}`) ? undefined : shorten(tag?.description, 120),
					ops: [],
				});
			}
			const entry = resources.get(value);
			if (entry.module !== module || entry.resource !== resource) fail(site, `tag ${tags[0]} spans two path prefixes`);
			entry.ops.push({ method, op, naming, fullPath, rest, line: lineOf(['paths', fullPath, method]), site });
		}
	}
	for (const key of Object.keys(ACTION_OVERRIDES)) if (!usedOverrides.has(key)) fail('ACTION_OVERRIDES', `${key} matches no path`);
	return resources;
}

/**
 * An operation description's opening paragraph as plain text: the project endpoints open
 * with a "What does it do?" heading, then headings for parameters and permissions.
 */
function openingText(text) {
	if (typeof text !== 'string') return undefined;
	const body = text.replace(/^[\s>]*#{1,6}\s*\*\*What does it do\?\*\*/i, '').replace(/\*\*DEPRECATED\*\*;?\s*this endpoint will be removed soon\.?/i, '');
	const opening = body.split(/\n[\s>]*#{1,6}\s|:?\s*\n\s*\n|:\s*\n\s*-/)[0];
	return opening.replace(/^\s*>\s?/gm, '').replace(/#{1,6}\s*|\*\*|`/g, '');
}

/** Words of the spec's templated summaries ("Reads a single Leave", "Bulk creates a Review"). */
const TEMPLATE_WORDS = 'read create update delete destroy single bulk';

/**
 * The line under each option of the operation dropdown: the first sentence of the spec's
 * description, unless it only says what the action says ("Reads all Leaves"); then the action.
 */
function operationDescription(op, naming, resource) {
	if (naming.name === 'Create or Update') return UPSERT;
	const action = actionText(naming.name, resource.noun, resource.plural);
	const text = shorten(openingText(op.description), 120) ?? shorten(op.summary, 120);
	if (!text || /\bAPI document\b/i.test(text) || redundant(text, action, `${resource.noun} ${resource.plural} ${TEMPLATE_WORDS}`)) return action;
	return text;
}

function buildOperation(spec, resource, entry) {
	const { method, op, naming, fullPath, rest, line, site } = entry;
	const response = responseOf(spec, op, site);
	const ref = refOfResource(resource.module, resource.resource);
	const idParameter = `${resource.value}Id`;
	const idField = () => {
		// A plain ID is the same editor parameter for every resource, so one property serves
		// all of them (the resource dropdown right above says whose ID it is).
		return ref
			? { name: 'id', parameter: idParameter, label: titleWords(resource.noun), type: 'ref', ref }
			: { name: 'id', label: 'ID', type: 'string' };
	};
	const result = {
		value: naming.value,
		name: naming.name,
		action: actionText(naming.name, resource.noun, resource.plural),
		// CRUD summaries ("Reads all Leaves") say no more than the action; action summaries do.
		// Only an action's summary can say more than its action text ("Approves a Leave" does not).
		description: operationDescription(op, naming, resource),
		method: method.toUpperCase(),
		path: fullPath,
	};
	const params = op.parameters ?? [];
	const pathParams = params.filter((p) => p.in === 'path');
	for (const p of params) if (!['path', 'query'].includes(p.in)) fail(site, `parameter in ${p.in}`);
	if (pathParams.length) {
		if (pathParams.length !== 1 || pathParams[0].name !== 'id' || rest[0] !== '{id}') fail(site, 'path parameters other than {id}');
		result.pathParams = [idField()];
	} else if (rest.includes('{id}')) fail(site, 'undeclared {id}');

	const fields = [];
	const optional = [];
	const filters = [];
	const notes = {};
	const relaxed = RELAXED_QUERY[`${resource.module}/${resource.resource}`];

	// Query parameters: only on lists.
	for (const p of params.filter((q) => q.in === 'query')) {
		if (naming.kind !== 'getAll') fail(site, 'query parameters on an operation that is not a list');
		const querySite = { description: p.description, context: resource.noun };
		if (p.style === 'deepObject') {
			if (p.schema?.type !== 'object' || !p.schema.properties) fail(site, `${p.name} deepObject without properties`);
			for (const [key, schema] of Object.entries(p.schema.properties)) {
				filters.push(fieldFor('query', `${p.name}[${key}]`, { ...schema, description: schema.description ?? p.description }, querySite));
			}
			continue;
		}
		if (p.style !== undefined && p.style !== 'form') fail(site, `${p.name} style ${p.style}`);
		const field = fieldFor('query', p.name, p.schema ?? {}, querySite);
		const isRelaxed = relaxed === '*' || (Array.isArray(relaxed) && relaxed.includes(p.name));
		if (p.required && field.type !== 'boolean' && !isRelaxed && p.name !== 'company_id') fields.push(field);
		else filters.push(field);
		if (p.name === 'company_id' && p.required) notes.companyDefault = 'qs';
	}

	// Body.
	const content = op.requestBody?.content;
	if (content) {
		const types = Object.keys(content);
		if (types.length !== 1 || !['application/json', 'multipart/form-data'].includes(types[0])) fail(site, `body ${types.join(', ')}`);
		const multipart = types[0] === 'multipart/form-data';
		const schema = content[types[0]].schema;
		if (schema?.type !== 'object') fail(site, 'body is not an object');
		const required = new Set(schema.required ?? []);
		for (const name of required) if (!(name in (schema.properties ?? {}))) fail(site, `required ${name} is not a property`);
		for (const [name, property] of Object.entries(schema.properties ?? {})) {
			if (name === 'id' && result.pathParams) {
				// Every PUT repeats the path id in the body (quirk F-03): one field, sent in both.
				notes.bodyId = true;
				continue;
			}
			const field = fieldFor('body', name, property, { description: property.description, multipart, context: resource.noun });
			if (field.upload) {
				const optionalUpload = OPTIONAL_UPLOADS.includes(`${resource.module}/${resource.resource}${rest.length ? `/${rest.join('/')}` : ''}`);
				notes.upload = { field: name, required: required.has(name) && !optionalUpload };
				continue;
			}
			if (name === 'id' && naming.kind === 'action') {
				Object.assign(field, idField());
			}
			if (name === 'company_id') {
				// Required in 24 bodies although a credential belongs to one company (quirk F-06).
				field.description = "Defaults to the company of the credential";
				notes.companyDefault = 'body';
				optional.push(field);
				continue;
			}
			if (required.has(name)) fields.push(field);
			else optional.push(field);
		}
		if (multipart) notes.multipart = true;
	} else if (['post', 'put'].includes(method)) fail(site, 'no request body');

	const taken = new Set(result.pathParams?.map((p) => p.parameter) ?? []);
	assignParameters(fields, taken);
	assignParameters(optional, new Set(taken));
	assignParameters(filters, new Set(taken));
	if (fields.length) result.fields = fields;
	if (optional.length) result.optional = optional;
	if (filters.length) result.filters = filters;
	if (naming.kind === 'getAll') {
		if (response.kind !== 'paged') fail(site, 'a list that is not paged');
		result.list = true;
	} else if (response.kind === 'paged') fail(site, 'a paged response outside a list');
	if (naming.kind === 'get' || naming.kind === 'getAll') {
		const keys = simplifyKeys(response.record);
		if (keys) result.simplify = keys;
	}
	if (method === 'put' && !fields.length && optional.length) result.requireUpdate = true;
	if (notes.bodyId) result.bodyId = true;
	if (notes.companyDefault) result.companyDefault = notes.companyDefault;
	if (notes.upload) result.upload = notes.upload;
	if (notes.multipart) result.multipart = true;
	return { line, spec: `${method.toUpperCase()} ${fullPath}`, result };
}

// ---- TypeScript output ----

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const str = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, ' ')}'`;

function literal(value, indent) {
	const pad = '\t'.repeat(indent);
	if (value === null) return 'null';
	if (typeof value === 'string') return str(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		if (value.every((v) => typeof v !== 'object' || v === null)) {
			const flat = `[${value.map((v) => literal(v, 0)).join(', ')}]`;
			if (flat.length < 100) return flat;
		}
		return `[\n${value.map((v) => `${pad}\t${literal(v, indent + 1)},`).join('\n')}\n${pad}]`;
	}
	const entries = Object.entries(value).filter(([, v]) => v !== undefined);
	const flat = `{ ${entries.map(([k, v]) => `${IDENT.test(k) ? k : str(k)}: ${literal(v, 0)}`).join(', ')} }`;
	if (flat.length < 110 && !flat.includes('\n')) return flat;
	return `{\n${entries.map(([k, v]) => `${pad}\t${IDENT.test(k) ? k : str(k)}: ${literal(v, indent + 1)},`).join('\n')}\n${pad}}`;
}

function resourceFile(resource, operations, header) {
	const ops = operations
		.map(({ line, spec, result }) => `\t\t// ${spec} (spec line ${line})\n\t\t${literal(result, 2)},`)
		.join('\n');
	return (
		`${header}\n` +
		"import type { FactorialResource } from '../types';\n\n" +
		`export const ${resource.exportName}: FactorialResource = {\n` +
		`\tvalue: ${str(resource.value)},\n` +
		`\tname: ${str(resource.name)},\n` +
		(resource.description ? `\tdescription: ${str(resource.description)},\n` : '') +
		`\toperations: [\n${ops}\n\t],\n};\n`
	);
}

export function buildResources(spec, lineOf, sha256, header) {
	const outputs = new Map();
	const resources = collectResources(spec, lineOf);
	// Resource values only need to be unique within a node: the short form (`leave`) unless
	// two modules of one node have a resource of that name (`attendanceShift`).
	for (const node of NODES) {
		const members = [...resources.values()].filter((resource) => node.modules.includes(resource.module));
		const counts = new Map();
		for (const resource of members) counts.set(resource.short, (counts.get(resource.short) ?? 0) + 1);
		for (const resource of members) resource.value = counts.get(resource.short) > 1 ? resource.exportName : resource.short;
	}
	const byModule = new Map();
	const seen = new Map();
	for (const resource of resources.values()) {
		const operations = resource.ops.map((entry) => buildOperation(spec, resource, entry));
		const values = new Set();
		for (const { result, spec: where } of operations) {
			if (values.has(result.value)) fail(where, `operation value ${result.value} repeats in ${resource.value}`);
			values.add(result.value);
		}
		if (seen.has(resource.name)) fail(resource.value, `display name ${resource.name} repeats`);
		seen.set(resource.name, resource.value);
		outputs.set(`nodes/Factorial/generated/${resource.exportName}.ts`, resourceFile(resource, operations, header));
		if (!byModule.has(resource.module)) byModule.set(resource.module, []);
		byModule.get(resource.module).push(resource);
	}
	const placed = new Set();
	const lists = NODES.map((node) => {
		const values = node.modules.flatMap((module) => {
			if (!byModule.has(module)) fail(node.key, `module ${module} has no operations`);
			placed.add(module);
			return byModule.get(module);
		});
		const fallback = values.find((resource) => resource.exportName === node.defaultResource);
		if (!fallback) fail(node.key, `default resource ${node.defaultResource} is not in the node`);
		return { node, values, defaultValue: fallback.value };
	});
	for (const module of byModule.keys()) if (!placed.has(module)) fail(module, 'belongs to no node');
	const imports = lists
		.flatMap(({ values }) => values.map((resource) => resource.exportName))
		.sort()
		.map((value) => `import { ${value} } from './${value}';`)
		.join('\n');
	const body = lists
		.map(
			({ node, values, defaultValue }) =>
				`\t${node.key}: {\n` +
				`\t\tdisplayName: ${str(node.displayName)},\n` +
				`\t\tdescription: ${str(node.description)},\n` +
				`\t\tdefaultResource: ${str(defaultValue)},\n` +
				`\t\taliases: ${literal(node.aliases, 2)},\n` +
				`\t\tresources: [${values.map((resource) => resource.exportName).join(', ')}],\n\t},`,
		)
		.join('\n');
	outputs.set(
		'nodes/Factorial/generated/nodes.ts',
		`${header}\n${imports}\nimport type { FactorialNodeGroup } from '../types';\n\n` +
			'/** The action nodes and the resources each one holds. */\n' +
			`export const FACTORIAL_NODES: Record<string, FactorialNodeGroup> = {\n${body}\n};\n`,
	);
	return outputs;
}
