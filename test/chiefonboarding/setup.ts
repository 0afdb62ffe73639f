import type { IDataObject, INode, INodeExecutionData, INodeParameters, Workflow } from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';
import { ChiefOnboardingApi } from '../../credentials/ChiefOnboardingApi.credentials';
import { ChiefOnboarding } from '../../nodes/ChiefOnboarding/ChiefOnboarding.node';
import { ChiefOnboardingTrigger } from '../../nodes/ChiefOnboarding/ChiefOnboardingTrigger.node';
import { Engine } from '../harness/engine';
import { ChiefOnboardingServer } from '../servers/chiefonboarding/server';

export const CHIEFONBOARDING_NODE = 'n8n-nodes-hris.chiefOnboarding';
export const CHIEFONBOARDING_TRIGGER = 'n8n-nodes-hris.chiefOnboardingTrigger';
export const CREDENTIALS = { chiefOnboardingApi: { id: '1', name: 'ChiefOnboarding' } };

/** A running ChiefOnboarding contract server and an engine whose credential points at it. */
export async function startChiefOnboarding() {
	const server = new ChiefOnboardingServer();
	await server.start();
	const node = new ChiefOnboarding();
	const engine = new Engine({
		nodes: { chiefOnboarding: node, chiefOnboardingTrigger: new ChiefOnboardingTrigger() },
		credentialTypes: { chiefOnboardingApi: new ChiefOnboardingApi() },
	});
	const useCredential = (data: IDataObject = {}) =>
		engine.setCredential('chiefOnboardingApi', { baseUrl: server.baseUrl, apiToken: server.token, ...data });
	useCredential();
	const run = async (
		parameters: INodeParameters,
		input?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	) =>
		await engine.run(
			{ type: CHIEFONBOARDING_NODE, parameters, credentials: CREDENTIALS, continueOnFail: options.continueOnFail },
			input,
		);

	/** Runs one of the node's listSearch / loadOptions methods in n8n-core's load-options context. */
	const loadOptions = async (kind: 'listSearch' | 'loadOptions', method: string, filter?: string) => {
		const workflow = engine.workflow({ type: CHIEFONBOARDING_NODE, parameters: {}, credentials: CREDENTIALS });
		const context = new LoadOptionsContext(workflow, workflow.getNode('Node') as INode, engine.additionalData(), '');
		const fn = (node.methods[kind] as Record<string, (this: unknown, filter?: string) => Promise<unknown>>)[method];
		return await fn.call(context, filter);
	};

	/** A trigger workflow whose static data persists across `engine.poll` calls. */
	const triggerWorkflow = (staticData: IDataObject = {}): Workflow =>
		engine.workflow({ type: CHIEFONBOARDING_TRIGGER, parameters: { event: 'newEmployee' }, credentials: CREDENTIALS }, staticData);

	return { server, engine, run, useCredential, loadOptions, triggerWorkflow };
}

export type ChiefOnboardingContext = Awaited<ReturnType<typeof startChiefOnboarding>>;

/** The value a resource locator holds when the user picked an entry from the list. */
export const fromList = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });
/** The value a resource locator holds when the user picked "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A date string `days` from today (UTC), as the server compares it. */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
