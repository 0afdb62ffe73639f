import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { executeOperation } from '../shared/execute';
import { resourceSubtitle } from '../shared/operations';
import { factorialCredentialTest } from './credentialTest';
import { factorialProperties } from './description';
import { FACTORIAL_NODES } from './generated/nodes';
import { listSearchMethods, loadOptionsMethods } from './methods';
import { nodeResources } from './resources';
import { factorialSystem } from './system';

const group = FACTORIAL_NODES.factorialRecruiting;
const resources = nodeResources(group);

export class FactorialRecruiting implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Factorial Recruiting',
		name: 'factorialRecruiting',
		icon: { light: 'file:../../icons/factorial.svg', dark: 'file:../../icons/factorial.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(resources),
		description: 'Manage job postings, candidates, applications and hiring stages in Factorial HR',
		documentationUrl: 'https://apidoc.factorialhr.com/docs',
		defaults: { name: 'Factorial Recruiting' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// Literal, so that n8n's lint sees the API key credential tested by the node.
			{ name: 'factorialApi', required: true, testedBy: 'factorialCredentialTest', displayOptions: { show: { authentication: ['apiKey'] } } },
			{ name: 'factorialOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		properties: factorialProperties(group, resources),
	};

	methods = { listSearch: listSearchMethods, loadOptions: loadOptionsMethods, credentialTest: { factorialCredentialTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, factorialSystem, resources);
	}
}
