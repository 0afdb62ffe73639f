import type { INodeProperties, INodeType } from 'n8n-workflow';
import { ChiefOnboarding } from '../../nodes/ChiefOnboarding/ChiefOnboarding.node';
import { EmploymentHero } from '../../nodes/EmploymentHero/EmploymentHero.node';
import { HrOmni } from '../../nodes/HrOmni/HrOmni.node';
import { Humaans } from '../../nodes/Humaans/Humaans.node';
import { SYSTEMS, apiCalls, systemSuite } from './systems';
import { startTlsProxy } from './tls';

describe('every action node offers Request Options', () => {
	it.each([
		['Humaans', new Humaans()],
		['ChiefOnboarding', new ChiefOnboarding()],
		['Employment Hero', new EmploymentHero()],
		['HR Omni', new HrOmni()],
	] as Array<[string, INodeType]>)('%s', (_name, node) => {
		const property = node.description.properties.find((p) => p.name === 'requestOptions');
		expect(property).toMatchObject({ displayName: 'Request Options', type: 'collection', default: {} });
		expect(property?.displayOptions).toBeUndefined();
		const options = (property?.options ?? []) as INodeProperties[];
		expect(options.map((option) => option.name)).toEqual(['batching', 'allowUnauthorizedCerts', 'timeout']);
	});
});

describe.each(SYSTEMS)('%s › Request Options', (_name, start) => {
	const sut = systemSuite(start);
	/** One request per item: a list of one record. */
	const oneRequest = () => ({ ...sut.list.parameters, returnAll: false, limit: 1 });

	it('Batching: pauses between batches of items, not within one', async () => {
		const items = Array.from({ length: 5 }, (_, i) => ({ json: { i } }));
		const result = await sut.run({ ...oneRequest(), requestOptions: { batching: { batch: { batchSize: 2, batchInterval: 400 } } } }, items);
		expect(result.error).toBeUndefined();
		const arrivals = apiCalls(sut, 'GET', sut.list.path).map((r) => r.receivedAt);
		expect(arrivals).toHaveLength(5);
		const gaps = arrivals.slice(1).map((time, i) => time - arrivals[i]);
		// Items 0-1, 2-3 and 4 form the batches: the waits come before items 2 and 4.
		expect(gaps[1]).toBeGreaterThanOrEqual(390);
		expect(gaps[3]).toBeGreaterThanOrEqual(390);
		expect(gaps[0]).toBeLessThan(390);
		expect(gaps[2]).toBeLessThan(390);
	});

	it('no Batching: items go out one after another without pauses', async () => {
		const items = Array.from({ length: 4 }, (_, i) => ({ json: { i } }));
		await sut.run(oneRequest(), items);
		const arrivals = apiCalls(sut, 'GET', sut.list.path).map((r) => r.receivedAt);
		expect(arrivals).toHaveLength(4);
		// Batching's default pause is a second: no gap comes near it.
		expect(Math.max(...arrivals.slice(1).map((time, i) => time - arrivals[i]))).toBeLessThan(900);
	});

	describe('Ignore SSL Issues', () => {
		let proxy: Awaited<ReturnType<typeof startTlsProxy>>;
		beforeAll(async () => {
			proxy = await startTlsProxy(sut.server.baseUrl);
		});
		afterAll(async () => await proxy.stop());
		beforeEach(async () => {
			// HR Omni: log in over plain HTTP first, so only API requests go through the proxy.
			await sut.run(oneRequest());
			sut.server.reset();
			sut.useBaseUrl(proxy.baseUrl);
		});

		it('off: a self-signed certificate fails the request, naming the reason and the option', async () => {
			const result = await sut.run(oneRequest());
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.error?.message).toMatch(/^The service could not be reached \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)$/);
			expect(result.error?.description).toContain('Ignore SSL Issues');
			expect(apiCalls(sut)).toHaveLength(0);
		});

		it('on: the request goes through', async () => {
			const result = await sut.run({ ...oneRequest(), requestOptions: { allowUnauthorizedCerts: true } });
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(1);
			expect(apiCalls(sut, 'GET', sut.list.path)).toHaveLength(1);
		});

		it("the credential's Ignore SSL Issues works too (self-hosted systems, where the login needs it)", async () => {
			if (!['ChiefOnboarding', 'HR Omni'].includes(sut.name)) return;
			sut.setCredentialFields({ ignoreSslIssues: true, sessionToken: '', csrfToken: '' });
			const result = await sut.run(oneRequest());
			expect(result.error).toBeUndefined();
			expect(result.json).toHaveLength(1);
			// HR Omni logged in again, through the proxy.
			if (sut.name === 'HR Omni') expect(sut.server.calls('POST', '/user/login')).toHaveLength(1);
		});
	});
});
