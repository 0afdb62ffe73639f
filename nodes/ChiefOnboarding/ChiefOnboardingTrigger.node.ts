import type { IDataObject, INodeExecutionData, INodePropertyOptions, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { pollNewIds } from '../shared/polling';
import { EMPLOYEES_PATH, chiefOnboardingList } from './transport';
import { chiefOnboardingCredentialTest } from './credentialTest';
import { optionSubtitle } from '../shared/operations';

/**
 * User IDs are Django primary keys. They usually grow, but a user imported with an explicit
 * ID can be far ahead of the ones created later, so every ID not seen before is new.
 */
const userId = (record: IDataObject): number | undefined => {
	const id = typeof record.id === 'number' ? record.id : typeof record.id === 'string' && /^\d+$/.test(record.id) ? Number(record.id) : NaN;
	return Number.isSafeInteger(id) ? id : undefined;
};

/** The events this trigger polls for. */
const CHIEF_ONBOARDING_TRIGGER_EVENTS: INodePropertyOptions[] = [
	{
		name: 'New Employee',
		value: 'newEmployee',
		description: 'A user whose ID was not seen before (new hires and every other role)',
	},
];

export class ChiefOnboardingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChiefOnboarding Trigger',
		name: 'chiefOnboardingTrigger',
		icon: { light: 'file:../../icons/chiefonboarding.svg', dark: 'file:../../icons/chiefonboarding.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionSubtitle('event', CHIEF_ONBOARDING_TRIGGER_EVENTS),
		description: 'Starts the workflow when a new user appears in ChiefOnboarding (polling)',
		documentationUrl: 'https://docs.chiefonboarding.com/API.html',
		defaults: { name: 'ChiefOnboarding Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chiefOnboardingApi', required: true, testedBy: 'chiefOnboardingCredentialTest' }],
		properties: [
			{
				displayName:
					'ChiefOnboarding has no webhooks, so this trigger polls the employee list. The first poll after activation only records the users that already exist; every user added after that starts the workflow once. Fetching a test event returns the newest user as a sample.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				required: true,
				default: 'newEmployee',
				options: CHIEF_ONBOARDING_TRIGGER_EVENTS,
			},
		],
	};

	methods = { credentialTest: { chiefOnboardingCredentialTest } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const employees = await chiefOnboardingList(this, EMPLOYEES_PATH);

		const stored = this.getWorkflowStaticData('node');
		const fresh = pollNewIds(employees, userId, stored, this.getMode() === 'manual');
		return fresh.length ? [this.helpers.returnJsonArray(fresh)] : null;
	}
}
