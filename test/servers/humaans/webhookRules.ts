type Row = Record<string, unknown>;

/** The `action` values of the webhook event object, humaans.txt 9606–9607 (28 names). */
export const WEBHOOK_EVENTS = [
	'timeAway.created', 'timeAway.updated', 'timeAway.deleted', 'timeAway.approved', 'timeAway.rejected',
	'timeAwayAdjustment.created', 'timeAwayAdjustment.updated', 'timeAwayAdjustment.deleted',
	'person.created', 'person.updated', 'person.offboarded', 'person.reonboarded', 'person.deleted',
	'bankAccount.created', 'bankAccount.updated', 'bankAccount.deleted',
	'jobRole.created', 'jobRole.updated', 'jobRole.deleted',
	'compensation.created', 'compensation.updated', 'compensation.deleted',
	'emergencyContact.created', 'emergencyContact.updated', 'emergencyContact.deleted',
	'equipment.created', 'equipment.updated', 'equipment.deleted',
];

/**
 * What a webhook create or update body must satisfy beyond its field list:
 * `subscribedEvents` is a list of known event names, and (humaans.txt 9696) "If a webhook is
 * created or patched with status equal to active then prodEndpointUrl and subscribedEvents
 * become mandatory properties" — read as: the request itself must carry both.
 */
export function webhookIssues(body: Row): Row[] {
	const issues: Row[] = [];
	const events = body.subscribedEvents;
	if (events !== undefined) {
		if (!Array.isArray(events) || events.some((event) => typeof event !== 'string')) {
			issues.push({ name: 'subscribedEvents', reason: 'must be a list of event names' });
		} else {
			const unknown = events.find((event) => !WEBHOOK_EVENTS.includes(event as string));
			if (unknown !== undefined) issues.push({ name: 'subscribedEvents', reason: `unknown event ${String(unknown)}` });
		}
	}
	if (body.status === 'active') {
		if (typeof body.prodEndpointUrl !== 'string' || body.prodEndpointUrl === '') {
			issues.push({ name: 'prodEndpointUrl', reason: 'required when status is active' });
		}
		if (!Array.isArray(events) || events.length === 0) {
			issues.push({ name: 'subscribedEvents', reason: 'required when status is active' });
		}
	}
	return issues;
}
