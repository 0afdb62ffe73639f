import type { IExecuteFunctions } from 'n8n-workflow';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest } from '../../shared/operations';
import { restResource } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { HUMAANS_WEBHOOK_EVENTS } from '../events';

// Document: "Webhooks" (humaans.txt 9694–9990); event names from "Webhook events" (9606–9607).
const details: FieldSpec[] = [
	{ name: 'description', type: 'string', nullable: true, description: 'A longer description for the webhook.' },
	{
		name: 'prodEndpointUrl',
		label: 'Prod Endpoint URL',
		type: 'string',
		nullable: true,
		description: 'The endpoint that will receive webhook events.',
		placeholder: 'e.g. https://myco.io/api/webhook/humaans',
	},
	{
		name: 'subscribedEvents',
		type: 'multiOptions',
		options: HUMAANS_WEBHOOK_EVENTS,
		description: 'The list of webhook events that will be sent to the configured endpoint',
	},
	{
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Disabled', value: 'disabled' },
			{ name: 'Draft', value: 'draft' },
		],
		default: 'draft',
		description: 'The status of the webhook. An active webhook needs Prod Endpoint URL and Subscribed Events.',
	},
];

const simplify = ['id', 'name', 'description', 'status', 'prodEndpointUrl', 'prodEndpointSignature', 'subscribedEvents', 'updatedAt'];

export const webhook = restResource({
	value: 'webhook',
	name: 'Webhook',
	plural: 'webhooks',
	path: '/api/webhooks',
	idRef: 'webhook',
	getAll: { simplify },
	get: { simplify },
	create: {
		prepare: activeNeedsEndpointAndEvents,
		fields: [{ name: 'name', type: 'string', description: 'A short name for the webhook', placeholder: 'e.g. Payroll integration' }],
		optional: details,
	},
	update: { prepare: activeNeedsEndpointAndEvents, optional: [{ name: 'name', type: 'string', description: 'A short name for the webhook' }, ...details] },
	delete: {},
});

/**
 * humaans.txt 9696: "If a webhook is created or patched with status equal to active then
 * prodEndpointUrl and subscribedEvents become mandatory properties." Checked on the request
 * itself, so an update that activates a webhook must send both again.
 */
function activeNeedsEndpointAndEvents(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const body = request.body ?? {};
	if (body.status !== 'active') return;
	const missing: string[] = [];
	if (typeof body.prodEndpointUrl !== 'string' || body.prodEndpointUrl.trim() === '') missing.push('Prod Endpoint URL');
	if (!Array.isArray(body.subscribedEvents) || body.subscribedEvents.length === 0) missing.push('Subscribed Events');
	if (missing.length) {
		throw invalidParameter(this.getNode(), itemIndex, 'Status', `an active webhook also needs ${missing.join(' and ')}`);
	}
}
