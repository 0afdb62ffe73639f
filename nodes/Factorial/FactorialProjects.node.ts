import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { executeOperation } from '../shared/execute';
import { factorialProperties } from './description';
import { FACTORIAL_NODES } from './generated/nodes';
import { factorialCredentialTest } from './credentialTest';
import { listSearchMethods, loadOptionsMethods } from './methods';
import { nodeResources } from './resources';
import { factorialSystem } from './system';
import { factorialCredentials } from './transport';

const group = FACTORIAL_NODES.factorialProjects;
const resources = nodeResources(group);

export class FactorialProjects implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Factorial Projects',
		name: 'factorialProjects',
		icon: { light: 'file:../../icons/factorial.svg', dark: 'file:../../icons/factorial.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage projects, subprojects, project workers, tasks and time records in Factorial HR',
		documentationUrl: 'https://apidoc.factorialhr.com/docs',
		defaults: { name: 'Factorial Projects' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: factorialCredentials,
		properties: factorialProperties(group, resources),
	};

	methods = { listSearch: listSearchMethods, loadOptions: loadOptionsMethods, credentialTest: { factorialCredentialTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, factorialSystem, resources);
	}
}
