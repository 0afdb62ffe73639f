import { createHash, randomBytes } from 'crypto';
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
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { asNodeError, isRecord, statusOf } from '../shared/errors';
import { optionSubtitle } from '../shared/operations';
import type { AcceptedDeliveries } from '../shared/webhooks';
import { rememberDelivery, safeEqual, unseenDeliveries } from '../shared/webhooks';
import { factorialCredentialTest } from './credentialTest';
import { FACTORIAL_EVENTS } from './generated/events';
import {
	FACTORIAL_API_PATH,
	FACTORIAL_API_VERSION,
	authenticationProperty,
	factorialCompanyId,
	factorialList,
	factorialRequest,
} from './transport';

/** Factorial sends each subscription's challenge back in this header (apidoc "manage-webhooks"). */
export const CHALLENGE_HEADER = 'x-factorial-wh-challenge';

/** The query parameter of each subscription's target URL that names its event. */
export const EVENT_QUERY_PARAMETER = 'event';

const SUBSCRIPTIONS_PATH = `${FACTORIAL_API_PATH}/api_public/webhook_subscriptions`;

/** Factorial retries a failed delivery for up to 48 hours (factorial-notes.md A.4). */
const REPEAT_WINDOW_SECONDS = 48 * 3600;
const REMEMBERED_DELIVERIES = 500;

interface StoredSubscription extends IDataObject {
	id: string;
	challenge: string;
}

/** What the trigger keeps in the workflow's static data. */
interface FactorialWebhookState extends IDataObject {
	/** One subscription per event type. */
	subscriptions?: Record<string, StoredSubscription>;
	/** Fingerprints of the deliveries of the last 48 hours, with the time they arrived. */
	deliveries?: AcceptedDeliveries;
}

type Subscription = IDataObject & { id: string; type?: string; target_url?: string; name?: string; enabled?: boolean; challenge?: string };

function state(ctx: IHookFunctions | IWebhookFunctions): FactorialWebhookState {
	return ctx.getWorkflowStaticData('node') as FactorialWebhookState;
}

function selectedEvents(ctx: IHookFunctions | IWebhookFunctions): string[] {
	return ctx.getNodeParameter('events', []) as string[];
}

function optionsOf(ctx: IHookFunctions | IWebhookFunctions | IExecuteFunctions): { takeOver?: boolean; ignoreRepeats?: boolean } {
	return ctx.getNodeParameter('options', {}) as { takeOver?: boolean; ignoreRepeats?: boolean };
}

/**
 * A delivery's body is the bare resource with no event name (notes A.4), so every
 * subscription gets its own URL: the node's webhook URL with `?event=<type>`.
 */
function targetUrl(ctx: IHookFunctions, event: string): string {
	return `${ctx.getNodeWebhookUrl('default') as string}?${EVENT_QUERY_PARAMETER}=${encodeURIComponent(event)}`;
}

/**
 * Names the workflow, so a subscription shows in Factorial whose it is. "Listen for test
 * event" uses another name: the production subscription of an active workflow is then not
 * mistaken for the test one (and deleted when the test ends).
 */
function subscriptionName(ctx: IHookFunctions, event: string): string {
	const workflow = ctx.getWorkflow();
	const test = ctx.getMode() === 'manual' ? ' test' : '';
	return `n8n workflow ${String(workflow.id ?? '')} (${workflow.name ?? 'unnamed'})${test}: ${event}`.slice(0, 100);
}

/** Whether Factorial's stored target URL is ours, whether or not it kept the query encoded. */
function sameUrl(stored: unknown, ours: string): boolean {
	if (typeof stored !== 'string') return false;
	const normal = (url: string) => {
		try {
			return decodeURIComponent(url);
		} catch {
			return url;
		}
	};
	return stored === ours || normal(stored) === normal(ours);
}

/**
 * Deliveries carry no id (notes A.4): a repeat is the same item (body, event and author).
 * The same fingerprint is taken when a delivery arrives and when its execution records it.
 */
const deliveryKey = (item: IDataObject) => `delivery:${createHash('sha256').update(JSON.stringify(item)).digest('hex')}`;

function rememberItem(accepted: AcceptedDeliveries | undefined, item: IDataObject, nowMs: number) {
	return rememberDelivery(accepted, [deliveryKey(item)], Math.floor(nowMs / 1000), nowMs, REPEAT_WINDOW_SECONDS, REMEMBERED_DELIVERIES);
}

const newChallenge = () => randomBytes(24).toString('hex');

const subscriptionPath = (id: string) => `${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}`;

function asSubscription(value: unknown): Subscription | undefined {
	if (!isRecord(value) || value.id === undefined || value.id === null) return undefined;
	return { ...value, id: String(value.id) } as Subscription;
}

const summary = (subscription: Subscription) =>
	`id ${subscription.id}${subscription.name ? `, "${subscription.name}"` : ''}, sending to ${subscription.target_url ?? 'an unknown URL'}`;

function isTaken(error: unknown): boolean {
	if (statusOf(error) !== 422) return false;
	const text = `${(error as Error).message ?? ''} ${(error as { description?: string }).description ?? ''}`;
	return /already (been )?taken|already exists/i.test(text);
}

async function listSubscriptions(ctx: IHookFunctions, qs: IDataObject = {}): Promise<Subscription[]> {
	const rows = await factorialList(ctx, SUBSCRIPTIONS_PATH, Infinity, qs);
	return rows.map(asSubscription).filter((row): row is Subscription => row !== undefined);
}

async function deleteSubscription(ctx: IHookFunctions, id: string): Promise<void> {
	try {
		await factorialRequest(ctx, 'DELETE', subscriptionPath(id));
	} catch (error) {
		// Already gone counts as deleted.
		if (statusOf(error) !== 404) throw asNodeError(ctx.getNode(), error);
	}
}

type Plan =
	| { kind: 'keep'; event: string; subscription: Subscription; challenge: string }
	| { kind: 'update'; event: string; subscription: Subscription; challenge: string }
	| { kind: 'create'; event: string };

export class FactorialTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Factorial Trigger',
		name: 'factorialTrigger',
		icon: { light: 'file:../../icons/factorial.svg', dark: 'file:../../icons/factorial.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: optionSubtitle('events', FACTORIAL_EVENTS, true),
		description: 'Starts the workflow when employees, time off, shifts, documents or other records change in Factorial',
		documentationUrl: 'https://apidoc.factorialhr.com/docs/manage-webhooks',
		defaults: { name: 'Factorial Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// Literal, so that n8n's lint sees the API key credential tested by the node.
			{ name: 'factorialApi', required: true, testedBy: 'factorialCredentialTest', displayOptions: { show: { authentication: ['apiKey'] } } },
			{ name: 'factorialOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			authenticationProperty,
			{
				displayName:
					'On activation this node creates one Factorial webhook subscription per event, each with its own secret challenge, and deletes them on deactivation. Factorial disables a subscription after about 20 failed deliveries; the next activation enables it again.',
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
				options: FACTORIAL_EVENTS.map((event) => ({ name: event.name, value: event.value, description: event.description })),
				description: 'The Factorial events that start the workflow (one subscription each)',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Ignore Repeated Deliveries',
						name: 'ignoreRepeats',
						type: 'boolean',
						default: true,
						description: 'Whether to skip a delivery identical to one received in the last 48 hours (Factorial retries failed deliveries)',
					},
					{
						displayName: 'Take Over Existing Subscriptions',
						name: 'takeOver',
						type: 'boolean',
						default: false,
						description: 'Whether to point an existing Factorial subscription for a chosen event at this workflow',
						hint: 'Factorial keeps one subscription per event, so the other receiver stops getting it. Off: activation fails and names the subscription.',
					},
				],
			},
		],
	};

	methods = { credentialTest: { factorialCredentialTest } };

	webhookMethods = {
		default: {
			/** True only when every chosen event has its stored subscription, pointing here and enabled. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const stored = state(this).subscriptions ?? {};
				const events = selectedEvents(this);
				if (events.length !== Object.keys(stored).length || !events.every((event) => stored[event])) return false;
				for (const event of events) {
					let remote: Subscription | undefined;
					try {
						remote = asSubscription(await factorialRequest(this, 'GET', subscriptionPath(stored[event].id)));
					} catch (error) {
						if (statusOf(error) === 404) return false;
						throw asNodeError(this.getNode(), error);
					}
					if (
						!remote ||
						remote.type !== event ||
						!sameUrl(remote.target_url, targetUrl(this, event)) ||
						remote.enabled !== true ||
						(remote.api_version !== undefined && remote.api_version !== FACTORIAL_API_VERSION) ||
						(remote.challenge !== undefined && remote.challenge !== stored[event].challenge)
					) {
						return false;
					}
				}
				return true;
			},

			/**
			 * Brings Factorial in line with the chosen events: keeps, re-enables or re-points this
			 * workflow's subscriptions, creates the missing ones and deletes those no longer chosen
			 * and any left behind at this webhook URL. A subscription of someone else for a chosen
			 * event fails the activation (before any change) unless the take-over option is on.
			 */
			async create(this: IHookFunctions): Promise<boolean> {
				const node = this.getNode();
				const stored = state(this);
				const previous = stored.subscriptions ?? {};
				const events = [...new Set(selectedEvents(this))];
				if (!events.length) throw new NodeOperationError(node, 'Choose at least one event');
				const { takeOver = false } = optionsOf(this);
				const webhookUrl = this.getNodeWebhookUrl('default') as string;
				try {
					const companyId = await factorialCompanyId(this);
					if (!companyId) throw new NodeOperationError(node, 'Factorial did not name the company of this credential');
					const remote = await listSubscriptions(this);
					// Ours: it points at this node's URL, or carries this workflow's name (the n8n URL
					// changed). A stored id alone is not enough: another receiver may have overwritten it.
					const isMine = (subscription: Subscription, event: string) =>
						sameUrl(subscription.target_url, targetUrl(this, event)) || subscription.name === subscriptionName(this, event);

					const plans: Plan[] = [];
					const conflicts: string[] = [];
					for (const event of events) {
						const candidates = remote.filter((subscription) => subscription.type === event);
						const mine =
							candidates.find((subscription) => subscription.id === previous[event]?.id && isMine(subscription, event)) ??
							candidates.find((subscription) => isMine(subscription, event));
						if (mine) {
							const challenge = previous[event]?.id === mine.id ? previous[event].challenge : newChallenge();
							const current =
								mine.enabled === true &&
								sameUrl(mine.target_url, targetUrl(this, event)) &&
								(mine.api_version === undefined || mine.api_version === FACTORIAL_API_VERSION) &&
								previous[event]?.id === mine.id &&
								(mine.challenge === undefined || mine.challenge === challenge);
							plans.push({ kind: current ? 'keep' : 'update', event, subscription: mine, challenge });
						} else if (candidates.length && takeOver) {
							plans.push({ kind: 'update', event, subscription: candidates[0], challenge: newChallenge() });
						} else if (candidates.length) {
							conflicts.push(`"${event}" (${summary(candidates[0])})`);
						} else {
							plans.push({ kind: 'create', event });
						}
					}
					if (conflicts.length) {
						throw new NodeOperationError(node, `Factorial already has a subscription for ${conflicts.join('; ')}`, {
							description:
								'Factorial keeps one subscription per event. Delete it in Factorial, or turn on "Take Over Existing Subscriptions" to point it at this workflow.',
						});
					}

					const created: string[] = [];
					const next: Record<string, StoredSubscription> = {};
					try {
						for (const plan of plans) {
							const event = plan.event;
							const fields = {
								target_url: targetUrl(this, event),
								name: subscriptionName(this, event),
								enabled: true,
								api_version: FACTORIAL_API_VERSION,
							};
							if (plan.kind === 'keep') {
								next[event] = { id: plan.subscription.id, challenge: plan.challenge };
								continue;
							}
							if (plan.kind === 'update') {
								await factorialRequest(this, 'PUT', subscriptionPath(plan.subscription.id), {
									body: { id: plan.subscription.id, ...fields, subscription_type: event, challenge: plan.challenge },
								});
								next[event] = { id: plan.subscription.id, challenge: plan.challenge };
								continue;
							}
							const challenge = newChallenge();
							let subscription: Subscription | undefined;
							try {
								subscription = asSubscription(
									await factorialRequest(this, 'POST', SUBSCRIPTIONS_PATH, {
										body: { subscription_type: event, ...fields, challenge, company_id: companyId },
									}),
								);
								if (subscription) created.push(subscription.id);
							} catch (error) {
								if (!isTaken(error)) throw asNodeError(node, error);
								// A subscription appeared since the list (or is hidden from it): look again.
								const [existing] = await listSubscriptions(this, { type: event });
								if (!existing) throw asNodeError(node, error);
								if (!isMine(existing, event) && !takeOver) {
									throw new NodeOperationError(node, `Factorial already has a subscription for "${event}" (${summary(existing)})`, {
										description: 'Delete it in Factorial, or turn on "Take Over Existing Subscriptions" to point it at this workflow.',
									});
								}
								await factorialRequest(this, 'PUT', subscriptionPath(existing.id), {
									body: { id: existing.id, ...fields, subscription_type: event, challenge },
								});
								subscription = existing;
							}
							if (!subscription) throw new NodeOperationError(node, `Factorial answered the subscription for "${event}" without an id`);
							next[event] = { id: subscription.id, challenge };
						}
					} catch (error) {
						// Nothing half-made stays behind: remove what this activation created.
						for (const id of created) await deleteSubscription(this, id).catch(() => undefined);
						throw asNodeError(node, error);
					}

					// Subscriptions no longer chosen, and any other left at this webhook URL.
					const keepIds = new Set(Object.values(next).map((subscription) => subscription.id));
					const leftovers = new Set<string>();
					for (const [event, subscription] of Object.entries(previous)) {
						if (!events.includes(event) && !keepIds.has(subscription.id)) leftovers.add(subscription.id);
					}
					for (const subscription of remote) {
						if (String(subscription.target_url ?? '').startsWith(`${webhookUrl}?`) && !keepIds.has(subscription.id)) leftovers.add(subscription.id);
					}
					for (const id of leftovers) await deleteSubscription(this, id);
					stored.subscriptions = next;
					return true;
				} catch (error) {
					throw asNodeError(node, error);
				}
			},

			/** Deletes exactly the stored subscriptions; one already gone counts as deleted. */
			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = state(this);
				const remaining: Record<string, StoredSubscription> = {};
				let failure: unknown;
				for (const [event, subscription] of Object.entries(stored.subscriptions ?? {})) {
					try {
						await deleteSubscription(this, subscription.id);
					} catch (error) {
						remaining[event] = subscription;
						failure ??= error;
					}
				}
				if (failure) {
					stored.subscriptions = remaining;
					throw asNodeError(this.getNode(), failure);
				}
				delete stored.subscriptions;
				delete stored.deliveries;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		const header = (name: string) => {
			const value = request.headers[name];
			return Array.isArray(value) ? value[0] : value;
		};
		const query = this.getQueryData() as IDataObject;
		const stored = state(this);
		const given = header(CHALLENGE_HEADER);
		let event = typeof query[EVENT_QUERY_PARAMETER] === 'string' ? (query[EVENT_QUERY_PARAMETER] as string) : '';
		if (!event && typeof given === 'string') {
			// Should Factorial drop the query string, each challenge still names its own event.
			const match = Object.entries(stored.subscriptions ?? {}).find(([, subscription]) => safeEqual(given, subscription.challenge));
			if (match) event = match[0];
		}
		const subscription = stored.subscriptions?.[event];
		const chosen = selectedEvents(this).includes(event);
		if (event && !chosen && !subscription) {
			// Not an event of this workflow: acknowledged, so Factorial does not retry it.
			return { webhookResponse: 'Event not chosen in the n8n trigger' };
		}
		if (!subscription || typeof given !== 'string' || !safeEqual(given, subscription.challenge)) {
			this.logger.warn(
				subscription
					? `Factorial Trigger refused a delivery for ${event}: missing or wrong ${CHALLENGE_HEADER}`
					: `Factorial Trigger refused a delivery for ${event}: no subscription stored; deactivate and activate the workflow`,
			);
			response.status(401).send('Unauthorized').end();
			return { noWebhookResponse: true };
		}
		if (!chosen) return { webhookResponse: 'Event not chosen in the n8n trigger' };

		const body = this.getBodyData();
		const item: IDataObject = { ...(isRecord(body) ? body : { payload: body }), event };
		const authorId = header('x-factorial-author-id');
		const authorType = header('x-factorial-author-type');
		if (authorId !== undefined || authorType !== undefined) item.author = { id: authorId, type: authorType };
		if (optionsOf(this).ignoreRepeats !== false && rememberItem(stored.deliveries, item, Date.now()).repeat) {
			return { webhookResponse: 'Repeated delivery ignored' };
		}
		return { workflowData: [this.helpers.returnJsonArray(item)] };
	}

	/**
	 * The trigger's step in each execution a delivery started: passes on the deliveries n8n's
	 * deduplication store has not seen (a repeat that reached a queue-mode worker stops here)
	 * and remembers their fingerprints in the static data, for webhook() to answer the next
	 * repeat without an execution. n8n 2.41 saves the static data an execution changes, not
	 * what webhook() stores when it starts one. A queue-mode worker runs from a snapshot
	 * without static data; writing there would erase the subscriptions, so it writes none.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (optionsOf(this).ignoreRepeats === false) return [this.getInputData()];
		const items = await unseenDeliveries(this, this.getInputData(), deliveryKey, REMEMBERED_DELIVERIES);
		const stored = this.getWorkflowStaticData('node') as FactorialWebhookState;
		if (!stored.subscriptions) return [items];
		let accepted = stored.deliveries;
		const nowMs = Date.now();
		for (const item of items) accepted = rememberItem(accepted, item.json, nowMs).accepted;
		if (accepted !== stored.deliveries) stored.deliveries = accepted;
		return [items];
	}
}
