import { humaansSuite } from './setup';

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
