import { byId, humaansSuite } from './setup';

describe('Humaans › Identity Document', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const [person, verifier] = server.seed('/api/people', [
			{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' },
			{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' },
		]);
		const personId = String(person.id);
		const [scan, rescan] = server.seed('/api/files', [
			{ type: 'identityDocument', filename: 'passport-scan.pdf', url: `${server.baseUrl}/file/p1` },
			{ type: 'identityDocument', filename: 'passport-rescan.pdf', url: `${server.baseUrl}/file/p2` },
		]);
		const fileId = String(scan.id);
		server.seed('/api/identity-documents', [{ personId: 'someoneElse', type: 'Visa', fileId }]);

		const created = await run({
			resource: 'identityDocument',
			operation: 'create',
			personId: byId(personId),
			type: 'Passport',
			fileId,
			additionalFields: {
				number: '12345678',
				countryCode: 'GB',
				expiryDate: '={{ DateTime.fromObject({ year: 2050, month: 6, day: 24, hour: 22 }) }}',
				verifiedBy: byId(String(verifier.id)),
			},
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/identity-documents' });
		expect(createCall.headers.authorization).toBe(`Bearer ${server.token}`);
		expect(createCall.body).toEqual({
			personId,
			type: 'Passport',
			fileId,
			number: '12345678',
			countryCode: 'GB',
			expiryDate: '2050-06-24',
			verifiedBy: verifier.id,
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({
			id,
			note: null,
			isVerified: true,
			file: { id: fileId, filename: 'passport-scan.pdf', url: `${server.baseUrl}/file/p1` },
		});

		const got = await run({ resource: 'identityDocument', operation: 'get', identityDocumentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/identity-documents/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(got.json).toEqual([
			{
				id,
				personId,
				type: 'Passport',
				number: '12345678',
				countryCode: 'GB',
				expiryDate: '2050-06-24',
				fileId,
				isVerified: true,
				updatedAt: created.json[0].updatedAt,
			},
		]);

		const updated = await run({
			resource: 'identityDocument',
			operation: 'update',
			identityDocumentId: byId(id),
			// Nullable fields left empty are sent as null (cleared).
			updateFields: { expiryDate: '', verifiedBy: byId(''), note: 'Renewed', fileId: String(rescan.id), type: 'Passport (UK)' },
		});
		expect(updated.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/identity-documents/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(server.last().body).toEqual({
			expiryDate: null,
			verifiedBy: null,
			note: 'Renewed',
			fileId: rescan.id,
			type: 'Passport (UK)',
		});
		expect(updated.json[0]).toMatchObject({
			id,
			expiryDate: null,
			isVerified: false,
			note: 'Renewed',
			file: { id: rescan.id, filename: 'passport-rescan.pdf' },
		});

		const listed = await run({
			resource: 'identityDocument',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			filters: { personId: byId(personId) },
		});
		expect(listed.error).toBeUndefined();
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/identity-documents' });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		// humaans.txt 3477: a plain `personId`, no $in.
		expect(server.last().query).toEqual({ personId, $limit: '250', $skip: '0' });
		expect(listed.json).toEqual([expect.objectContaining({ id, note: 'Renewed', verifiedAt: null })]);

		const deleted = await run({ resource: 'identityDocument', operation: 'delete', identityDocumentId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/identity-documents/${id}` });
		expect(server.last().headers.authorization).toBe(`Bearer ${server.token}`);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
	});

	it('requires person, type and file on create before any request', async () => {
		const result = await ctx.run(
			{ resource: 'identityDocument', operation: 'create', personId: byId('p1'), type: 'Passport', fileId: '={{ $json.file }}' },
			[{ json: { file: '' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "File ID" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('reports the server refusing an unknown file', async () => {
		const result = await ctx.run({
			resource: 'identityDocument',
			operation: 'create',
			personId: byId('p1'),
			type: 'Visa',
			fileId: 'noSuchFile',
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(ctx.server.last().body).toEqual({ personId: 'p1', type: 'Visa', fileId: 'noSuchFile' });
	});
});
