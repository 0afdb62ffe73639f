import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The 15 webhook events of employmenthero.txt 2301–2317. The document shows the machine
 * names of only four (`employee_created` 2359, `leave_request_approved` 2328,
 * `bank_account_created` 2425, `employment_history_created` 2454); the others are derived the
 * same way: the title in snake case, and the "Employee Bank Account …" events without the
 * `employee_` prefix, as in the bank account example.
 */
const EVENTS: Array<[title: string, value: string, description: string]> = [
	['Employee Created', 'employee_created', 'An employee is added'],
	['Employee Onboarded', 'employee_onboarded', 'An employee completes onboarding'],
	['Employee Updated', 'employee_updated', 'An employee record changes'],
	['Employee Offboarding', 'employee_offboarding', 'An employee starts offboarding'],
	['Leave Request Created', 'leave_request_created', 'A leave request is submitted'],
	['Leave Request Updated', 'leave_request_updated', 'A leave request changes'],
	['Leave Request Approved', 'leave_request_approved', 'A leave request is approved'],
	['Leave Request Declined', 'leave_request_declined', 'A leave request is declined'],
	['Leave Request Deleted', 'leave_request_deleted', 'A leave request is deleted'],
	['Employee Bank Account Created', 'bank_account_created', 'A bank account is added to an employee'],
	['Employee Bank Account Updated', 'bank_account_updated', 'An employee bank account changes'],
	['Employee Bank Account Deleted', 'bank_account_deleted', 'An employee bank account is removed'],
	['Employment History Created', 'employment_history_created', 'An employment history record is added'],
	['Employment History Updated', 'employment_history_updated', 'An employment history record changes'],
	['Employment History Deleted', 'employment_history_deleted', 'An employment history record is removed'],
];

export const EMPLOYMENT_HERO_WEBHOOK_EVENTS: INodePropertyOptions[] = EVENTS.map(([name, value, description]) => ({
	name,
	value,
	description,
})).sort((a, b) => a.name.localeCompare(b.name));

/**
 * The picked event a delivery's `event` stands for, or undefined. Bank account events are
 * matched with and without the `employee_` prefix, since the document's list and example
 * spell them differently.
 */
export function matchEvent(received: unknown, picked: string[]): string | undefined {
	if (typeof received !== 'string') return undefined;
	const name = received.trim().toLowerCase();
	const normalised = name.startsWith('employee_bank_account_') ? name.slice('employee_'.length) : name;
	return picked.find((event) => event === normalised);
}
