import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { executeOperation } from '../shared/execute';
import { describeResources, resourceSubtitle } from '../shared/operations';
import { listSearchMethods, loadOptionsMethods } from './methods';
import { chiefOnboardingResources } from './resources';
import { chiefOnboardingSystem } from './system';
import { chiefOnboardingCredentialTest } from './credentialTest';

export class ChiefOnboarding implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChiefOnboarding',
		name: 'chiefOnboarding',
		icon: { light: 'file:../../icons/chiefonboarding.svg', dark: 'file:../../icons/chiefonboarding.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(chiefOnboardingResources),
		description: 'Create new hires, offboard users and list employees and sequences in a self-hosted ChiefOnboarding',
		documentationUrl: 'https://docs.chiefonboarding.com/API.html',
		defaults: { name: 'ChiefOnboarding' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chiefOnboardingApi', required: true, testedBy: 'chiefOnboardingCredentialTest' }],
		properties: describeResources(chiefOnboardingSystem, chiefOnboardingResources, { defaultResource: 'employee' }),
	};

	methods = { listSearch: listSearchMethods, loadOptions: loadOptionsMethods, credentialTest: { chiefOnboardingCredentialTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, chiefOnboardingSystem, chiefOnboardingResources);
	}
}
