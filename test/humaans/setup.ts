import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { HumaansApi } from '../../credentials/HumaansApi.credentials';
import { Humaans } from '../../nodes/Humaans/Humaans.node';
import { Engine } from '../harness/engine';
import { HumaansServer } from '../servers/humaans/server';

export const HUMAANS_NODE = 'n8n-nodes-hris.humaans';

/** A running Humaans contract server and an engine whose credential points at it. */
export async function startHumaans() {
	const server = new HumaansServer();
	await server.start();
	const engine = new Engine({
		nodes: { humaans: new Humaans() },
		credentialTypes: { humaansApi: new HumaansApi() },
	});
	engine.setCredential('humaansApi', { accessToken: server.token, baseUrl: server.baseUrl });
	const run = async (
		parameters: INodeParameters,
		input?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	) =>
		await engine.run(
			{
				type: HUMAANS_NODE,
				parameters,
				credentials: { humaansApi: { id: '1', name: 'Humaans' } },
				continueOnFail: options.continueOnFail,
			},
			input,
		);
	return { server, engine, run };
}

/** The value a resource locator holds when the user picked "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export type HumaansContext = Awaited<ReturnType<typeof startHumaans>>;

/**
 * One contract server and engine for a `describe` block, with the request log cleared
 * before each test. The returned object is filled in before the first test runs.
 */
export function humaansSuite(): HumaansContext {
	const ctx = {} as HumaansContext;
	beforeAll(async () => {
		Object.assign(ctx, await startHumaans());
	});
	afterAll(async () => await ctx.server.stop());
	beforeEach(() => ctx.server.reset());
	return ctx;
}
