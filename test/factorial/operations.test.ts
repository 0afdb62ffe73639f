import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type { FieldSpec } from '../../nodes/shared/fields';
import { parameterName } from '../../nodes/shared/fields';
import { collectionFor } from '../../nodes/shared/operations';
import { parseMultipartBody, queryPairs } from '../servers/factorial/validate';
import { operationCases, rawSchema, sample } from './samples';
import { byId, factorialSuite } from './setup';

/**
 * Every operation of every Factorial node, run in n8n's engine against the contract server
 * (which is built from the OpenAPI document, not from the generated specs): required
 * fields plus one optional field and one filter, asserting method, path, query, body, the
 * API-key header and the output items against the server's reply.
 */

const ctx = factorialSuite();
const FILE = Buffer.from('%PDF-1.4 factorial test file');

const cases = operationCases();

it('covers all 550 operations of the document', () => {
	expect(cases).toHaveLength(550);
	expect(new Set(cases.map((c) => `${c.op.method} ${c.op.path}`)).size).toBe(550);
});

describe.each(cases)('$title', ({ node, resource, operation, op, generated }) => {
	it('sends the documented request and outputs the reply', async () => {
		const serverOp = ctx.server.spec.operations.find((candidate) => candidate.method === op.method && candidate.path === op.path);
		expect(serverOp).toBeDefined();
		// Record 1 exists whatever earlier cases deleted (download URLs are made for documents).
		ctx.server.seed(serverOp!.collection, [{ id: '1' }]);
		if (serverOp!.collection === '/documents/download_urls') ctx.server.seed('/documents/documents', [{ id: '1' }]);
		const parameters: INodeParameters = { authentication: 'apiKey', resource, operation };
		const expectedBody: IDataObject = {};
		const expectedQuery: Array<[string, string]> = [];
		const expect1 = (field: FieldSpec, value: unknown, target: 'body' | 'qs') => {
			if (target === 'body') expectedBody[field.name] = value as IDataObject[string];
			else for (const entry of Array.isArray(value) ? value : [value]) expectedQuery.push([field.name, String(entry)]);
		};
		const target = op.method === 'GET' || op.method === 'DELETE' ? 'qs' : 'body';

		for (const param of op.pathParams ?? []) parameters[parameterName(param)] = param.type === 'ref' ? byId('1') : '1';
		for (const field of op.fields ?? []) {
			const { param, api } = sample(field, rawSchema(serverOp, field.name));
			parameters[parameterName(field)] = param as INodeParameters[string];
			expect1(field, api, target);
		}
		const extra = (op.optional ?? []).find((field) => field.name !== 'company_id');
		if (extra) {
			const { param, api } = sample(extra, rawSchema(serverOp, extra.name));
			parameters[collectionFor(op).name] = { [parameterName(extra)]: param } as INodeParameters[string];
			expect1(extra, api, target);
		}
		const filter = op.filters?.find((candidate) => candidate.name !== 'company_id');
		if (filter) {
			const { param, api } = sample(filter, rawSchema(serverOp, filter.name));
			parameters.filters = { [parameterName(filter)]: param } as INodeParameters[string];
			expect1(filter, api, 'qs');
		}
		if (op.list) {
			parameters.returnAll = false;
			parameters.limit = 2;
			expectedQuery.push(['limit', '2']);
		}
		if (op.simplify) parameters.simplify = false;
		if (generated.bodyId) expectedBody.id = '1';
		if (generated.companyDefault === 'body') expectedBody.company_id = ctx.server.companyId;
		if (generated.companyDefault === 'qs') expectedQuery.push(['company_id', ctx.server.companyId]);
		let input;
		if (generated.upload) {
			parameters.binaryPropertyName = 'data';
			input = [{ json: {}, binary: { data: { data: FILE.toString('base64'), mimeType: 'application/pdf', fileName: 'contract.pdf' } } }];
		}

		const result = await ctx.run(node, parameters, input);
		const path = op.path.replace('{id}', '1');
		const exchange = [...ctx.replies].reverse().find(({ request }) => request.method === op.method && request.path === path);
		expect({ error: result.error?.message, reply: exchange?.reply.status }).toEqual({ error: undefined, reply: expect.any(Number) });
		const { request, reply } = exchange!;
		expect(reply.status).toBeLessThan(300);

		// Auth: the API key as documented, nothing else.
		expect(request.headers['x-api-key']).toBe(ctx.server.apiKey);
		expect(request.headers.authorization).toBeUndefined();

		// Query.
		const sortPairs = (pairs: Array<[string, string]>) => [...pairs].sort((a, b) => `${a[0]}=${a[1]}`.localeCompare(`${b[0]}=${b[1]}`));
		expect(sortPairs(queryPairs(request.rawQuery))).toEqual(sortPairs(target === 'qs' ? expectedQuery : expectedQuery));

		// Body.
		if (generated.multipart) {
			const form = parseMultipartBody(request);
			const fields: Record<string, string[]> = {};
			for (const [name, value] of Object.entries(expectedBody)) {
				const key = Array.isArray(value) && !name.endsWith('[]') ? `${name}[]` : name;
				fields[key] = Array.isArray(value) ? value.map(String) : [typeof value === 'object' ? JSON.stringify(value) : String(value)];
			}
			expect(form?.fields).toEqual(fields);
			expect(form?.files[generated.upload!.field]?.[0]?.data.equals(FILE)).toBe(true);
		} else if (target === 'body') {
			expect(request.body).toEqual(expectedBody);
		} else {
			expect(request.rawBody.length).toBe(0);
		}

		// Output: the reply's record(s), each paired with the input item.
		const answer = reply.body as IDataObject | IDataObject[];
		const expected = op.list ? ((answer as IDataObject).data as IDataObject[]).slice(0, 2) : Array.isArray(answer) ? answer : [answer];
		expect(result.json).toEqual(expected);
		for (const item of result.items) expect(item.pairedItem).toEqual({ item: 0 });
	});
});
