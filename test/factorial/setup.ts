import type { IDataObject, INode, INodeExecutionData, INodeParameters, INodeType } from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';
import { FactorialApi } from '../../credentials/FactorialApi.credentials';
import { FactorialOAuth2Api } from '../../credentials/FactorialOAuth2Api.credentials';
import { Factorial } from '../../nodes/Factorial/Factorial.node';
import { FactorialAttendance } from '../../nodes/Factorial/FactorialAttendance.node';
import { FactorialFinance } from '../../nodes/Factorial/FactorialFinance.node';
import { FactorialPayroll } from '../../nodes/Factorial/FactorialPayroll.node';
import { FactorialProjects } from '../../nodes/Factorial/FactorialProjects.node';
import { FactorialRecruiting } from '../../nodes/Factorial/FactorialRecruiting.node';
import { FactorialTalent } from '../../nodes/Factorial/FactorialTalent.node';
import { FactorialTimeOff } from '../../nodes/Factorial/FactorialTimeOff.node';
import { FactorialWorkplace } from '../../nodes/Factorial/FactorialWorkplace.node';
import type { RecordedRequest, Reply } from '../servers/base';
import { Engine } from '../harness/engine';
import type { FactorialServer, FactorialServerOptions } from '../servers/factorial/server';
import { startFactorialServer } from '../servers/factorial/server';

/** The action nodes by their n8n name (generated/nodes.ts keys). */
export const FACTORIAL_NODE_TYPES: Record<string, INodeType> = {
	factorial: new Factorial(),
	factorialTimeOff: new FactorialTimeOff(),
	factorialAttendance: new FactorialAttendance(),
	factorialPayroll: new FactorialPayroll(),
	factorialFinance: new FactorialFinance(),
	factorialTalent: new FactorialTalent(),
	factorialRecruiting: new FactorialRecruiting(),
	factorialProjects: new FactorialProjects(),
	factorialWorkplace: new FactorialWorkplace(),
};

export const CREDENTIALS = {
	factorialApi: { id: '1', name: 'Factorial' },
	factorialOAuth2Api: { id: '2', name: 'Factorial OAuth2' },
};

/** The value a resource locator holds when the user typed an ID. */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** A Factorial contract server, and an engine with both credentials pointing at it. */
export async function startFactorial(options: FactorialServerOptions = {}) {
	const server = await startFactorialServer(options);
	const engine = new Engine({
		nodes: FACTORIAL_NODE_TYPES,
		credentialTypes: { factorialApi: new FactorialApi(), factorialOAuth2Api: new FactorialOAuth2Api() },
	});
	engine.setCredential('factorialApi', { apiKey: server.apiKey, environment: 'custom', baseUrl: server.baseUrl });

	/** Connects the OAuth2 credential as n8n would after the authorization-code flow. */
	const connectOAuth2 = (token = server.issueToken()) => {
		engine.setCredential('factorialOAuth2Api', {
			environment: 'custom',
			baseUrl: server.baseUrl,
			grantType: 'authorizationCode',
			authUrl: `${server.baseUrl}/oauth/authorize`,
			accessTokenUrl: `${server.baseUrl}/oauth/token`,
			clientId: server.oauthClient.clientId,
			clientSecret: server.oauthClient.clientSecret,
			scope: 'read write',
			authQueryParameters: '',
			authentication: 'body',
			oauthTokenData: { access_token: token.accessToken, refresh_token: token.refreshToken, token_type: 'Bearer' },
		});
		return token;
	};
	connectOAuth2();

	/** Every reply the server sent, paired with its request (for asserting the output). */
	const replies: Array<{ request: RecordedRequest; reply: Reply }> = [];
	const handle = (server as unknown as { handle: (...args: unknown[]) => Promise<Reply> }).handle.bind(server);
	(server as unknown as { handle: (...args: unknown[]) => Promise<Reply> }).handle = async (...args: unknown[]) => {
		const reply = await handle(...args);
		replies.push({ request: server.requests[server.requests.length - 1], reply });
		return reply;
	};

	const run = async (
		node: string,
		parameters: INodeParameters,
		input?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	) =>
		await engine.run(
			{ type: `n8n-nodes-hris.${node}`, parameters, credentials: CREDENTIALS, continueOnFail: options.continueOnFail },
			input,
		);

	/** Runs one of a node's listSearch / loadOptions methods. */
	const loadOptions = async (
		node: string,
		kind: 'listSearch' | 'loadOptions',
		method: string,
		parameters: INodeParameters = {},
		filter?: string,
		paginationToken?: string,
	) => {
		// The editor sends every parameter, defaults included.
		const current = { authentication: 'apiKey', ...parameters };
		const workflow = engine.workflow({ type: `n8n-nodes-hris.${node}`, parameters: current, credentials: CREDENTIALS });
		const additionalData = engine.additionalData({ currentNodeParameters: current });
		const context = new LoadOptionsContext(workflow, workflow.getNode('Node') as INode, additionalData, '');
		const methods = FACTORIAL_NODE_TYPES[node].methods as Record<string, Record<string, (this: unknown, ...args: unknown[]) => Promise<unknown>>>;
		return await methods[kind][method].call(context, filter, paginationToken);
	};

	return { server, engine, run, loadOptions, connectOAuth2, replies };
}

export type FactorialContext = Awaited<ReturnType<typeof startFactorial>>;

/** One server and engine per `describe`, request log and replies cleared before each test. */
export function factorialSuite(options: FactorialServerOptions = {}): FactorialContext {
	const ctx = {} as FactorialContext;
	beforeAll(async () => {
		Object.assign(ctx, await startFactorial(options));
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => {
		ctx.server.reset();
		ctx.replies.length = 0;
	});
	return ctx;
}

/** The JSON of a request body as the server parsed it. */
export const bodyOf = (request: RecordedRequest) => request.body as IDataObject;
