import { readBinary } from '../harness/engine';
import { byId, humaansSuite } from './setup';

describe('Humaans › File and Data Export', () => {
	const ctx = humaansSuite();
	let personId: string;
	beforeAll(async () => {
		personId = String(ctx.server.seed('/api/people', [{ firstName: 'Kelsey', lastName: 'Wicks', status: 'active' }])[0].id);
	});

	const pdf = Buffer.from('%PDF-1.4 employment agreement');
	const withFile = () => [
		{
			json: {},
			binary: { contract: { data: pdf.toString('base64'), mimeType: 'application/pdf', fileName: 'agreement.pdf' } },
		},
	];

	it('uploads the input binary as multipart and downloads it back', async () => {
		const uploaded = await ctx.run(
			{
				resource: 'file',
				operation: 'create',
				type: 'document',
				binaryPropertyName: 'contract',
				additionalFields: { personId: byId(personId) },
			},
			withFile(),
		);
		expect(uploaded.error).toBeUndefined();
		const upload = ctx.server.last();
		expect(upload).toMatchObject({ method: 'POST', path: '/api/files' });
		expect(upload.headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		expect(String(upload.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const stored = ctx.server.fileBytes.get(`file:${String(uploaded.json[0].id)}`);
		expect(stored?.data.equals(pdf)).toBe(true);
		expect(uploaded.json[0]).toMatchObject({ personId, type: 'document', filename: 'agreement.pdf' });

		const fileId = String(uploaded.json[0].id);
		const meta = await ctx.run({ resource: 'file', operation: 'get', fileId });
		expect(ctx.server.last()).toMatchObject({ method: 'GET', path: `/api/files/${fileId}` });
		expect(meta.json[0]).toMatchObject({ id: fileId, filename: 'agreement.pdf' });

		ctx.server.reset();
		const downloaded = await ctx.run({ resource: 'file', operation: 'download', fileId, binaryPropertyName: 'doc' });
		expect(ctx.server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /api/files/${fileId}`,
			`GET /file/${fileId}`,
		]);
		expect(ctx.server.last().headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		const binary = downloaded.items[0].binary?.doc;
		expect(binary?.fileName).toBe('agreement.pdf');
		expect(binary?.mimeType).toBe('application/pdf');
		expect((await readBinary(binary)).equals(pdf)).toBe(true);
		expect(downloaded.items[0].json).toMatchObject({ id: fileId });
	});

	it('refuses an upload without the binary field before any request', async () => {
		const result = await ctx.run(
			{ resource: 'file', operation: 'create', type: 'document', binaryPropertyName: 'missing' },
			withFile(),
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Input Binary Field" in item 0: the item has no binary field "missing"');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('creates a data export, downloads it, gets and deletes it', async () => {
		const created = await ctx.run({
			resource: 'dataExport',
			operation: 'create',
			type: 'people',
			additionalFields: { fields: ['firstName', 'email'], startDate: '2024-01-01T00:00:00.000Z', includeOffboarded: true },
		});
		expect(ctx.server.last().body).toEqual({
			type: 'people',
			fields: ['firstName', 'email'],
			startDate: '2024-01-01',
			includeOffboarded: true,
		});
		const exportId = String(created.json[0].id);
		expect(created.json[0].url).toMatch(/^\/data-exports\//);

		const downloaded = await ctx.run({ resource: 'dataExport', operation: 'download', dataExportId: exportId, binaryPropertyName: 'data' });
		expect(ctx.server.last().path).toBe(created.json[0].url);
		expect(ctx.server.last().headers.authorization).toBe(`Bearer ${ctx.server.token}`);
		const binary = downloaded.items[0].binary?.data;
		expect(binary?.mimeType).toBe('text/csv');
		expect((await readBinary(binary)).toString()).toBe('firstName,email\nfirstName-1,email-1\n');

		const got = await ctx.run({ resource: 'dataExport', operation: 'get', dataExportId: exportId });
		expect(ctx.server.last()).toMatchObject({ method: 'GET', path: `/api/data-exports/${exportId}` });
		expect(got.json[0]).toMatchObject({ id: exportId, url: created.json[0].url });

		const deleted = await ctx.run({ resource: 'dataExport', operation: 'delete', dataExportId: exportId });
		expect(ctx.server.last()).toMatchObject({ method: 'DELETE', path: `/api/data-exports/${exportId}` });
		expect(deleted.json).toEqual([{ id: exportId, deleted: true }]);
	});

	it('returns the export itself as binary when Download File is on', async () => {
		const result = await ctx.run({
			resource: 'dataExport',
			operation: 'create',
			type: 'timeAway',
			download: true,
			binaryPropertyName: 'export',
			additionalFields: { json: true, fields: ['startDate'] },
		});
		expect(ctx.server.last().body).toEqual({ type: 'timeAway', json: true, fields: ['startDate'], download: true });
		const binary = result.items[0].binary?.export;
		expect(binary?.fileName).toBe('humaans-timeAway-export.json');
		expect(JSON.parse((await readBinary(binary)).toString())).toEqual([{ startDate: 'startDate-1' }]);
	});
});
