import { employmentHeroResources } from '../../nodes/EmploymentHero/resources';
import { sweepCases, sweepParameters } from '../harness/sweep';
import type { EmploymentHeroContext } from './setup';
import { seedWorld, startEmploymentHero } from './setup';

/** Every field of every operation set at once: the contract server must accept each one. */
describe('Employment Hero › sweep of every described field', () => {
	let ctx: EmploymentHeroContext;
	let world: ReturnType<typeof seedWorld>;
	beforeAll(async () => {
		ctx = await startEmploymentHero();
		world = seedWorld(ctx.server);
	});
	afterAll(async () => await ctx.server.stop());

	it.each(sweepCases(employmentHeroResources))('$name', async ({ resource, op }) => {
		ctx.server.reset();
		const parameters = sweepParameters(resource, op, {
			refs: {
				organisation: world.orgId,
				employee: world.aliceId,
				timesheetEmployee: world.aliceId,
				team: world.engineeringId,
				leaveRequest: world.leaveId,
				certification: world.certificationId,
				rosteredShift: world.shiftIds[0],
				unavailability: world.unavailabilityIds[0],
			},
			fields: {
				// Ranges the seeded records fall into; the "to" date follows the "from" date.
				start_date: '2024-01-01',
				end_date: '2024-12-31',
				from_date: '2024-01-01',
				to_date: '2024-12-31',
				// Unavailabilities are searched at most one month from From Date.
				'unavailability.getAll.to_date': '2024-01-31',
				statuses: ['published'],
				location_ids: ['loc-1'],
				location_id: '7',
			},
		});
		const result = await ctx.run(parameters);
		// A field the server refuses comes back as the node's API error.
		expect(result.error?.message).toBeUndefined();
		expect(ctx.server.requests.length).toBeGreaterThan(0);
	});
});
