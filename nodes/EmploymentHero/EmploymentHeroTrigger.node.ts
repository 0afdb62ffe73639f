import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { isRecord } from '../shared/errors';
import { safeEqual } from '../shared/webhooks';
import { EMPLOYMENT_HERO_WEBHOOK_EVENTS, matchEvent } from './events';
import { optionSubtitle } from '../shared/operations';

/** The query parameter that carries the shared secret in the URL registered in the portal. */
const SECRET_QUERY_PARAMETER = 'secret';

function firstValue(value: unknown): string | undefined {
	if (Array.isArray(value)) return firstValue(value[0]);
	return typeof value === 'string' ? value : undefined;
}

/**
 * Employment Hero webhooks are registered by hand in the Developer Portal (there is no API
 * for them) and carry no signature (employmenthero.txt 2292–2338). This trigger therefore
 * checks a shared secret the user puts into the registered URL, answers 200 at once (the
 * sender retries up to 3 times otherwise) and starts the workflow only for the picked events.
 */
export class EmploymentHeroTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Employment Hero Trigger',
		name: 'employmentHeroTrigger',
		icon: { light: 'file:../../icons/employmenthero.svg', dark: 'file:../../icons/employmenthero.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionSubtitle('events', EMPLOYMENT_HERO_WEBHOOK_EVENTS, true),
		description: 'Starts the workflow when Employment Hero sends an employee, leave request, bank account or employment history event',
		documentationUrl: 'https://developer.employmenthero.com/api-references/#webhook',
		defaults: { name: 'Employment Hero Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'Employment Hero has no API for webhooks, so register this one by hand: 1. Copy the Production URL from "Webhook URLs" above. 2. If you set a Secret below, append ?secret=YOUR_SECRET to it. 3. In the Employment Hero Developer Portal open My Webhooks → Add Webhooks, give it a name, paste the URL and tick the same events as here. 4. Publish this workflow. To test, register the Test URL the same way.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: EMPLOYMENT_HERO_WEBHOOK_EVENTS,
				description: 'The events that start the workflow; deliveries of other events are acknowledged and ignored',
			},
			{
				displayName: 'Secret',
				name: 'secret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'A long random value also added to the URL registered in Employment Hero as ?secret=…',
				hint: 'Deliveries without it are refused with 401. Employment Hero does not sign its webhooks: without a secret, anyone who knows the URL can start the workflow.',
			},
		],
	};

	/**
	 * Employment Hero offers no API to register webhooks: the user adds the URL in its
	 * Developer Portal. Activation and deactivation therefore have nothing to create or
	 * delete on Employment Hero's side.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();

		const secret = String(this.getNodeParameter('secret', '') ?? '');
		if (secret !== '') {
			const query = (request.query ?? {}) as IDataObject;
			const given = firstValue(query[SECRET_QUERY_PARAMETER]) ?? '';
			if (!safeEqual(given, secret)) {
				response.status(401).send('Unauthorized').end();
				return { noWebhookResponse: true };
			}
		}

		const body = this.getBodyData();
		if (!isRecord(body) || typeof body.event !== 'string') {
			response.status(400).send('Expected a JSON body with "event" and "data"').end();
			return { noWebhookResponse: true };
		}

		const picked = this.getNodeParameter('events', []) as string[];
		const event = matchEvent(body.event, picked);
		if (!event) {
			// Acknowledged so Employment Hero does not retry, but no execution starts.
			return { webhookResponse: { received: true, ignored: true } };
		}

		const data = isRecord(body.data) ? body.data : {};
		return {
			workflowData: [this.helpers.returnJsonArray([{ event: body.event, data }])],
		};
	}
}
