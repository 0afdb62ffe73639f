import type { IDataObject } from 'n8n-workflow';
import { ChiefOnboardingTrigger } from '../../nodes/ChiefOnboarding/ChiefOnboardingTrigger.node';
import type { ChiefOnboardingContext } from './setup';
import { startChiefOnboarding } from './setup';

describe('ChiefOnboarding Trigger › New Employee (polling)', () => {
	let ctx: ChiefOnboardingContext;
	beforeAll(async () => {
		ctx = await startChiefOnboarding();
		ctx.server.addUser({ first_name: 'Early', last_name: 'Bird', email: 'early@example.com', role: 0 });
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.server.apiAccess = true;
	});

	const createNewHire = async (first: string) => {
		const result = await ctx.run({
			resource: 'user',
			operation: 'create',
			firstName: first,
			lastName: 'Hire',
			email: `${first.toLowerCase()}@example.com`,
			role: 0,
		});
		expect(result.error).toBeUndefined();
		return result.json[0].id as number;
	};

	it('takes the existing users as the baseline, then emits each new user exactly once', async () => {
		const workflow = ctx.triggerWorkflow();

		const first = await ctx.engine.poll(workflow);
		expect(first.data).toBeNull();
		const stored = () => (workflow.staticData as Record<string, IDataObject>)['node:Node'] ?? {};
		expect(stored()).toEqual({ seenIds: [[1, 2]] });
		const poll = ctx.server.last();
		expect(poll).toMatchObject({ method: 'GET', path: '/api/employees/', rawQuery: '' });
		expect(poll.headers.authorization).toBe(`Token ${ctx.server.token}`);

		const unchanged = await ctx.engine.poll(workflow);
		expect(unchanged.data).toBeNull();

		const a = await createNewHire('Alice');
		const b = await createNewHire('Bob');
		const second = await ctx.engine.poll(workflow);
		expect(second.data?.[0].map((item) => item.json)).toEqual([
			{ id: a, first_name: 'Alice', last_name: 'Hire', email: 'alice@example.com' },
			{ id: b, first_name: 'Bob', last_name: 'Hire', email: 'bob@example.com' },
		]);
		expect(second.execution?.items.map((item) => item.json.id)).toEqual([a, b]);
		expect(stored()).toEqual({ seenIds: [[1, b]] });

		const again = await ctx.engine.poll(workflow);
		expect(again.data).toBeNull();

		const c = await createNewHire('Carol');
		const third = await ctx.engine.poll(workflow);
		expect(third.data?.[0].map((item) => item.json.id)).toEqual([c]);
		expect((await ctx.engine.poll(workflow)).data).toBeNull();

		// Every poll was one GET of the employee list.
		expect(ctx.server.calls('GET', '/api/employees/')).toHaveLength(6);
	});

	it('does not emit a deleted user again or miss the next one', async () => {
		const workflow = ctx.triggerWorkflow();
		await ctx.engine.poll(workflow);
		const d = await createNewHire('Dan');
		expect((await ctx.engine.poll(workflow)).data?.[0].map((item) => item.json.id)).toEqual([d]);
		ctx.server.users.delete(d);
		expect((await ctx.engine.poll(workflow)).data).toBeNull();
		const e = await createNewHire('Eve');
		expect((await ctx.engine.poll(workflow)).data?.[0].map((item) => item.json.id)).toEqual([e]);
	});

	it('returns the newest user as a sample in manual mode without moving the cursor', async () => {
		const workflow = ctx.triggerWorkflow();
		const sample = await ctx.engine.poll(workflow, 'manual');
		const newest = Math.max(...ctx.server.users.keys());
		expect(sample.data?.[0]).toHaveLength(1);
		expect(sample.data?.[0][0].json).toMatchObject({ id: newest });
		expect((workflow.staticData as Record<string, IDataObject>)['node:Node'] ?? {}).toEqual({});
		// Activation afterwards still starts from a baseline.
		expect((await ctx.engine.poll(workflow)).data).toBeNull();
	});

	it('fails the poll with the API-access hint when /api/ answers 404', async () => {
		ctx.server.apiAccess = false;
		await expect(ctx.engine.poll(ctx.triggerWorkflow())).rejects.toThrow(
			'ChiefOnboarding answered 404 Not Found for /api/employees/: API access may be disabled on this instance (set API_ACCESS=True)',
		);
	});

	it('says in its description that the first poll only sets the baseline', () => {
		const { description } = new ChiefOnboardingTrigger();
		expect(description.polling).toBe(true);
		expect(description.usableAsTool).toBeUndefined();
		const notice = description.properties.find((p) => p.type === 'notice');
		expect(notice?.displayName).toContain('The first poll after activation only records the users that already exist');
	});
});
