import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The generator (scripts/factorial/*.mjs, ES modules) is run in a child Node process:
 * its --check mode against the committed files, and its refusal of spec constructs it
 * does not know.
 */
const root = join(__dirname, '..', '..');

/** Runs `code` as an ES module in the repository root and returns what it prints. */
function runModule(code: string) {
	return spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
}

const MUTATIONS: Array<[string, string, RegExp]> = [
	['a PATCH method', `spec.paths[P + '/teams/teams/{id}'].patch = spec.paths[P + '/teams/teams/{id}'].put;`, /method patch/],
	['an unknown path shape', `spec.paths[P + '/teams/teams/{id}/members'] = { get: spec.paths[P + '/teams/teams/{id}'].get };`, /path shape/],
	['oneOf in a body', `spec.paths[P + '/teams/teams'].post.requestBody.content['application/json'].schema.properties.name = { oneOf: [{ type: 'string' }] };`, /uses oneOf/],
	['an unknown type', `spec.paths[P + '/teams/teams'].post.requestBody.content['application/json'].schema.properties.name = { type: 'tuple' };`, /has type tuple/],
	['a string format', `spec.paths[P + '/teams/teams'].post.requestBody.content['application/json'].schema.properties.name = { type: 'string', format: 'uuid' };`, /has format uuid/],
	['an XML body', `const body = spec.paths[P + '/teams/teams'].post.requestBody.content; body['application/xml'] = body['application/json']; delete body['application/json'];`, /body application\/xml/],
	['a second tag', `spec.paths[P + '/teams/teams'].get.tags.push('Teams > Other');`, /exactly one tag/],
	['a module no node holds', `spec.paths[P + '/robots/robots'] = { get: { ...spec.paths[P + '/teams/teams'].get, tags: ['Robots > Robot'] } };`, /robots: belongs to no node/],
	['an override for a path that is gone', `delete spec.paths[P + '/finance/cost_centers/edit'];`, /ACTION_OVERRIDES: finance\/cost_centers\/edit matches no path/],
];

/** Loads the spec once, builds it unchanged and after each mutation; returns one line each. */
function buildAll(): string[] {
	const cases = ['', ...MUTATIONS.map(([, mutate]) => mutate)];
	const result = runModule(`
		import { loadSpec } from './scripts/factorial/build.mjs';
		import { buildResources } from './scripts/factorial/resources.mjs';
		const loaded = loadSpec(process.cwd());
		const P = '/api/2026-07-01/resources';
		const out = [];
		for (const mutate of ${JSON.stringify(cases)}) {
			const spec = structuredClone(loaded.spec);
			new Function('spec', 'P', mutate)(spec, P);
			try { buildResources(spec, () => 1, loaded.sha256, ''); out.push('built'); } catch (error) { out.push('ERROR ' + error.message); }
		}
		console.log(JSON.stringify(out));
	`);
	return JSON.parse(result.stdout) as string[];
}

describe('Factorial generator', () => {
	it('--check passes on the committed files', () => {
		const out = execFileSync(process.execPath, ['scripts/factorial/generate.mjs', '--check'], { cwd: root, encoding: 'utf8' });
		expect(out).toMatch(/^Generated Factorial files are up to date \(\d+ files\)\./);
	});

	it('is deterministic', () => {
		const result = runModule(`
			import { buildOutputs } from './scripts/factorial/build.mjs';
			const a = buildOutputs(process.cwd());
			const b = buildOutputs(process.cwd());
			console.log(a.size, [...a].every(([file, text]) => b.get(file) === text));
		`);
		expect(result.stdout.trim()).toMatch(/^\d+ true$/);
	});

	it('fails on an overlay entry that matches no operation', () => {
		const result = runModule(`
			import { buildOutputs, checkOverlay, overlayKeys } from './scripts/factorial/build.mjs';
			const outputs = buildOutputs(process.cwd());
			checkOverlay(overlayKeys(process.cwd()), outputs);
			try { checkOverlay(['document.create', 'document.fax'], outputs); console.log('passed'); } catch (error) { console.log(error.message); }
		`);
		expect(result.stdout.trim()).toBe('nodes/Factorial/overlays.ts: overlay entries match no operation: document.fax');
	});

	describe('on the spec and on constructs it does not know', () => {
		let results: string[] = [];
		beforeAll(() => {
			results = buildAll();
		});

		it('builds the unchanged spec', () => {
			expect(results[0]).toBe('built');
		});

		it.each(MUTATIONS.map(([what, , message], index) => ({ what, message, index: index + 1 })))('fails loudly on $what', ({ message, index }) => {
			expect(results[index]).toMatch(new RegExp(`^ERROR .*${message.source}`));
		});
	});
});
