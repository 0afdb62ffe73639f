import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';
import { HrOmniApi } from '../../credentials/HrOmniApi.credentials';
import { HrOmni } from '../../nodes/HrOmni/HrOmni.node';
import { HrOmniTrigger } from '../../nodes/HrOmni/HrOmniTrigger.node';
import { Engine } from '../harness/engine';
import type { RecordedRequest } from '../servers/base';
import type { Account, Company } from '../servers/hromni/server';
import { HrOmniServer } from '../servers/hromni/server';

export const HR_OMNI_NODE = 'n8n-nodes-hris.hrOmni';
export const HR_OMNI_TRIGGER = 'n8n-nodes-hris.hrOmniTrigger';
export const PASSWORD = 'correct-horse-battery';

/** A running HR Omni contract server with an admin and a company, and an engine logged in as that admin. */
export async function startHrOmni() {
	const server = new HrOmniServer();
	await server.start();
	const admin = server.createAccount({ firstName: 'Ada', lastName: 'Admin', email: 'ada@hippoland.test', password: PASSWORD });
	const company = server.createCompany('Hippoland ltd.', admin);
	const companyId = String(company.details.id);
	const engine = new Engine({
		nodes: { hrOmni: new HrOmni(), hrOmniTrigger: new HrOmniTrigger() },
		credentialTypes: { hrOmniApi: new HrOmniApi() },
	});
	const credentials = { baseUrl: server.baseUrl, email: admin.email, password: PASSWORD, sessionToken: '', csrfToken: '' };
	engine.setCredential('hrOmniApi', credentials);
	const run = async (parameters: INodeParameters, input?: INodeExecutionData[], options: { continueOnFail?: boolean } = {}) =>
		await engine.run(
			{
				type: HR_OMNI_NODE,
				parameters,
				credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } },
				continueOnFail: options.continueOnFail,
			},
			input,
		);
	/** Runs an operation of the company (the Company parameter set by ID). */
	const runIn = async (parameters: INodeParameters, input?: INodeExecutionData[], options: { continueOnFail?: boolean } = {}) =>
		await run({ companyId: byId(companyId), ...parameters }, input, options);
	/** The list-search method of a node parameter, as the editor calls it. */
	const search = async (method: string, currentParameters: INodeParameters, filter?: string, token?: string) => {
		const workflow = engine.workflow({ type: HR_OMNI_NODE, parameters: currentParameters, credentials: { hrOmniApi: { id: '1', name: 'HR Omni' } } });
		const node = workflow.getNode('Node');
		if (!node) throw new Error('no node');
		const context = new LoadOptionsContext(workflow, node, engine.additionalData({ currentNodeParameters: currentParameters }), 'parameters.x');
		const methods = new HrOmni().methods.listSearch as unknown as Record<string, (this: unknown, f?: string, t?: string) => Promise<IDataObject>>;
		return await methods[method].call(context, filter, token);
	};
	const reset = () => {
		server.reset();
		engine.setCredential('hrOmniApi', credentials);
	};
	return { server, engine, admin, company, companyId, run, runIn, search, credentials, reset };
}

export type HrOmniContext = Awaited<ReturnType<typeof startHrOmni>>;

/** The value a resource locator holds when the user picked "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The last request that was not part of logging in. */
export function lastCall(server: HrOmniServer): RecordedRequest {
	const calls = server.requests.filter((r) => !(r.method === 'GET' && r.path === '/') && !(r.method === 'POST' && r.path === '/user/login'));
	const last = calls[calls.length - 1];
	if (!last) throw new Error('no request');
	return last;
}

/** Turns on a module for a company directly (fixtures). */
export function enable(company: Company, module: 'LEAVE_MANAGEMENT' | 'TIME_TRACKING') {
	company.modules[module] = true;
}

export type { Account, Company };
