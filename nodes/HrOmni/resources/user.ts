import type { ResourceSpec } from '../../shared/operations';
import { HR_OMNI_CREDENTIAL } from '../transport';
import { length, passwordFromCredential } from './common';

// Document: "User" (hromni.txt 3217–3412) and "Update user name" (325–350).
const password = (description: string) => ({ name: 'password', type: 'string' as const, typeOptions: { password: true }, description, ...length(10, 100) });
// The email verification ID and the password reset token (hromni.txt 3268, 3408).
const uuidLength = length(30, 34);

export const user: ResourceSpec = {
	value: 'user',
	name: 'User',
	description: 'HR Omni accounts: register, verify, log in and out, passwords, own details',
	operations: [
		{
			value: 'register',
			name: 'Register',
			action: 'Register a user',
			description: 'Create an HR Omni account without a company; it must verify its email before logging in (no login needed)',
			method: 'POST',
			path: '/user/create',
			fields: [
				{ name: 'firstName', type: 'string', ...length(1, 60) },
				{ name: 'lastName', type: 'string', ...length(1, 60) },
				{ name: 'email', type: 'email', ...length(1, 128) },
				password('Password of the new account (10–100 characters)'),
			],
		},
		{
			value: 'verifyEmail',
			name: 'Verify Email',
			action: 'Verify the email of a user',
			description: 'Confirm an email address with the verification ID from the email (no login needed)',
			method: 'POST',
			path: '/user/verify/email',
			fields: [{ name: 'uuid', label: 'Verification ID', type: 'string', placeholder: 'e.g. cfm_e062508643bcae45751622d0d3d395', description: 'The email verification ID (30–34 characters)', ...uuidLength }],
		},
		{
			value: 'login',
			name: 'Log In',
			action: 'Log in',
			description: "Log in with the credential's email and password (the node does this by itself when needed)",
			method: 'POST',
			path: '/user/login',
			async prepare(request) {
				const credentials = await this.getCredentials(HR_OMNI_CREDENTIAL);
				request.body = { email: credentials.email, password: credentials.password };
			},
		},
		{
			value: 'getMe',
			name: 'Get Me',
			action: 'Get the logged in user',
			description: 'Retrieve the user the credential logs in as',
			method: 'GET',
			path: '/user/me',
		},
		{
			value: 'updateLogin',
			name: 'Update Login Details',
			action: 'Update the login details',
			description: "Change the email or password of the credential's user (update the credential afterwards)",
			method: 'PUT',
			path: '/user/login',
			optional: [
				{ name: 'email', label: 'New Email', type: 'email', description: 'New login email', ...length(1, 128) },
				{ name: 'newPassword', type: 'string', typeOptions: { password: true }, description: 'New password (10–100 characters)', ...length(10, 100) },
			],
			optionalCollection: { name: 'updateFields', displayName: 'Update Fields' },
			requireUpdate: true,
			// The current password (hromni.txt 3331–3351, required) is the credential's.
			prepare: passwordFromCredential('password'),
		},
		{
			value: 'updateName',
			name: 'Update Name',
			action: 'Update the name of the logged in user',
			description: "Change the first and last name of the credential's user on their login details",
			method: 'POST',
			path: '/user/edit-name',
			fields: [
				{ name: 'firstName', type: 'string', ...length(1, 60) },
				{ name: 'lastName', type: 'string', ...length(1, 60) },
			],
		},
		{
			value: 'logout',
			name: 'Log Out',
			action: 'Log out',
			description: 'End the current session; the next request logs in again',
			method: 'GET',
			path: '/user/logout',
		},
		{
			value: 'requestPasswordReset',
			name: 'Request Password Reset',
			action: 'Request a password reset',
			description: 'Email a password reset link if the address belongs to a user (no login needed)',
			method: 'POST',
			path: '/user/reset/password',
			fields: [{ name: 'email', type: 'email', ...length(1, 128) }],
		},
		{
			value: 'resetPassword',
			name: 'Reset Password',
			action: 'Reset a password',
			description: 'Set a new password with the reset token from the email (no login needed)',
			method: 'PUT',
			path: '/user/reset/password',
			fields: [
				{ name: 'uuid', label: 'Reset Token', type: 'string', description: 'The password reset UUID from the reset link (30–34 characters)', ...uuidLength },
				password('The new password (10–100 characters)'),
			],
			// hromni.txt 3388–3399: the password is sent twice; the node asks for it once.
			async prepare(request) {
				if (request.body) request.body.repeatPassword = request.body.password;
			},
		},
	],
};
