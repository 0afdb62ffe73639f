import { byId, humaansSuite } from './setup';

describe('Humaans › Location', () => {
	const ctx = humaansSuite();

	it('creates, gets, updates, lists and deletes', async () => {
		const { server, run } = ctx;
		const auth = `Bearer ${server.token}`;

		const created = await run({
			resource: 'location',
			operation: 'create',
			city: 'London',
			countryCode: 'GB',
			timeAwayPolicyId: byId('lQhHxduYbvq0TRIJq2IPN3hH'),
			additionalFields: {
				label: 'Acme HQ',
				address: 'Uncommon, 22 Curved Road',
				postcode: 'SE1 5AG',
				// A luxon DateTime from an expression, late in the evening in its own zone: the day stays.
				timeAwayPolicyEffectiveDate: '={{ DateTime.fromISO("2024-01-30T23:30:00+01:00", { setZone: true }) }}',
				workingPatternEffectiveDate: '2024-04-06T00:00:00',
			},
		});
		expect(created.error).toBeUndefined();
		const createCall = server.last();
		expect(createCall).toMatchObject({ method: 'POST', path: '/api/locations' });
		expect(createCall.headers.authorization).toBe(auth);
		expect(createCall.body).toEqual({
			city: 'London',
			countryCode: 'GB',
			timeAwayPolicyId: 'lQhHxduYbvq0TRIJq2IPN3hH',
			label: 'Acme HQ',
			address: 'Uncommon, 22 Curved Road',
			postcode: 'SE1 5AG',
			timeAwayPolicyEffectiveDate: '2024-01-30',
			workingPatternEffectiveDate: '2024-04-06',
		});
		const id = String(created.json[0].id);
		expect(created.json[0]).toMatchObject({ id, city: 'London', displayName: 'Acme HQ', timeAwayPolicyEffectiveDate: '2024-01-30' });

		const got = await run({ resource: 'location', operation: 'get', locationId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'GET', path: `/api/locations/${id}` });
		expect(server.last().headers.authorization).toBe(auth);
		// Simplified: only the chosen keys (companyId, state and the working pattern are left out).
		expect(got.json).toEqual([
			{
				id,
				label: 'Acme HQ',
				displayName: 'Acme HQ',
				address: 'Uncommon, 22 Curved Road',
				city: 'London',
				postcode: 'SE1 5AG',
				countryCode: 'GB',
				timeAwayPolicyId: 'lQhHxduYbvq0TRIJq2IPN3hH',
			},
		]);

		const updated = await run({
			resource: 'location',
			operation: 'update',
			locationId: byId(id),
			updateFields: { city: 'Quebec', countryCode: 'CA', label: '', workingPatternId: 'wp1' },
		});
		expect(server.last()).toMatchObject({ method: 'PATCH', path: `/api/locations/${id}` });
		expect(server.last().headers.authorization).toBe(auth);
		expect(server.last().body).toEqual({ city: 'Quebec', countryCode: 'CA', label: null, workingPatternId: 'wp1' });
		expect(updated.json[0]).toMatchObject({ id, city: 'Quebec', label: null, displayName: 'Quebec', workingPatternId: 'wp1' });

		const listed = await run({ resource: 'location', operation: 'getAll', returnAll: false, limit: 5, simplify: false });
		expect(server.last()).toMatchObject({ method: 'GET', path: '/api/locations' });
		expect(server.last().query).toEqual({ $limit: '5', $skip: '0' });
		expect(listed.json).toHaveLength(1);
		expect(listed.json[0]).toMatchObject({ id, companyId: 'T7uqPFK7am4lFTZm39AmNuay', isAddressInvalid: false });

		const deleted = await run({ resource: 'location', operation: 'delete', locationId: byId(id) });
		expect(server.last()).toMatchObject({ method: 'DELETE', path: `/api/locations/${id}` });
		expect(server.last().headers.authorization).toBe(auth);
		expect(deleted.json).toEqual([{ id, deleted: true }]);
		expect(server.table('/api/locations').has(id)).toBe(false);
	});

	it('requires city, country code and time away policy before any request', async () => {
		const result = await ctx.run(
			{
				resource: 'location',
				operation: 'create',
				city: 'London',
				countryCode: 'GB',
				timeAwayPolicyId: byId('={{ $json.policy }}'),
			},
			[{ json: { policy: '' } }],
		);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Invalid "Time Away Policy" in item 0: a value is required');
		expect(ctx.server.requests).toHaveLength(0);
	});

	it('refuses a date that is not a date before any request', async () => {
		const result = await ctx.run({
			resource: 'location',
			operation: 'update',
			locationId: byId('loc1'),
			updateFields: { workingPatternEffectiveDate: 'next tuesday' },
		});
		expect(result.error?.message).toBe('Invalid "Working Pattern Effective Date" in item 0: "next tuesday" is not a valid date');
		expect(ctx.server.requests).toHaveLength(0);
	});
});
