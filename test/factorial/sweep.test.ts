import type { INodeParameters } from 'n8n-workflow';
import { parameterName } from '../../nodes/shared/fields';
import { collectionFor } from '../../nodes/shared/operations';
import { operationCases, rawSchema, sample } from './samples';
import { byId, factorialSuite } from './setup';

/**
 * Every field the nodes describe, sent at once: each operation with all of its required,
 * optional and filter fields filled must be accepted by the contract server (which refuses
 * unknown parameters, wrong types, enums and date formats as the document defines them).
 */
const ctx = factorialSuite();
const FILE = Buffer.from('sweep file');

describe.each(operationCases())('$title', ({ node, resource, operation, op, generated }) => {
	it('accepts every described field', async () => {
		const serverOp = ctx.server.spec.operations.find((candidate) => candidate.method === op.method && candidate.path === op.path);
		ctx.server.seed(serverOp!.collection, [{ id: '1' }]);
		if (serverOp!.collection === '/documents/download_urls') ctx.server.seed('/documents/documents', [{ id: '1' }]);
		const parameters: INodeParameters = { authentication: 'apiKey', resource, operation };
		for (const param of op.pathParams ?? []) parameters[parameterName(param)] = param.type === 'ref' ? byId('1') : '1';
		for (const field of op.fields ?? []) parameters[parameterName(field)] = sample(field, rawSchema(serverOp, field.name)).param as INodeParameters[string];
		if (op.optional?.length) {
			// company_id must be the caller's company.
			parameters[collectionFor(op).name] = Object.fromEntries(
				op.optional.map((field) => [
					parameterName(field),
					field.name === 'company_id' ? ctx.server.companyId : sample(field, rawSchema(serverOp, field.name)).param,
				]),
			) as INodeParameters[string];
		}
		if (op.filters?.length) {
			parameters.filters = Object.fromEntries(
				op.filters.map((field) => [
					parameterName(field),
					field.name === 'company_id' ? ctx.server.companyId : sample(field, rawSchema(serverOp, field.name)).param,
				]),
			) as INodeParameters[string];
		}
		if (op.list) parameters.returnAll = true;
		let input;
		if (generated.upload) {
			parameters.binaryPropertyName = 'data';
			input = [{ json: {}, binary: { data: { data: FILE.toString('base64'), mimeType: 'text/plain', fileName: 'sweep.txt' } } }];
		}
		const result = await ctx.run(node, parameters, input);
		expect(result.error?.message).toBeUndefined();
		const sent = ctx.server.requests.filter((request) => request.method === op.method && request.path === op.path.replace('{id}', '1'));
		expect(sent.length).toBeGreaterThan(0);
	});
});
