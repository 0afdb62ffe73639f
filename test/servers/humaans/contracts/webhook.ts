import { randomBytes } from 'node:crypto';
import type { HumaansServer } from '../server';
import { webhookIssues } from '../webhookRules';
import type { CollectionContract } from './types';
import { validationFailed } from '../replies';

// humaans.txt 9694–9990. The activation rule (9696) for PATCH is checked on the request body
// by a route in server.ts; on create the row below holds the body over non-active defaults.
export const webhooks: CollectionContract = {
	path: '/api/webhooks',
	list: true,
	get: true,
	delete: true,
	create: { required: ['name'], optional: ['description', 'prodEndpointUrl', 'subscribedEvents', 'status'] },
	update: { optional: ['name', 'description', 'status', 'subscribedEvents', 'prodEndpointUrl'] },
	// 9734–9736: "can be one of draft, active or disabled".
	enums: { status: ['draft', 'active', 'disabled'] },
	// 269: a new webhook "must be published to be made active", so it starts as a draft.
	defaults: { description: null, prodEndpointUrl: null, status: 'draft', publishedBy: null },
	onCreate: (row, server) => {
		row.subscribedEvents ??= [];
		const issues = webhookIssues(row);
		if (issues.length) {
			return validationFailed(issues);
		}
		// 9726–9728 and 287–290: the signing secret, `whsec_` + base64 key bytes.
		row.prodEndpointSignature = `whsec_${randomBytes(24).toString('base64')}`;
		row.createdBy = (server as HumaansServer).me.id;
		if (row.status === 'active') row.publishedBy = (server as HumaansServer).me.id;
		return undefined;
	},
	onUpdate: (row, server) => {
		if (row.status === 'active') row.publishedBy = (server as HumaansServer).me.id;
	},
};
