import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { executeOperation } from '../shared/execute';
import { describeResources, resourceSubtitle } from '../shared/operations';
import { listSearchMethods } from './methods';
import { hrOmniResources } from './resources';
import { hrOmniSystem } from './system';
import { hrOmniCredentialTest } from './credentialTest';

export class HrOmni implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HR Omni',
		name: 'hrOmni',
		icon: { light: 'file:../../icons/hromni.svg', dark: 'file:../../icons/hromni.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(hrOmniResources),
		description: 'Manage companies, users, employment, leave, assets and time tracking in HR Omni',
		documentationUrl: 'https://github.com/n8n-nodes-hris/n8n-nodes-hris#hr-omni',
		defaults: { name: 'HR Omni' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'hrOmniApi', required: true, testedBy: 'hrOmniCredentialTest' }],
		properties: describeResources(hrOmniSystem, hrOmniResources, { defaultResource: 'employee' }),
	};

	methods = { listSearch: listSearchMethods, credentialTest: { hrOmniCredentialTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, hrOmniSystem, hrOmniResources);
	}
}
