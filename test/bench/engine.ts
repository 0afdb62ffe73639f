import type {
	ICredentialType,
	INode,
	INodeCredentials,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { Engine, TestInput } from '../harness/engine';

/** One node of a bench chain (Test Input → step 1 → step 2 …). */
export interface Step {
	type: string;
	typeVersion?: number;
	parameters: INodeParameters;
	credentials?: INodeCredentials;
}

export interface ChainResult {
	/** Items on the first output of the chain's last node. */
	items: INodeExecutionData[];
	error?: Error;
}

/**
 * n8n-core's WorkflowExecute over a chain of nodes, with the test harness's credentials
 * helper: our nodes and n8n's own (HTTP Request, Split Out) run through the same engine.
 */
export class BenchEngine {
	private readonly harness: Engine;

	private readonly nodeTypes: INodeTypes;

	constructor(nodes: Record<string, INodeType | IVersionedNodeType>, credentialTypes: Record<string, ICredentialType>) {
		this.harness = new Engine({ nodes: {}, credentialTypes });
		const all: Record<string, INodeType | IVersionedNodeType> = { testInput: new TestInput(), ...nodes };
		this.nodeTypes = {
			getByName: (name) => all[name],
			getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(all[name], version),
			getKnownTypes: () => ({}),
		};
	}

	get credentials() {
		return this.harness.credentials;
	}

	async run(steps: Step[], input: INodeExecutionData[] = [{ json: {} }]): Promise<ChainResult> {
		TestInput.items = input;
		const nodes: INode[] = [
			{ id: 'input', name: 'Test Input', type: 'testInput', typeVersion: 1, position: [0, 0], parameters: {} },
			...steps.map((step, i) => ({
				id: `step${i}`,
				name: `Step ${i + 1}`,
				type: step.type,
				typeVersion: step.typeVersion ?? 1,
				position: [200 * (i + 1), 0] as [number, number],
				parameters: step.parameters,
				credentials: step.credentials,
			})),
		];
		const connections: Workflow['connectionsBySourceNode'] = {};
		for (let i = 0; i < steps.length; i++) {
			connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: NodeConnectionTypes.Main, index: 0 }]] };
		}
		const workflow = new Workflow({
			id: 'bench-workflow',
			name: 'Bench',
			nodes,
			connections,
			active: false,
			nodeTypes: this.nodeTypes,
			staticData: {},
			settings: {},
		});
		const additionalData = this.harness.additionalData();
		additionalData.hooks = new ExecutionLifecycleHooks('manual', 'bench-execution', {
			id: workflow.id,
			name: workflow.name,
			nodes,
			connections,
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			settings: {},
		} as never);
		const last = nodes[nodes.length - 1].name;
		const run = await new WorkflowExecute(additionalData, 'manual').run({
			workflow,
			startNode: workflow.getNode('Test Input') ?? undefined,
			destinationNode: { nodeName: last, mode: 'inclusive' },
		});
		const task = run.data.resultData.runData[last]?.[0];
		return {
			items: task?.data?.main?.[0] ?? [],
			error: (run.data.resultData.error ?? task?.error) as Error | undefined,
		};
	}
}
