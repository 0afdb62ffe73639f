import type { ResourceSpec } from '../../shared/operations';
import { invalidParameter, requireEmail } from '../../shared/validation';
import { COMPANY, companyField, refField } from './common';

// Document: "User Invitations" (hromni.txt 3091–3216).
export const invitation: ResourceSpec = {
	value: 'invitation',
	name: 'Invitation',
	description: 'Invite people to a company and answer invitations',
	operations: [
		{
			value: 'invite',
			name: 'Invite',
			action: 'Invite users to a company',
			description: 'Invite up to 20 people by email; registered users are linked, others get a registration invite',
			method: 'POST',
			path: `${COMPANY}/users/invite`,
			pathParams: [companyField],
			fields: [{ name: 'userEmails', label: 'Emails', type: 'stringList', placeholder: 'Add Email', description: 'Email addresses to invite (1–20, no duplicates)' }],
			// hromni.txt 3143–3147: 1–20 unique emails, otherwise the whole request is rejected.
			async prepare(request, itemIndex) {
				const node = this.getNode();
				const emails = (request.body?.userEmails as unknown[] | undefined) ?? [];
				if (emails.length < 1 || emails.length > 20) {
					throw invalidParameter(node, itemIndex, 'Emails', `give 1 to 20 email addresses (got ${emails.length})`);
				}
				const checked = emails.map((email) => requireEmail(node, itemIndex, 'Emails', email));
				const duplicate = checked.find((email, i) => checked.findIndex((other) => other.toLowerCase() === email.toLowerCase()) !== i);
				if (duplicate) throw invalidParameter(node, itemIndex, 'Emails', `"${duplicate}" is listed twice`);
				request.body = { userEmails: checked };
			},
		},
		{
			value: 'respond',
			name: 'Respond',
			action: 'Respond to an invitation',
			description: 'Accept or reject an invitation sent to your user',
			method: 'POST',
			path: '/user/invitations/{inviteId}',
			pathParams: [refField('inviteId', 'Invitation', 'invitation', 'The invitation to answer')],
			fields: [
				{
					name: 'action',
					type: 'options',
					options: [
						{ name: 'Accept', value: 'ACCEPT' },
						{ name: 'Reject', value: 'REJECT' },
					],
					default: 'ACCEPT',
				},
			],
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many invitations',
			description: 'List the invitations sent to your user',
			method: 'GET',
			path: '/user/invitations',
			list: true,
		},
	],
};
