/**
 * One measured run in a fresh process (so its peak RSS is its own), under the `.runtime`
 * Node and with n8n's packages from the `.runtime` n8n install (see resolve.ts). Every
 * worker loads the same nodes, whatever it runs, so they start from the same memory.
 * Protocol (IPC): task → warm-up → `ready` → `go` → `result`.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { IDataObject, INodeExecutionData, INodeParameters, INodeType, IVersionedNodeType } from 'n8n-workflow';
import { EmploymentHeroOAuth2Api } from '../../credentials/EmploymentHeroOAuth2Api.credentials';
import { FactorialApi } from '../../credentials/FactorialApi.credentials';
import { HrOmniApi } from '../../credentials/HrOmniApi.credentials';
import { HumaansApi } from '../../credentials/HumaansApi.credentials';
import { EmploymentHero } from '../../nodes/EmploymentHero/EmploymentHero.node';
import { Factorial } from '../../nodes/Factorial/Factorial.node';
import { HrOmni } from '../../nodes/HrOmni/HrOmni.node';
import { Humaans } from '../../nodes/Humaans/Humaans.node';
import type { BenchCase, ServerInfo, SystemName, Variant, WorkerResult, WorkerTask } from './cases';
import type { Step } from './engine';
import { BenchEngine } from './engine';
import type { FloorPaging } from './floor';
import { floorNode } from './floor';

/* eslint-disable @typescript-eslint/no-require-imports */
const { HttpRequest } = require('n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node.js') as {
	HttpRequest: new () => IVersionedNodeType;
};
const { SplitOut } = require('n8n-nodes-base/dist/nodes/Transform/SplitOut/SplitOut.node.js') as { SplitOut: new () => INodeType };
/* eslint-enable @typescript-eslint/no-require-imports */

interface SystemBench {
	credentialType: string;
	/** The node's type name and its Return All / Get parameters. */
	nodeType: string;
	list: (server: ServerInfo, warm: boolean) => INodeParameters;
	get?: INodeParameters;
	pageSize: number;
	floor: FloorPaging;
	/** HTTP Request: the page parameter, when the list is complete, and where the records are. */
	http: { query: Record<string, string>; pageParameter: { name: string; value: string }; complete: string; recordsField: string };
	/** Get: HTTP Request's URL expression. */
	getUrl?: (server: ServerInfo) => string;
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const SYSTEMS: Record<SystemName, SystemBench> = {
	humaans: {
		credentialType: 'humaansApi',
		nodeType: 'n8n-nodes-hris.humaans',
		// humaans.txt 127–131: $limit maximum 250.
		pageSize: 250,
		list: (_server, warm) => ({ resource: 'person', operation: 'getAll', returnAll: !warm, limit: 10, simplify: false }),
		get: { resource: 'person', operation: 'get', personId: byId('={{ $json.id }}'), simplify: false },
		floor: {
			query: (index) => ({ $limit: 250, $skip: index * 250 }),
			read: (body) => {
				const records = body.data as IDataObject[];
				return { records, last: (_index, fetched) => fetched >= Number(body.total) || records.length < 250 };
			},
		},
		http: {
			query: { $limit: '250' },
			pageParameter: { name: '$skip', value: '={{ $pageCount * 250 }}' },
			complete: '={{ $response.body.data.length < 250 || $response.body.skip + $response.body.data.length >= $response.body.total }}',
			recordsField: 'data',
		},
		getUrl: (server) => `={{ "${server.baseUrl}/api/people/" + $json.id }}`,
	},
	hromni: {
		credentialType: 'hrOmniApi',
		nodeType: 'n8n-nodes-hris.hrOmni',
		pageSize: 100,
		list: (server, warm) => ({ companyId: byId(String(server.companyId)), resource: 'employee', operation: 'getAll', returnAll: !warm, limit: 10 }),
		floor: {
			query: (index) => ({ page: index + 1, pageSize: 100 }),
			read: (body) => {
				const page = body.result as IDataObject;
				return { records: page.result as IDataObject[], last: (index) => index + 1 >= Number(page.totalPages) };
			},
		},
		http: {
			query: { pageSize: '100' },
			pageParameter: { name: 'page', value: '={{ $pageCount + 1 }}' },
			complete: '={{ $response.body.result.result.length < 100 || $response.body.result.currentPage + 1 >= $response.body.result.totalPages }}',
			recordsField: 'result.result',
		},
	},
	employmenthero: {
		credentialType: 'employmentHeroOAuth2Api',
		nodeType: 'n8n-nodes-hris.employmentHero',
		pageSize: 100,
		list: (server, warm) => ({
			resource: 'employee',
			operation: 'getAll',
			organisationId: byId(String(server.organisationId)),
			returnAll: !warm,
			limit: 10,
			simplify: false,
		}),
		floor: {
			query: (index) => ({ page_index: index + 1, item_per_page: 100 }),
			read: (body) => {
				const page = body.data as IDataObject;
				return { records: page.items as IDataObject[], last: (index) => index + 1 >= Number(page.total_pages) };
			},
		},
		http: {
			query: { item_per_page: '100' },
			pageParameter: { name: 'page_index', value: '={{ $pageCount + 1 }}' },
			complete: '={{ $response.body.data.page_index >= $response.body.data.total_pages }}',
			recordsField: 'data.items',
		},
	},
	factorial: {
		credentialType: 'factorialApi',
		nodeType: 'n8n-nodes-hris.factorial',
		// factorial-notes.md A.1: `limit` at most 100, `after_id` = the previous page's end_cursor.
		pageSize: 100,
		list: (_server, warm) => ({ authentication: 'apiKey', resource: 'employee', operation: 'getAll', returnAll: !warm, limit: 10, simplify: false }),
		floor: {
			query: (_index, previous) => {
				const meta = previous?.meta as IDataObject | undefined;
				return meta?.end_cursor ? { limit: 100, after_id: meta.end_cursor } : { limit: 100 };
			},
			read: (body) => {
				const meta = body.meta as IDataObject;
				return { records: body.data as IDataObject[], last: () => meta.has_next_page !== true || !meta.end_cursor };
			},
		},
		http: {
			query: { limit: '100' },
			pageParameter: { name: 'after_id', value: '={{ $response.body.meta.end_cursor }}' },
			complete: '={{ !$response.body.meta.has_next_page }}',
			recordsField: 'data',
		},
	},
};

const httpRequest = new HttpRequest();
const httpVersion = Number(httpRequest.description.defaultVersion ?? httpRequest.currentVersion);

function engineFor(): BenchEngine {
	return new BenchEngine(
		{
			'n8n-nodes-hris.humaans': new Humaans(),
			'n8n-nodes-hris.hrOmni': new HrOmni(),
			'n8n-nodes-hris.employmentHero': new EmploymentHero(),
			'n8n-nodes-hris.factorial': new Factorial(),
			floorHumaans: floorNode('floorHumaans', 'humaansApi', SYSTEMS.humaans.floor),
			floorHromni: floorNode('floorHromni', 'hrOmniApi', SYSTEMS.hromni.floor),
			floorEmploymenthero: floorNode('floorEmploymenthero', 'employmentHeroOAuth2Api', SYSTEMS.employmenthero.floor),
			floorFactorial: floorNode('floorFactorial', 'factorialApi', SYSTEMS.factorial.floor),
			'n8n-nodes-base.httpRequest': httpRequest,
			'n8n-nodes-base.splitOut': new SplitOut(),
		},
		{
			humaansApi: new HumaansApi(),
			hrOmniApi: new HrOmniApi(),
			employmentHeroOAuth2Api: new EmploymentHeroOAuth2Api(),
			factorialApi: new FactorialApi(),
		},
	);
}

/** The chain a variant runs; `warm` makes it a one-request run of the same code. */
function steps(bench: BenchCase, variant: Variant, server: ServerInfo, warm: boolean): Step[] {
	const system = SYSTEMS[bench.system];
	const credentials = { [system.credentialType]: { id: '1', name: 'Bench' } };
	const listUrl = `${server.baseUrl}${server.listPath}`;
	if (bench.kind === 'get') {
		if (variant === 'node') return [{ type: system.nodeType, parameters: system.get ?? {}, credentials }];
		return [{ type: 'n8n-nodes-base.httpRequest', typeVersion: httpVersion, parameters: httpParameters(system, system.getUrl?.(server) ?? ''), credentials }];
	}
	if (variant === 'node') return [{ type: system.nodeType, parameters: system.list(server, warm), credentials }];
	if (variant === 'floor') {
		const name = `floor${bench.system.charAt(0).toUpperCase()}${bench.system.slice(1)}`;
		return [{ type: name, parameters: { url: listUrl, maxPages: warm ? 1 : 0 }, credentials }];
	}
	const pagination = {
		pagination: {
			paginationMode: 'updateAParameterInEachRequest',
			parameters: { parameters: [{ type: 'qs', ...system.http.pageParameter }] },
			paginationCompleteWhen: 'other',
			completeExpression: system.http.complete,
			limitPagesFetched: warm,
			maxRequests: 1,
			requestInterval: 0,
		},
	};
	return [
		{
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: httpVersion,
			parameters: {
				...httpParameters(system, listUrl),
				sendQuery: true,
				specifyQuery: 'keypair',
				queryParameters: { parameters: Object.entries(system.http.query).map(([name, value]) => ({ name, value })) },
				options: { pagination },
			},
			credentials,
		},
		{ type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: system.http.recordsField, include: 'noOtherFields', options: {} } },
	];
}

function httpParameters(system: SystemBench, url: string): INodeParameters {
	return { method: 'GET', url, authentication: 'predefinedCredentialType', nodeCredentialType: system.credentialType, options: {} };
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Fails unless n8n's packages come from the `.runtime` install (resolve.ts). */
function checkRuntimePackages() {
	const runtimeModules = realpathSync(join(String(process.env.BENCH_N8N_DIR), '..'));
	for (const name of ['n8n-core', 'n8n-workflow', 'n8n-nodes-base']) {
		const resolved = require.resolve(name);
		if (!resolved.startsWith(runtimeModules)) throw new Error(`${name} resolved to ${resolved}, not from ${runtimeModules}`);
	}
}

async function main(task: WorkerTask) {
	checkRuntimePackages();
	const engine = engineFor();
	engine.credentials.set(SYSTEMS[task.case.system].credentialType, task.credential as IDataObject as never);
	const input: INodeExecutionData[] =
		task.case.kind === 'get' ? task.server.ids.slice(0, task.case.records).map((id) => ({ json: { id } })) : [{ json: {} }];

	// Warm-up: the same chain once with one request (Get: five items), so first-use costs
	// (module loading, the credential's pre-authentication) are paid before measuring.
	const warm = await engine.run(steps(task.case, task.variant, task.server, true), task.case.kind === 'get' ? input.slice(0, 5) : input);
	if (warm.error) throw warm.error;

	process.send?.({ type: 'ready' });
	await new Promise<void>((resolve) => process.once('message', () => resolve()));

	const chain = steps(task.case, task.variant, task.server, false);
	(globalThis as { gc?: () => void }).gc?.();
	const profiler = task.cpuProf ? new Session() : undefined;
	if (profiler) {
		profiler.connect();
		await profiler.post('Profiler.enable');
		await profiler.post('Profiler.start');
	}
	const baseRss = process.memoryUsage().rss;
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	const run = await engine.run(chain, input);
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	const peakRss = process.resourceUsage().maxRSS * 1024;
	if (profiler && task.cpuProf) {
		// Only the measured run is profiled: warm-up and module loading stay out.
		const { profile } = await profiler.post('Profiler.stop');
		writeFileSync(task.cpuProf, JSON.stringify(profile));
		profiler.disconnect();
	}
	if (run.error) throw run.error;
	const result: WorkerResult = {
		items: run.items.length,
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000,
		peakRssMb: mb(peakRss),
		baseRssMb: mb(baseRss),
		versions: {
			node: process.version,
			'n8n-core': (require('n8n-core/package.json') as { version: string }).version,
			'n8n-workflow': (require('n8n-workflow/package.json') as { version: string }).version,
			'n8n-nodes-base': (require('n8n-nodes-base/package.json') as { version: string }).version,
			httpRequest: String(httpVersion),
		},
	};
	process.send?.({ type: 'result', result });
}

process.once('message', (task: WorkerTask) => {
	main(task).catch((error: Error) => {
		process.send?.({ type: 'error', message: error.stack ?? error.message });
	});
});
process.on('disconnect', () => process.exit(0));
