import { HUMAANS_LOOKUPS } from '../../nodes/Humaans/lookups';
import { humaansResources } from '../../nodes/Humaans/resources';
import { sweepCases, sweepParameters } from '../harness/sweep';
import { humaansSuite } from './setup';

/** Every field of every operation set at once: the contract server must accept each one. */
describe('Humaans › sweep of every described field', () => {
	const ctx = humaansSuite();
	const cases = sweepCases(humaansResources).filter(({ op }) => !op.perform);

	it.each(cases)('$name', async ({ resource, op }) => {
		const refs: Record<string, string> = {};
		for (const [key, lookup] of Object.entries(HUMAANS_LOOKUPS)) {
			const [row] = ctx.server.seed(lookup.path, [{ name: `Sweep ${key}`, personId: refs.person }]);
			refs[key] = String(row.id);
		}
		const [file] = ctx.server.seed('/api/files', [{ filename: 'sweep.pdf' }]);
		const [dataExport] = ctx.server.seed('/api/data-exports', [{ type: 'people' }]);
		const parameters = sweepParameters(resource, op, {
			refs,
			fields: {
				fileId: String(file.id),
				'file.get.id': String(file.id),
				'dataExport.get.id': String(dataExport.id),
				'dataExport.delete.id': String(dataExport.id),
				// The inline policy is only writable, and then required, for custom allocations.
				'timeAwayAllocation.create.type': 'custom',
				'timeAwayAllocation.update.type': 'custom',
				'timeAwayPolicy.create.timeAwayPolicyVersion': '{ "rules": [] }',
			},
			// Filters the document makes mutually exclusive with others on the same field.
			skip: {
				'timesheetEntry.getAll': ['withoutEndTime', 'date'],
				'timesheetSubmission.getAll': ['startDate'],
				'document.getAll': ['companyWideOnly'],
			},
		});
		const result = await ctx.run(parameters);
		expect(result.error ? `${result.error.message}: ${String((result.error as { description?: string }).description)}` : undefined).toBeUndefined();
	});
});
