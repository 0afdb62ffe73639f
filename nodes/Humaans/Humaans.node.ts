import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { executeOperation } from '../shared/execute';
import { describeResources, resourceSubtitle } from '../shared/operations';
import { listSearchMethods, loadOptionsMethods } from './methods';
import { humaansResources } from './resources';
import { humaansSystem } from './system';
import { humaansCredentialTest } from './credentialTest';

export class Humaans implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Humaans',
		name: 'humaans',
		icon: { light: 'file:../../icons/humaans.svg', dark: 'file:../../icons/humaans.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(humaansResources),
		description: 'Manage people, time away, compensation and other HR records in Humaans',
		documentationUrl: 'https://docs.humaans.io/api/',
		defaults: { name: 'Humaans' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'humaansApi', required: true, testedBy: 'humaansCredentialTest' }],
		properties: describeResources(humaansSystem, humaansResources, { defaultResource: 'person' }),
	};

	methods = { listSearch: listSearchMethods, loadOptions: loadOptionsMethods, credentialTest: { humaansCredentialTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, humaansSystem, humaansResources);
	}
}
