import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { executeOperation } from '../shared/execute';
import { describeResources, resourceSubtitle } from '../shared/operations';
import { listSearchMethods, loadOptionsMethods } from './methods';
import { employmentHeroResources } from './resources';
import { employmentHeroSystem } from './system';
import { EMPLOYMENT_HERO_CREDENTIAL } from './transport';

export class EmploymentHero implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Employment Hero',
		name: 'employmentHero',
		icon: { light: 'file:../../icons/employmenthero.svg', dark: 'file:../../icons/employmenthero.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: resourceSubtitle(employmentHeroResources),
		description: 'Read organisations, employees, leave, timesheets, payroll and rostering data from Employment Hero',
		documentationUrl: 'https://developer.employmenthero.com/api-references/',
		defaults: { name: 'Employment Hero' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: EMPLOYMENT_HERO_CREDENTIAL, required: true }],
		properties: describeResources(employmentHeroSystem, employmentHeroResources, { defaultResource: 'employee' }),
	};

	methods = { listSearch: listSearchMethods, loadOptions: loadOptionsMethods };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeOperation.call(this, employmentHeroSystem, employmentHeroResources);
	}
}
