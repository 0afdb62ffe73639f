import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The webhook event names Humaans sends: the `action` attribute of the webhook event
 * object, humaans.txt 9606–9607 (28 values). Used by the Webhook resource's Subscribed
 * Events and by the Humaans Trigger. Sorted by name.
 */
export const HUMAANS_WEBHOOK_EVENTS: INodePropertyOptions[] = [
	{ name: 'Bank Account Created', value: 'bankAccount.created' },
	{ name: 'Bank Account Deleted', value: 'bankAccount.deleted' },
	{ name: 'Bank Account Updated', value: 'bankAccount.updated' },
	{ name: 'Compensation Created', value: 'compensation.created' },
	{ name: 'Compensation Deleted', value: 'compensation.deleted' },
	{ name: 'Compensation Updated', value: 'compensation.updated' },
	{ name: 'Emergency Contact Created', value: 'emergencyContact.created' },
	{ name: 'Emergency Contact Deleted', value: 'emergencyContact.deleted' },
	{ name: 'Emergency Contact Updated', value: 'emergencyContact.updated' },
	{ name: 'Equipment Created', value: 'equipment.created' },
	{ name: 'Equipment Deleted', value: 'equipment.deleted' },
	{ name: 'Equipment Updated', value: 'equipment.updated' },
	{ name: 'Job Role Created', value: 'jobRole.created' },
	{ name: 'Job Role Deleted', value: 'jobRole.deleted' },
	{ name: 'Job Role Updated', value: 'jobRole.updated' },
	{ name: 'Person Created', value: 'person.created' },
	{ name: 'Person Deleted', value: 'person.deleted' },
	{ name: 'Person Offboarded', value: 'person.offboarded' },
	{ name: 'Person Reonboarded', value: 'person.reonboarded' },
	{ name: 'Person Updated', value: 'person.updated' },
	{ name: 'Time Away Adjustment Created', value: 'timeAwayAdjustment.created' },
	{ name: 'Time Away Adjustment Deleted', value: 'timeAwayAdjustment.deleted' },
	{ name: 'Time Away Adjustment Updated', value: 'timeAwayAdjustment.updated' },
	{ name: 'Time Away Approved', value: 'timeAway.approved' },
	{ name: 'Time Away Created', value: 'timeAway.created' },
	{ name: 'Time Away Deleted', value: 'timeAway.deleted' },
	{ name: 'Time Away Rejected', value: 'timeAway.rejected' },
	{ name: 'Time Away Updated', value: 'timeAway.updated' },
];
