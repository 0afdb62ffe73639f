import { byId, humaansSuite } from './setup';

// More records than a spread (`push(...records)`, `Math.max(...ids)`) can pass as
// arguments: V8 overflows its stack somewhere above 120,000.
const PEOPLE = 160_000;
const PAGE = 250; // humaans.txt 127–131: $limit maximum 250

describe('Humaans › Return All at scale', () => {
	const ctx = humaansSuite();

	it(`returns all ${PEOPLE.toLocaleString('en')} people in n8n's engine, each paired with its item`, async () => {
		const { server, run } = ctx;
		const seeded = server.seed(
			'/api/people',
			Array.from({ length: PEOPLE }, (_, i) => ({ firstName: `First${i}`, lastName: `Last${i}`, status: 'active' })),
		);
		// Item 0 asks for one person and item 1 for all of them, so item 1's records are added
		// to output that already exists: the path where a spread would overflow.
		const result = await run(
			{ resource: 'person', operation: 'getAll', returnAll: '={{ $json.all }}', limit: 1, simplify: false },
			[{ json: { all: false } }, { json: { all: true } }],
		);

		expect(result.error).toBeUndefined();
		const calls = server.calls('GET', '/api/people');
		expect(calls).toHaveLength(1 + PEOPLE / PAGE);
		expect(calls[0].query).toEqual({ $limit: '1', $skip: '0' });
		calls.slice(1).forEach((call, page) => expect(call.query).toEqual({ $limit: String(PAGE), $skip: String(page * PAGE) }));
		expect(calls.every((call) => call.headers.authorization === `Bearer ${server.token}`)).toBe(true);

		const items = result.items;
		expect(items).toHaveLength(1 + PEOPLE);
		expect(items[0]).toEqual({ json: seeded[0], pairedItem: { item: 0 } });
		for (let i = 0; i < PEOPLE; i++) {
			const item = items[i + 1];
			if (item.json.id !== seeded[i].id || item.pairedItem === undefined || (item.pairedItem as { item: number }).item !== 1) {
				throw new Error(`output ${i + 1} is ${JSON.stringify(item)}, expected person ${String(seeded[i].id)} paired with item 1`);
			}
		}
		expect(items[PEOPLE].json).toEqual(seeded[PEOPLE - 1]);
	});
});

describe('Humaans › Get per item, overlapping', () => {
	const ctx = humaansSuite();
	const ITEMS = 40;
	const WIDTH = 16; // humaansSystem.concurrentGets

	/** Makes the server answer person GETs after `delay(id)` ms and tracks how many overlap. */
	function slowPersonGets(delay: (id: string) => number) {
		const server = ctx.server as unknown as { get: (contract: unknown, id: string) => unknown };
		const original = server.get.bind(server);
		const seen = { inFlight: 0, max: 0 };
		server.get = async (contract, id) => {
			seen.inFlight++;
			seen.max = Math.max(seen.max, seen.inFlight);
			await new Promise((resolve) => setTimeout(resolve, delay(id)));
			seen.inFlight--;
			return original(contract, id);
		};
		return { seen, restore: () => (server.get = original) };
	}

	it(`keeps item order, pairing and Continue On Fail with up to ${WIDTH} GETs in flight`, async () => {
		const people = ctx.server.seed(
			'/api/people',
			Array.from({ length: ITEMS }, (_, i) => ({ firstName: `P${i}`, lastName: 'X', status: 'active' })),
		);
		const ids = people.map((person, i) => (i % 7 === 3 ? `missing${i}` : String(person.id)));
		// Later items answer sooner, so completion order is the reverse of item order.
		const slow = slowPersonGets((id) => ITEMS - ids.indexOf(id));
		try {
			const result = await ctx.run(
				{ resource: 'person', operation: 'get', personId: byId('={{ $json.id }}'), simplify: false },
				ids.map((id) => ({ json: { id } })),
				{ continueOnFail: true },
			);
			expect(result.error).toBeUndefined();
			expect(slow.seen.max).toBe(WIDTH);
			expect(ctx.server.calls('GET', /^\/api\/people\//).map((call) => call.path).sort()).toEqual(
				ids.map((id) => `/api/people/${id}`).sort(),
			);
			expect(result.items).toHaveLength(ITEMS);
			result.items.forEach((item, i) => {
				expect(item.pairedItem).toEqual({ item: i });
				if (i % 7 === 3) expect(item.json.error).toBe(`No record found for id 'missing${i}' [code NotFound]`);
				else expect(item.json).toEqual(people[i]);
			});
		} finally {
			slow.restore();
		}
	});

	it('without Continue On Fail fails on the first failing item and sends no further wave', async () => {
		const people = ctx.server.seed(
			'/api/people',
			Array.from({ length: ITEMS }, (_, i) => ({ firstName: `Q${i}`, lastName: 'X', status: 'active' })),
		);
		const ids = people.map((person, i) => (i === 5 || i === 9 ? `missing${i}` : String(person.id)));
		const slow = slowPersonGets(() => 20);
		try {
			const result = await ctx.run(
				{ resource: 'person', operation: 'get', personId: byId('={{ $json.id }}') },
				ids.map((id) => ({ json: { id } })),
			);
			expect(result.error?.message).toBe("No record found for id 'missing5' [code NotFound]");
			expect(result.items).toHaveLength(0);
			// The first wave (items 0–15) fails at item 5; later items may already be in flight
			// but the third wave is never sent.
			expect(ctx.server.calls('GET', /^\/api\/people\//).length).toBeLessThanOrEqual(2 * WIDTH);
		} finally {
			slow.restore();
		}
	});
});
