import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { asNodeError, isRecord, statusOf } from '../shared/errors';
import type { AcceptedDeliveries } from '../shared/webhooks';
import { MAX_REMEMBERED_DELIVERIES, rememberDelivery, unseenDeliveries, verifyStandardWebhookSignature } from '../shared/webhooks';
import { HUMAANS_WEBHOOK_EVENTS } from './events';
import { humaansList, humaansRequest } from './transport';
import { optionSubtitle } from '../shared/operations';
import { humaansCredentialTest } from './credentialTest';

/** What the trigger keeps in the workflow's static data between activation and deliveries. */
interface HumaansWebhookState extends IDataObject {
	webhookId?: string;
	/** The `whsec_…` signing secret Humaans returned for our webhook. */
	signingSecret?: string;
	/** `delivery:<webhook-id>` and `event:<id>` keys of deliveries accepted recently (repeats are ignored). */
	deliveries?: AcceptedDeliveries;
}

/** Deliveries older or newer than this are refused (replay protection). */
const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

const WEBHOOKS_PATH = '/api/webhooks';

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

const webhookPath = (id: string) => `${WEBHOOKS_PATH}/${encodeURIComponent(id)}`;

/**
 * The webhooks that are this trigger's: every one pointing at its URL, and the one it
 * remembers creating (which may point at an earlier URL). The remembered one comes first.
 * A create whose answer was lost, or static data that was lost, leaves such a webhook
 * behind; finding them by URL is what lets activation adopt them and deactivation delete them.
 */
async function ownWebhooks(ctx: IHookFunctions): Promise<IDataObject[]> {
	const url = ctx.getNodeWebhookUrl('default');
	const { webhookId } = state(ctx);
	const all = await humaansList(ctx, WEBHOOKS_PATH, Infinity);
	const own = all.filter((webhook) => webhook.prodEndpointUrl === url || (webhookId !== undefined && webhook.id === webhookId));
	return own.sort((a, b) => Number(b.id === webhookId) - Number(a.id === webhookId));
}

async function deleteWebhook(ctx: IHookFunctions, id: string) {
	try {
		await humaansRequest(ctx, 'DELETE', webhookPath(id));
	} catch (error) {
		if (statusOf(error) !== 404) throw asNodeError(ctx.getNode(), error);
	}
}

/** Makes an existing webhook ours: this URL, the chosen events, active; remembers its secret. */
async function adopt(ctx: IHookFunctions, webhook: IDataObject): Promise<boolean> {
	const body = webhookBody(ctx);
	const updated = await humaansRequest(ctx, 'PATCH', webhookPath(String(webhook.id)), {
		body: { prodEndpointUrl: body.prodEndpointUrl, subscribedEvents: body.subscribedEvents, status: 'active' },
	});
	return remember(ctx, isRecord(updated) ? { ...webhook, ...updated } : webhook);
}

function remember(ctx: IHookFunctions, webhook: unknown): boolean {
	if (!isRecord(webhook) || typeof webhook.id !== 'string') return false;
	const stored = state(ctx);
	stored.webhookId = webhook.id;
	if (typeof webhook.prodEndpointSignature === 'string') stored.signingSecret = webhook.prodEndpointSignature;
	return true;
}

/** The key an event is remembered by in n8n's deduplication store: its own ID. */
const eventKey = (event: IDataObject) => (typeof event.id === 'string' && event.id !== '' ? `event:${event.id}` : undefined);

/** The keys a delivery is remembered by: its `webhook-id` and the event's own ID. */
function deliveryKeys(webhookId: string | undefined, event: IDataObject): string[] {
	const keys = webhookId ? [`delivery:${webhookId}`] : [];
	const key = eventKey(event);
	if (key) keys.push(key);
	return keys;
}

/** A request that may have been carried out although no answer said so (5xx, connection lost). */
function answerMayBeLost(error: unknown): boolean {
	const status = statusOf(error);
	return status === undefined || status >= 500;
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
		credentials: [{ name: 'humaansApi', required: true, testedBy: 'humaansCredentialTest' }],
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

	methods = { credentialTest: { humaansCredentialTest } };

	webhookMethods = {
		default: {
			/**
			 * True only when exactly one webhook is this trigger's: the one it remembers, pointing
			 * here, active, with the chosen events. Anything else goes to create(), which cleans up.
			 */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const stored = state(this);
				if (!stored.webhookId) return false;
				const own = await ownWebhooks(this);
				if (own.length !== 1) return false;
				const [webhook] = own;
				const events = [...((webhook.subscribedEvents as string[]) ?? [])].sort();
				const current =
					webhook.id === stored.webhookId &&
					webhook.status === 'active' &&
					webhook.prodEndpointUrl === this.getNodeWebhookUrl('default') &&
					JSON.stringify(events) === JSON.stringify([...selectedEvents(this)].sort());
				if (current && typeof webhook.prodEndpointSignature === 'string') stored.signingSecret = webhook.prodEndpointSignature;
				return current && typeof stored.signingSecret === 'string';
			},

			/**
			 * Adopts a webhook that is already this trigger's (deleting any others pointing here)
			 * or creates one. The create is sent once: when its answer is lost (5xx, reset), the
			 * webhook it may have made is looked up and adopted instead of being posted again.
			 */
			async create(this: IHookFunctions): Promise<boolean> {
				const [keep, ...extra] = await ownWebhooks(this);
				for (const webhook of extra) await deleteWebhook(this, String(webhook.id));
				if (keep) return await adopt(this, keep);
				try {
					return remember(this, await humaansRequest(this, 'POST', WEBHOOKS_PATH, { body: webhookBody(this) }));
				} catch (error) {
					if (!answerMayBeLost(error)) throw asNodeError(this.getNode(), error);
					const [created] = await ownWebhooks(this).catch(() => []);
					if (!created) throw asNodeError(this.getNode(), error);
					return await adopt(this, created);
				}
			},

			/** Deletes every webhook that is this trigger's; one that is already gone counts as deleted. */
			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = state(this);
				for (const webhook of await ownWebhooks(this)) await deleteWebhook(this, String(webhook.id));
				delete stored.webhookId;
				delete stored.signingSecret;
				delete stored.deliveries;
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
		// Humaans redelivers until it gets a 2xx, and a delivery can arrive twice: a delivery
		// whose `webhook-id` or event ID was accepted before is acknowledged without starting
		// the workflow again.
		const stored = state(this);
		const event = this.getBodyData();
		const remembered = rememberDelivery(
			stored.deliveries,
			deliveryKeys(String(header('webhook-id')), event),
			Number(header('webhook-timestamp')),
			Date.now(),
			TIMESTAMP_TOLERANCE_SECONDS,
		);
		if (remembered.repeat) return { webhookResponse: 'Delivery already received' };
		// Assigned whole, so n8n sees the static data changed. n8n 2.41 saves it only when no
		// execution starts; execute() below records the event in the execution, which n8n saves.
		stored.deliveries = remembered.accepted;
		// Humaans only sends subscribed events, but a webhook edited in Humaans may send more.
		if (!selectedEvents(this).includes(String(event.action))) {
			return { webhookResponse: 'Event not selected in the n8n trigger' };
		}
		return { workflowData: [this.helpers.returnJsonArray(event)] };
	}

	/**
	 * The trigger's step in each execution a delivery started: passes on the events n8n's
	 * deduplication store has not seen (a repeat that reached a queue-mode worker stops here)
	 * and remembers their IDs in the static data, for webhook() to answer the next repeat
	 * without an execution. n8n saves the static data an execution changes (not in manual
	 * runs); what webhook() itself stores is lost in n8n 2.41 whenever it starts an execution.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = await unseenDeliveries(this, this.getInputData(), eventKey, MAX_REMEMBERED_DELIVERIES);
		const stored = this.getWorkflowStaticData('node') as HumaansWebhookState;
		// A queue-mode worker runs the execution from a workflow snapshot without static data,
		// and n8n 2.41 saves what the execution holds over the workflow's: writing here would
		// erase the signing secret. Only the full static data (it has the secret) is updated.
		if (!stored.signingSecret) return [items];
		let accepted = stored.deliveries;
		const nowMs = Date.now();
		for (const item of items) {
			const remembered = rememberDelivery(accepted, deliveryKeys(undefined, item.json), Math.floor(nowMs / 1000), nowMs, TIMESTAMP_TOLERANCE_SECONDS);
			accepted = remembered.accepted;
		}
		if (accepted !== stored.deliveries) stored.deliveries = accepted;
		return [items];
	}
}
