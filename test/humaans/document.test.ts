import { byId, humaansSuite } from './setup';

describe('Humaans › Document', () => {
	const ctx = humaansSuite();
	beforeEach(() => {
		ctx.server.table('/api/documents').clear();
	});

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person] = server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }]);
		const personId = String(person.id);
		const [contractType, policyType] = server.seed('/api/document-types', [{ name: 'Contract' }, { name: 'Policy' }]);
		const [scan] = server.seed('/api/files', [{ type: 'document', filename: 'agreement.pdf', url: `${server.baseUrl}/file/f1` }]);
		const fileId = String(scan.id);

		const created = await run({
			resource: 'document',
			operation: 'create',
			name: 'Employment agreement 2020 (Initial)',
			additionalFields: {
				personId: byId(personId),
				documentTypeId: byId(String(contractType.id)),
				fileId,
				// A luxon DateTime late in the evening stays on the calendar day the user sees.
				issueDate: '={{ DateTime.fromObject({ year: 2020, month: 1, day: 28, hour: 23, minute: 30 }) }}',
				type: 'Employment agreement',
			},
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall.method).toBe('POST');
		expect(createCall.path).toBe('/api/documents');
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			name: 'Employment agreement 2020 (Initial)',
			personId,
			documentTypeId: contractType.id,
			fileId,
			issueDate: '2020-01-28',
			type: 'Employment agreement',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({
			id,
			personId,
			link: null,
			file: { id: fileId, filename: 'agreement.pdf', url: `${server.baseUrl}/file/f1` },
			createdBy: server.me.id,
		});

		// Get is simplified by default.
		const got = await run({ resource: 'document', operation: 'get', documentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/documents/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([
			{
				id,
				personId,
				name: 'Employment agreement 2020 (Initial)',
				documentTypeId: contractType.id,
				link: null,
				fileId,
				file: { id: fileId, filename: 'agreement.pdf', url: `${server.baseUrl}/file/f1` },
				issueDate: '2020-01-28',
				updatedAt: created.json[0].updatedAt,
			},
		]);
		const raw = await run({ resource: 'document', operation: 'get', documentId: byId(id), simplify: false });
		expect(raw.json[0]).toMatchObject({ companyId: 'T7uqPFK7am4lFTZm39AmNuay', source: null, sourceId: null, type: 'Employment agreement' });

		const updated = await run({
			resource: 'document',
			operation: 'update',
			documentId: byId(id),
			updateFields: {
				name: 'Employment agreement 2020',
				documentTypeId: byId(String(policyType.id)),
				issueDate: '2020-02-01T09:00:00.000Z',
				type: 'Agreement',
			},
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/documents/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({
			name: 'Employment agreement 2020',
			documentTypeId: policyType.id,
			issueDate: '2020-02-01',
			type: 'Agreement',
		});
		expect(updated.json[0]).toMatchObject({ id, name: 'Employment agreement 2020', documentTypeId: policyType.id, issueDate: '2020-02-01' });

		server.seed('/api/documents', [{ personId: 'someoneElse', name: 'Other', link: 'https://intranet/other' }]);
		const listed = await run({ resource: 'document', operation: 'getAll', returnAll: true, filters: { personId: byId(personId) } });
		expect(listed.error).toBeUndefined();
		const listCall = server.last();
		expect(listCall).toMatchObject({ method: 'GET', path: '/api/documents' });
		expect(listCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(listCall.query).toEqual({ personId, $limit: '250', $skip: '0' });
		expect(listed.json.map((row) => row.id)).toEqual([id]);
		expect(Object.keys(listed.json[0]).sort()).toEqual(
			['id', 'personId', 'name', 'documentTypeId', 'link', 'fileId', 'file', 'issueDate', 'updatedAt'].sort(),
		);

		const deleted = await run({ resource: 'document', operation: 'delete', documentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/documents/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
		expect(server.table('/api/documents').has(id)).toBe(false);
	});

	it('creates a company-wide document from a link and lists company-wide documents with an empty personId', async () => {
		const { server, run } = ctx;
		server.seed('/api/documents', [{ personId: 'IL3vneCYhIx0xrR6um2sy2nW', name: 'Personal', link: 'https://intranet/p' }]);

		const created = await run({
			resource: 'document',
			operation: 'create',
			name: 'Handbook',
			// An empty person (nullable) is sent as null: the document belongs to the company.
			additionalFields: { link: 'https://intranet/handbook', personId: byId('') },
		});
		expect(created.error).toBeUndefined();
		expect(server.last().body).toEqual({ name: 'Handbook', link: 'https://intranet/handbook', personId: null });
		const handbookId = created.json[0].id;

		const listed = await run({ resource: 'document', operation: 'getAll', returnAll: true, filters: { companyWideOnly: true } });
		expect(listed.error).toBeUndefined();
		// humaans.txt 2137: "Pass the parameter with no value to retrieve company wide documents."
		expect(server.last().query).toEqual({ personId: '', $limit: '250', $skip: '0' });
		expect(server.last().rawQuery).toMatch(/(^|&)personId=(&|$)/);
		expect(listed.json.map((row) => row.id)).toEqual([handbookId]);

		// Turned off, the filter sends nothing.
		const all = await run({ resource: 'document', operation: 'getAll', returnAll: true, filters: { companyWideOnly: false } });
		expect(server.last().query).toEqual({ $limit: '250', $skip: '0' });
		expect(all.json).toHaveLength(2);
	});

	it('refuses contradictory or incomplete input before any request', async () => {
		const { server, run } = ctx;
		const both = await run({
			resource: 'document',
			operation: 'getAll',
			returnAll: true,
			filters: { companyWideOnly: true, personId: byId('IL3vneCYhIx0xrR6um2sy2nW') },
		});
		expect(both.error?.name).toBe('NodeOperationError');
		expect(both.error?.message).toBe('Invalid "Company-Wide Only" in item 0: cannot be combined with "Person"');

		// humaans.txt 2064–2068: a document needs a link or a file.
		const neither = await run({ resource: 'document', operation: 'create', name: 'Empty', additionalFields: { issueDate: '2024-01-01' } });
		expect(neither.error?.name).toBe('NodeOperationError');
		expect(neither.error?.message).toBe('Invalid "Additional Fields" in item 0: a document needs a Link or a File ID');

		const badDate = await run({ resource: 'document', operation: 'create', name: 'X', additionalFields: { link: 'https://x', issueDate: 'soon' } });
		expect(badDate.error?.message).toBe('Invalid "Issue Date" in item 0: "soon" is not a valid date');
		expect(server.requests).toHaveLength(0);
	});

	it('reports the server refusing an unknown file', async () => {
		const result = await ctx.run({ resource: 'document', operation: 'create', name: 'Scan', additionalFields: { fileId: 'noSuchFile' } });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Validation failed [code ValidationError]');
		expect(ctx.server.last().body).toEqual({ name: 'Scan', fileId: 'noSuchFile' });
	});
});
