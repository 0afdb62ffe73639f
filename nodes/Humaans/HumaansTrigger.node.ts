import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { asNodeError, isRecord, statusOf } from '../shared/errors';
import { verifyStandardWebhookSignature } from '../shared/webhooks';
import { HUMAANS_WEBHOOK_EVENTS } from './events';
import { humaansRequest } from './transport';
import { optionSubtitle } from '../shared/operations';

/** What the trigger keeps in the workflow's static data between activation and deliveries. */
interface HumaansWebhookState extends IDataObject {
	webhookId?: string;
	/** The `whsec_…` signing secret Humaans returned for our webhook. */
	signingSecret?: string;
}

/** Deliveries older or newer than this are refused (replay protection). */
const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

function state(ctx: IHookFunctions | IWebhookFunctions): HumaansWebhookState {
	return ctx.getWorkflowStaticData('node') as HumaansWebhookState;
}

function selectedEvents(ctx: IHookFunctions | IWebhookFunctions): string[] {
	return ctx.getNodeParameter('events', []) as string[];
}

function webhookBody(ctx: IHookFunctions): IDataObject {
	const workflow = ctx.getWorkflow();
	return {
		name: `n8n: ${workflow.name ?? workflow.id ?? 'workflow'}`.slice(0, 100),
		description: `Created by the n8n workflow ${String(workflow.id ?? '')}; deleted when the workflow is deactivated.`,
		prodEndpointUrl: ctx.getNodeWebhookUrl('default'),
		subscribedEvents: selectedEvents(ctx),
		status: 'active',
	};
}

export class HumaansTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Humaans Trigger',
		name: 'humaansTrigger',
		icon: { light: 'file:../../icons/humaans.svg', dark: 'file:../../icons/humaans.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionSubtitle('events', HUMAANS_WEBHOOK_EVENTS, true),
		description: 'Starts the workflow when people, time away, compensation or other records change in Humaans',
		documentationUrl: 'https://docs.humaans.io/api/#webhooks',
		defaults: { name: 'Humaans Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'humaansApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'On activation this node registers a webhook in Humaans (the access token needs the webhooks:manage scope) and removes it on deactivation. Every delivery is checked against the webhook signature.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: HUMAANS_WEBHOOK_EVENTS,
				description: 'The Humaans events that start the workflow',
			},
		],
	};

	webhookMethods = {
		default: {
			/** True only when the webhook we created still exists, points here and has the chosen events. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const { webhookId } = state(this);
				if (!webhookId) return false;
				try {
					const webhook = await humaansRequest(this, 'GET', `/api/webhooks/${encodeURIComponent(webhookId)}`);
					if (!isRecord(webhook)) return false;
					const events = [...((webhook.subscribedEvents as string[]) ?? [])].sort();
					return (
						webhook.status === 'active' &&
						webhook.prodEndpointUrl === this.getNodeWebhookUrl('default') &&
						JSON.stringify(events) === JSON.stringify([...selectedEvents(this)].sort())
					);
				} catch (error) {
					if (statusOf(error) === 404) return false;
					throw asNodeError(this.getNode(), error);
				}
			},

			/** Creates our webhook, or brings the one we created before up to date (never a duplicate). */
			async create(this: IHookFunctions): Promise<boolean> {
				const stored = state(this);
				const body = webhookBody(this);
				let webhook: unknown;
				if (stored.webhookId) {
					try {
						webhook = await humaansRequest(this, 'PATCH', `/api/webhooks/${encodeURIComponent(stored.webhookId)}`, {
							body: { prodEndpointUrl: body.prodEndpointUrl, subscribedEvents: body.subscribedEvents, status: 'active' },
						});
					} catch (error) {
						if (statusOf(error) !== 404) throw asNodeError(this.getNode(), error);
					}
				}
				webhook ??= await humaansRequest(this, 'POST', '/api/webhooks', { body });
				if (!isRecord(webhook) || typeof webhook.id !== 'string') return false;
				stored.webhookId = webhook.id;
				if (typeof webhook.prodEndpointSignature === 'string') stored.signingSecret = webhook.prodEndpointSignature;
				return true;
			},

			/** Deletes our webhook; one that is already gone counts as deleted. */
			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = state(this);
				if (stored.webhookId) {
					try {
						await humaansRequest(this, 'DELETE', `/api/webhooks/${encodeURIComponent(stored.webhookId)}`);
					} catch (error) {
						if (statusOf(error) !== 404) throw asNodeError(this.getNode(), error);
					}
				}
				delete stored.webhookId;
				delete stored.signingSecret;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		const { signingSecret } = state(this);
		const header = (name: string) => {
			const value = request.headers[name];
			return Array.isArray(value) ? value[0] : value;
		};
		const check = signingSecret
			? verifyStandardWebhookSignature(
					{
						id: header('webhook-id'),
						timestamp: header('webhook-timestamp'),
						signatures: header('webhook-signature'),
						rawBody: request.rawBody ?? JSON.stringify(request.body ?? {}),
					},
					signingSecret,
					Date.now(),
					TIMESTAMP_TOLERANCE_SECONDS,
				)
			: ({ valid: false, reason: 'no signing secret stored; deactivate and activate the workflow' } as const);
		if (!check.valid) {
			this.logger.warn(`Humaans Trigger refused a delivery: ${check.reason}`);
			response.status(401).send('Unauthorized').end();
			return { noWebhookResponse: true };
		}
		const event = this.getBodyData();
		// Humaans only sends subscribed events, but a webhook edited in Humaans may send more.
		if (!selectedEvents(this).includes(String(event.action))) {
			return { webhookResponse: 'Event not selected in the n8n trigger' };
		}
		return { workflowData: [this.helpers.returnJsonArray(event)] };
	}
}
