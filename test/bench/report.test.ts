import { CASES } from './cases';
import type { CaseResult } from './run';
import { parseOptions, report } from './run';

// The bench itself is not a test (it takes minutes and its numbers depend on the machine);
// this checks its option parsing and its arithmetic.
describe('bench harness', () => {
	it('parses --rounds, --only and --cpu-prof and refuses anything else', () => {
		expect(parseOptions([])).toEqual({ rounds: 3, cpuProf: false });
		expect(parseOptions(['--rounds', '5', '--only', 'humaans-50k,hromni', '--cpu-prof'])).toEqual({
			rounds: 5,
			only: ['humaans-50k', 'hromni'],
			cpuProf: true,
		});
		expect(() => parseOptions(['--rounds', '0'])).toThrow('--rounds needs a positive integer');
		expect(() => parseOptions(['--only', 'workday'])).toThrow('Unknown case workday');
		expect(() => parseOptions(['--fast'])).toThrow('Unknown option --fast');
	});

	it('reports medians and the median of per-round ratios against the targets', () => {
		const bench = CASES.find((c) => c.id === 'humaans-50k');
		if (!bench) throw new Error('no humaans-50k case');
		const sample = (ms: number, peakRssMb: number) => ({ ms, cpuMs: ms / 2, peakRssMb, baseRssMb: 200, items: 50_000, requests: 200, versions: {} });
		const result: CaseResult = {
			bench,
			samples: {
				node: [sample(1000, 300), sample(3000, 310), sample(1100, 305)],
				floor: [sample(1000, 300), sample(2000, 300), sample(1000, 300)],
				http: [sample(2000, 400), sample(3000, 400), sample(1000, 400)],
			},
		};
		const text = report([result], 3);
		expect(text).toContain('| Humaans people, Return All, 50,000 | n8n-nodes-hris node | 200 | 50,000 | 1100 | 550 | 305 | 105 |');
		expect(text).toContain('| Humaans people, Return All, 50,000 | HTTP Request (pagination) + Split Out | 200 | 50,000 | 2000 | 1000 | 400 | 200 |');
		// node/floor per round: 1.00, 1.50, 1.10 → 1.10; node/HTTP: 0.50, 1.00, 1.10 → 1.00; RSS: 0.75, 0.775, 0.7625 → 0.76.
		expect(text).toContain('| Humaans people, Return All, 50,000 | 1.10 ✗ | 1.00 ✗ | 0.76 ✓ | 1.10 | 1.00 |');
	});
});
