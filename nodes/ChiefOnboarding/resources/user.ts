import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { IANAZone } from 'luxon';
import { arrayItems } from '../../shared/clientList';
import { isRecord } from '../../shared/errors';
import type { FieldSpec } from '../../shared/fields';
import type { PlannedRequest, ResourceSpec, SystemClient } from '../../shared/operations';
import { invalidParameter } from '../../shared/validation';
import { convertIds } from '../system';
import { EMPLOYEES_PATH, USERS_PATH } from '../transport';

// Document: "Create the new hire" (chiefonboarding.txt 39–75). Role values 0–3 (lines 45–53).
const ROLE_OPTIONS = [
	{ name: 'Administrator', value: 1, description: 'Access to everything' },
	{ name: 'Manager', value: 2, description: 'Access to their own new hires and tasks' },
	{ name: 'New Hire', value: 0, description: 'Gets the onboarding (sequences, start day, buddy, manager)' },
	{ name: 'Other', value: 3, description: 'Not notified, no meaningful permissions and no Slack connection' },
];

// The language choices of the User model in ChiefOnboarding's source (not in the document).
const LANGUAGE_OPTIONS = [
	{ name: 'Czech', value: 'cs' },
	{ name: 'Dutch', value: 'nl' },
	{ name: 'English', value: 'en' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Japanese', value: 'jp' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Turkish', value: 'tr' },
];

const required: FieldSpec[] = [
	{ name: 'first_name', parameter: 'firstName', type: 'string', placeholder: 'e.g. James' },
	{ name: 'last_name', parameter: 'lastName', type: 'string', placeholder: 'e.g. Weller' },
	{
		name: 'email',
		type: 'email',
		description: 'The business email address, even if the mailbox does not exist yet',
	},
	{ name: 'role', type: 'options', options: ROLE_OPTIONS, default: 0, description: 'What the user can do in ChiefOnboarding' },
];

const optional: FieldSpec[] = [
	{ name: 'phone', type: 'string' },
	{ name: 'position', type: 'string', placeholder: 'e.g. Technical lead' },
	{ name: 'language', type: 'options', options: LANGUAGE_OPTIONS, default: 'en', description: 'Language of the messages the user gets. Default: the organization language.' },
	{ name: 'message', type: 'string', typeOptions: { rows: 4 }, description: 'Personal welcome message for the new hire' },
	{ name: 'start_day', parameter: 'startDay', label: 'Start Day', type: 'date', description: 'First working day. Default for new hires: the day of the request.' },
	{ name: 'buddy', type: 'ref', ref: 'employee', description: 'The colleague who helps the new hire settle in' },
	{ name: 'manager', type: 'ref', ref: 'employee', description: 'The manager of the new hire' },
	{
		name: 'timezone',
		type: 'string',
		placeholder: 'e.g. Europe/Amsterdam',
		description: 'IANA time zone of the user. Default: the organization time zone.',
	},
	{
		name: 'sequences',
		label: 'Sequence Names or IDs',
		type: 'refList',
		ref: 'sequence',
		description: 'Sequences to assign to the new hire.',
	},
	{ name: 'linkedin', label: 'LinkedIn', type: 'string' },
	{ name: 'facebook', type: 'string' },
	{ name: 'twitter', type: 'string' },
];

function prepareUser(this: IExecuteFunctions, request: PlannedRequest, itemIndex: number) {
	const node = this.getNode();
	const body = request.body ?? {};
	convertIds(node, itemIndex, body, { buddy: 'Buddy', manager: 'Manager', sequences: 'Sequence Names or IDs' });
	if (typeof body.timezone === 'string') {
		const zone = body.timezone.trim();
		// The server accepts IANA zone names (a choice field of the common ones).
		if (!IANAZone.isValidZone(zone)) {
			throw invalidParameter(node, itemIndex, 'Timezone', `"${zone}" is not an IANA time zone such as Europe/Amsterdam`);
		}
		body.timezone = zone;
	}
}

/**
 * The document says the response holds the new hire's ID, but ChiefOnboarding's serializer
 * returns the submitted fields only in some versions. Without an ID the user is looked up
 * by email (unique, stored in lower case) so the output can always be chained.
 */
async function createUser(
	this: IExecuteFunctions,
	request: PlannedRequest,
	itemIndex: number,
	client: SystemClient,
): Promise<INodeExecutionData[]> {
	const response = await client.request(this, request, itemIndex);
	const created: IDataObject = isRecord(response) ? response : { ...(request.body ?? {}) };
	if (created.id !== undefined && created.id !== null) return [{ json: created }];
	const email = String(request.body?.email ?? '').toLowerCase();
	const employees = arrayItems(await client.request(this, { method: 'GET', path: EMPLOYEES_PATH }, itemIndex));
	const match = employees.filter((employee) => String(employee.email ?? '').toLowerCase() === email).pop();
	return [{ json: match ? { id: match.id, ...created } : created }];
}

export const user: ResourceSpec = {
	value: 'user',
	name: 'User (New Hire)',
	description: 'Create new hires and other users',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a user',
			description: 'Create a new hire (or an administrator, manager or other user) with sequences, buddy and manager',
			method: 'POST',
			path: USERS_PATH,
			fields: required,
			optional,
			prepare: prepareUser,
			perform: createUser,
		},
	],
};
