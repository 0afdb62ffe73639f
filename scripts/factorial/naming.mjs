// Display names for the spec's module and resource slugs, and the words for event verbs.
// Data only: scripts/factorial/generate.mjs reads it.

/** Module slug → display name where title case of the slug is not right. */
export const MODULE_NAMES = {
	api_public: 'API Public',
	ats: 'ATS',
	it_management: 'IT Management',
	timeoff: 'Time Off',
	payroll_integrations_base: 'Payroll Integrations',
};

// Lower-case words of n8n's title case (its lint rule), never at the start or the end.
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'vs']);
const UPPER = { id: 'ID', ids: 'IDs', url: 'URL', urls: 'URLs', api: 'API', ats: 'ATS', it: 'IT', uuid: 'UUID', uuids: 'UUIDs', tin: 'TIN', iban: 'IBAN', cif: 'CIF', nif: 'NIF', pdf: 'PDF', csv: 'CSV', sepa: 'SEPA', es: 'ES', de: 'DE', fr: 'FR', pt: 'PT', gdpr: 'GDPR', vat: 'VAT' };

/** `review_process` / `ReviewProcess` → "Review Process". */
export function titleWords(slug) {
	const words = String(slug)
		.replace(/\[\]$/, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/[_\-.\s]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	return words
		.map((word, i) => {
			const lower = word.toLowerCase();
			if (UPPER[lower]) return UPPER[lower];
			if (i > 0 && i < words.length - 1 && SMALL.has(lower)) return lower;
			return lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join(' ');
}

export function moduleName(slug) {
	return MODULE_NAMES[slug] ?? titleWords(slug);
}

export function camel(slug) {
	const parts = String(slug).replace(/\[\]$/, '').split(/[_\-\s./]+/).filter(Boolean);
	return parts.map((p, i) => (i === 0 ? p.charAt(0).toLowerCase() + p.slice(1) : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

const IRREGULAR_PAST = {
	apply: 'Applied',
	copy: 'Copied',
	stop: 'Stopped',
	set: 'Set',
	upsert: 'Upserted',
	project: 'Projected',
	autofill: 'Autofilled',
	reopen: 'Reopened',
	edit: 'Edited',
};

export function pastTense(verb) {
	if (IRREGULAR_PAST[verb]) return IRREGULAR_PAST[verb];
	const word = verb.charAt(0).toUpperCase() + verb.slice(1);
	if (word.endsWith('e')) return `${word}d`;
	return `${word}ed`;
}

/** Event verbs whose readable form no rule gives. */
const EVENT_VERBS = {
	clock_in: 'Clocked In',
	clock_out: 'Clocked Out',
	break_start: 'Break Started',
	break_end: 'Break Ended',
	toggle_clock: 'Clock Toggled',
	move_to_trash_bin: 'Moved to Trash',
	restore_from_trash_bin: 'Restored From Trash',
	remind_in_bulk: 'Reminders Sent',
	set_regular_access_start_date: 'Regular Access Start Date Set',
	save_as_template: 'Saved as Template',
	create_promote_request: 'Promotion Requested',
	create_with_contract: 'Created With Contract',
	create_from_employee: 'Created From Employee',
	create_from_template: 'Created From Template',
	bulk_set_to_paid: 'Set to Paid in Bulk',
};

/** `approve` → "Approved", `update_deadline` → "Deadline Updated", `bulk_create` → "Created in Bulk". */
export function eventVerb(verb) {
	if (EVENT_VERBS[verb]) return EVENT_VERBS[verb];
	const words = verb.split('_');
	if (words[0] === 'bulk') return `${eventVerb(words.slice(1).join('_'))} in Bulk`;
	if (words.length === 1) return pastTense(words[0]);
	return `${titleWords(words.slice(1).join('_'))} ${pastTense(words[0])}`;
}
