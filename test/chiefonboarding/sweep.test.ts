import { chiefOnboardingResources } from '../../nodes/ChiefOnboarding/resources';
import { sweepCases, sweepParameters } from '../harness/sweep';
import type { ChiefOnboardingContext } from './setup';
import { daysFromToday, startChiefOnboarding } from './setup';

/** Every field of every operation set at once: the contract server must accept each one. */
describe('ChiefOnboarding › sweep of every described field', () => {
	let ctx: ChiefOnboardingContext;
	const refs: Record<string, string> = {};
	let offboardingSequence: string;
	beforeAll(async () => {
		ctx = await startChiefOnboarding();
		refs.employee = String(ctx.server.addUser({ first_name: 'Bea', last_name: 'Buddy', email: 'bea@example.com', role: 3 }).id);
		refs.sequence = String(ctx.server.addSequence('Everyone').id);
		offboardingSequence = String(ctx.server.addSequence('Leavers', 'offboarding').id);
	});
	afterAll(async () => await ctx.server.stop());

	it.each(sweepCases(chiefOnboardingResources))('$name', async ({ resource, op }) => {
		ctx.server.reset();
		const parameters = sweepParameters(resource, op, {
			refs,
			fields: {
				email: 'sweep@example.com',
				timezone: 'Europe/Amsterdam',
				// A termination date lies ahead (chiefonboarding.txt offboarding section).
				'offboarding.create.termination_date': daysFromToday(30),
				// Offboarding accepts offboarding sequences only.
				'offboarding.create.sequences': [offboardingSequence],
				// A new hire's email must be new; the user list filter matches Bea.
				'employee.getAll.email': 'bea@example.com',
				'employee.getAll.nameContains': 'Bea',
				'sequence.getAll.nameContains': 'Every',
			},
		});
		const result = await ctx.run(parameters);
		// A field the server refuses comes back as the node's API error.
		expect(result.error?.message).toBeUndefined();
		expect(ctx.server.requests.length).toBeGreaterThan(0);
	});
});
