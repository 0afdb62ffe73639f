import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';
import {
	BinaryDataService,
	ExecutionLifecycleHooks,
	HookContext,
	PollContext,
	WebhookContext,
	WorkflowExecute,
} from 'n8n-core';
import { Container } from '@n8n/di';
import { TestCredentialsHelper } from './credentials';
import { ensureDeduplication, processedData } from './deduplication';

/** Emits the items a test (or a bench run) hands it: the stand-in for whatever precedes our node. */
export class TestInput implements INodeType {
	static items: INodeExecutionData[] = [{ json: {} }];

	description = {
		displayName: 'Test Input',
		name: 'testInput',
		group: ['input'],
		version: 1,
		description: 'Emits the items set by the test',
		defaults: { name: 'Test Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [TestInput.items];
	}
}

export interface EngineSetup {
	nodes: Record<string, INodeType | IVersionedNodeType>;
	credentialTypes: Record<string, ICredentialType>;
}

let binaryReady: Promise<void> | undefined;
async function ensureBinaryData() {
	binaryReady ??= Container.get(BinaryDataService).init();
	await binaryReady;
	await ensureDeduplication();
}

/** Runs workflows holding our nodes in n8n-core's engine. */
export class Engine {
	readonly credentials: TestCredentialsHelper;

	private readonly nodeTypes: INodeTypes;

	constructor(private readonly setup: EngineSetup) {
		this.credentials = new TestCredentialsHelper(setup.credentialTypes);
		const all: Record<string, INodeType | IVersionedNodeType> = { testInput: new TestInput(), ...setup.nodes };
		this.nodeTypes = {
			getByName: (name) => all[name.replace(/^n8n-nodes-hris\./, '')],
			getByNameAndVersion: (name, version) =>
				NodeHelpers.getVersionedNodeType(all[name.replace(/^n8n-nodes-hris\./, '')], version),
			getKnownTypes: () => ({}),
		};
	}

	setCredential(type: string, data: ICredentialDataDecryptedObject) {
		this.credentials.set(type, data);
	}

	additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		const base = 'http://127.0.0.1:5678';
		return {
			credentialsHelper: this.credentials,
			executeWorkflow: async () => {
				throw new Error('Sub-workflows are not used in these tests');
			},
			getRunExecutionData: async () => undefined,
			getRuntimeCredential: async () => undefined,
			currentNodeExecutionIndex: 0,
			restApiUrl: `${base}/rest`,
			instanceBaseUrl: base,
			formBaseUrl: `${base}/form`,
			formWaitingBaseUrl: `${base}/form-waiting`,
			formTestBaseUrl: `${base}/form-test`,
			webhookBaseUrl: `${base}/webhook`,
			webhookWaitingBaseUrl: `${base}/webhook-waiting`,
			webhookTestBaseUrl: `${base}/webhook-test`,
			mcpBaseUrl: `${base}/mcp`,
			mcpTestBaseUrl: `${base}/mcp-test`,
			variables: {},
			logAiEvent: () => {},
			startRunnerTask: async () => {
				throw new Error('Task runners are not used in these tests');
			},
			...extra,
		} as IWorkflowExecuteAdditionalData;
	}

	/**
	 * A workflow: Test Input → the node under test (named "Node"). Every workflow has the same
	 * ID, so each new one starts with an empty deduplication store, as a new workflow does.
	 */
	workflow(node: NodeUnderTest, staticData: IDataObject = {}): Workflow {
		processedData.entries.clear();
		const nodes: INode[] = [
			{ id: 'input', name: 'Test Input', type: 'testInput', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'node',
				name: 'Node',
				type: node.type,
				typeVersion: node.typeVersion ?? 1,
				position: [200, 0],
				parameters: node.parameters,
				credentials: node.credentials,
				continueOnFail: node.continueOnFail,
				onError: node.continueOnFail ? 'continueRegularOutput' : undefined,
				webhookId: node.webhookId,
			},
		];
		return new Workflow({
			id: 'test-workflow',
			name: 'Test',
			nodes,
			connections: { 'Test Input': { main: [[{ node: 'Node', type: NodeConnectionTypes.Main, index: 0 }]] } },
			active: false,
			nodeTypes: this.nodeTypes,
			staticData,
			settings: {},
		});
	}

	private hooks(workflow: Workflow, mode: WorkflowExecuteMode) {
		return new ExecutionLifecycleHooks(mode, 'test-execution', {
			id: workflow.id,
			name: workflow.name,
			nodes: Object.values(workflow.nodes),
			connections: workflow.connectionsBySourceNode,
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			settings: {},
		} as never);
	}

	/** Executes Test Input → node for the given input items and returns what the node emitted. */
	async run(node: NodeUnderTest, input: INodeExecutionData[] = [{ json: {} }]): Promise<RunResult> {
		await ensureBinaryData();
		TestInput.items = input;
		const workflow = this.workflow(node);
		const additionalData = this.additionalData();
		additionalData.hooks = this.hooks(workflow, 'manual');
		const run = await new WorkflowExecute(additionalData, 'manual').run({
			workflow,
			startNode: workflow.getNode('Test Input') ?? undefined,
			destinationNode: { nodeName: 'Node', mode: 'inclusive' },
		});
		return toResult(run);
	}

	/** Starts an execution from trigger output, as n8n does after a webhook or poll. */
	async runFromTrigger(workflow: Workflow, triggerData: INodeExecutionData[][], mode: WorkflowExecuteMode) {
		await ensureBinaryData();
		const node = workflow.getNode('Node') as INode;
		const additionalData = this.additionalData();
		additionalData.hooks = this.hooks(workflow, mode);
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node, data: { main: triggerData }, source: null }],
			},
		});
		const run = await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(workflow);
		return toResult(run);
	}

	/** The lifecycle methods n8n calls on activation (checkExists → create) and deactivation (delete). */
	webhookMethods(workflow: Workflow, mode: 'activate' | 'manual' = 'activate') {
		const node = workflow.getNode('Node') as INode;
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const webhookData = this.webhookData(workflow);
		const context = () =>
			new HookContext(workflow, node, this.additionalData(), mode === 'manual' ? 'manual' : 'trigger', 'activate', webhookData);
		const methods = nodeType.webhookMethods?.default;
		if (!methods) throw new Error(`${node.type} has no webhook methods`);
		return {
			checkExists: async () => await methods.checkExists.call(context()),
			create: async () => await methods.create.call(context()),
			delete: async () => await methods.delete.call(context()),
			/** n8n's activation: create only when checkExists says it is missing. */
			activate: async () => {
				if (!(await methods.checkExists.call(context()))) await methods.create.call(context());
			},
		};
	}

	webhookData(workflow: Workflow): IWebhookData {
		const node = workflow.getNode('Node') as INode;
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const description = nodeType.description.webhooks?.[0];
		const path = String(description?.path ?? 'webhook');
		return {
			httpMethod: (description?.httpMethod as IWebhookData['httpMethod']) ?? 'POST',
			node: node.name,
			path,
			webhookDescription: description as IWebhookData['webhookDescription'],
			workflowId: String(workflow.id),
			workflowExecuteAdditionalData: this.additionalData(),
			webhookId: node.webhookId,
		};
	}

	/** Delivers one HTTP request to the trigger's webhook() as n8n's webhook server would. */
	async deliver(workflow: Workflow, request: DeliveredRequest): Promise<Delivery> {
		const node = workflow.getNode('Node') as INode;
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const response = new RecordedResponse();
		const rawBody = Buffer.from(request.rawBody ?? JSON.stringify(request.body ?? {}));
		const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
		const httpRequest = {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: request.body ?? safeJson(rawBody.toString('utf8')),
			rawBody,
			query: request.query ?? {},
			params: request.params ?? {},
			url: request.url ?? '/',
		};
		const additionalData = this.additionalData({
			httpRequest: httpRequest as never,
			httpResponse: response as never,
		});
		const webhookData = { ...this.webhookData(workflow), workflowExecuteAdditionalData: additionalData };
		const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
		const staticDataBefore = JSON.stringify(workflow.staticData);
		const result: IWebhookResponseData = await (nodeType.webhook as NonNullable<INodeType['webhook']>).call(context);
		let execution: RunResult | undefined;
		if (result.workflowData) {
			// n8n 2.41 runs the execution from the stored workflow and saves the static data the
			// execution holds: what webhook() itself changed is lost once an execution starts.
			replaceStaticData(workflow, JSON.parse(staticDataBefore) as IDataObject);
			execution = await this.runFromTrigger(workflow, result.workflowData, 'webhook');
		}
		return { result, response, execution };
	}

	/** One poll in trigger mode (static data persists on the workflow between polls). */
	async poll(workflow: Workflow, mode: 'trigger' | 'manual' = 'trigger') {
		const node = workflow.getNode('Node') as INode;
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const context = new PollContext(workflow, node, this.additionalData(), mode, mode === 'manual' ? 'manual' : 'activate');
		const data = await (nodeType.poll as NonNullable<INodeType['poll']>).call(context);
		let execution: RunResult | undefined;
		if (data) execution = await this.runFromTrigger(workflow, data, 'trigger');
		return { data, execution };
	}
}

function replaceStaticData(workflow: Workflow, data: IDataObject) {
	const target = workflow.staticData as IDataObject;
	for (const key of Object.keys(target)) delete target[key];
	Object.assign(target, data);
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

export interface NodeUnderTest {
	type: string;
	typeVersion?: number;
	parameters: INodeParameters;
	credentials?: INode['credentials'];
	continueOnFail?: boolean;
	webhookId?: string;
}

export interface DeliveredRequest {
	headers?: Record<string, string>;
	body?: unknown;
	rawBody?: string;
	query?: IDataObject;
	params?: IDataObject;
	url?: string;
}

export interface Delivery {
	result: IWebhookResponseData;
	response: RecordedResponse;
	execution?: RunResult;
}

/** Enough of express.Response for webhook() implementations. */
export class RecordedResponse {
	statusCode = 200;

	body: unknown;

	ended = false;

	headers: Record<string, string> = {};

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	send(body?: unknown) {
		this.body = body;
		this.ended = true;
		return this;
	}

	json(body: unknown) {
		return this.send(body);
	}

	end(body?: unknown) {
		if (body !== undefined) this.body = body;
		this.ended = true;
		return this;
	}

	setHeader(name: string, value: string) {
		this.headers[name.toLowerCase()] = value;
		return this;
	}

	header(name: string, value: string) {
		return this.setHeader(name, value);
	}

	set(name: string, value: string) {
		return this.setHeader(name, value);
	}
}

export interface RunResult {
	run: IRun;
	/** Items on each output of "Node" (first run). */
	outputs: INodeExecutionData[][];
	/** Items on the first output. */
	items: INodeExecutionData[];
	json: IDataObject[];
	error?: IRun['data']['resultData']['error'];
}

function toResult(run: IRun): RunResult {
	const taskData = run.data.resultData.runData.Node?.[0];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	const items = outputs[0] ?? [];
	return {
		run,
		outputs,
		items,
		json: items.map((item) => item.json),
		error: run.data.resultData.error ?? taskData?.error,
	};
}

/** The bytes of a binary output, wherever n8n stored them. */
export async function readBinary(binary: IBinaryData | undefined): Promise<Buffer> {
	if (!binary) throw new Error('No binary data');
	return await Container.get(BinaryDataService).getAsBuffer(binary);
}
