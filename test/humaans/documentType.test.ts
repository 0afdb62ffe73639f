import type { INodeProperties } from 'n8n-workflow';
import { Humaans } from '../../nodes/Humaans/Humaans.node';
import { byId, humaansSuite } from './setup';

describe('Humaans › Document Type', () => {
	const ctx = humaansSuite();

	it('offers only the documented list, create and update', () => {
		const operation = new Humaans().description.properties.find(
			(p: INodeProperties) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('documentType'),
		);
		expect(operation?.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual(['create', 'getAll', 'update']);
	});

	it('creates, lists and renames', async () => {
		const { server, run } = ctx;
		const created = await run({ resource: 'documentType', operation: 'create', name: 'Employment agreement' });
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/document-types' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({ name: 'Employment agreement' });
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, name: 'Employment agreement', companyId: 'T7uqPFK7am4lFTZm39AmNuay' });

		const listed = await run({ resource: 'documentType', operation: 'getAll', returnAll: false, limit: 5 });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/document-types' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().query).toEqual({ $limit: '5', $skip: '0' });
		expect(listed.json).toEqual([expect.objectContaining({ id, name: 'Employment agreement' })]);

		// humaans.txt 2001–2002: name is required on update, so it is a top-level parameter.
		const updated = await run({ resource: 'documentType', operation: 'update', documentTypeId: byId(id), name: 'Contract' });
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/document-types/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({ name: 'Contract' });
		expect(updated.json[0]).toMatchObject({ id, name: 'Contract' });
	});

	it('refuses an update without a name before any request', async () => {
		const result = await ctx.run(
			{ resource: 'documentType', operation: 'update', documentTypeId: byId('abc'), name: '={{ $json.name }}' },
			[{ json: { name: '' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Name" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
