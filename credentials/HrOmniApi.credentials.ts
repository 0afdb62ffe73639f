import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { credentialSecrets, scrubText } from '../nodes/shared/secrets';

/** Login requests fail instead of hanging when the server never answers. */
const LOGIN_TIMEOUT_MS = 30_000;

/** Name of the CSRF cookie (hromni.txt 3542–3556). */
const CSRF_COOKIE = 'token';

/** `name=value` pairs of every `Set-Cookie` header of a response. */
function cookiesOf(headers: IDataObject | undefined): Array<[string, string]> {
	const raw = headers?.['set-cookie'] ?? headers?.['Set-Cookie'];
	const lines = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
	const pairs: Array<[string, string]> = [];
	for (const line of lines) {
		const first = line.split(';')[0] ?? '';
		const eq = first.indexOf('=');
		if (eq <= 0) continue;
		pairs.push([first.slice(0, eq).trim(), first.slice(eq + 1).trim()]);
	}
	return pairs;
}

interface FullResponse {
	body: unknown;
	headers: IDataObject;
	statusCode: number;
}

/**
 * A login failure as the node's error reader understands it: the HR Omni error body and
 * the status, nothing of the request (the password stays out of every error).
 */
class LoginError extends Error {
	readonly response: { status: number; body: IDataObject };

	constructor(status: number, body: unknown, fallback: string, secrets: string[] = []) {
		const hrOmni = typeof body === 'object' && body !== null ? (body as IDataObject) : {};
		const reason = typeof hrOmni.message === 'string' && hrOmni.message ? hrOmni.message : fallback;
		const code = typeof hrOmni.code === 'number' || typeof hrOmni.code === 'string' ? ` (HR Omni code ${hrOmni.code})` : '';
		// The server's message may echo what was posted: the password never reaches the error.
		const message = scrubText(`HR Omni login failed: ${reason}${code}`, secrets);
		super(message);
		this.name = 'LoginError';
		this.response = { status, body: { status: 'error', message } };
	}
}

function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const base = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim().replace(/\/+$/, '') : '';
	if (!/^https?:\/\/[^\s/]+/i.test(base)) {
		throw new LoginError(400, {}, 'the Base URL must start with http:// or https://');
	}
	return base;
}

export class HrOmniApi implements ICredentialType {
	name = 'hrOmniApi';

	displayName = 'HR Omni API';

	icon = { light: 'file:../icons/hromni.svg', dark: 'file:../icons/hromni.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-hris/n8n-nodes-hris#hr-omni';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://api.hromni.example',
			description: 'Address of your HR Omni API, without a trailing slash (the API document names no host)',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			description: 'Email address of the HR Omni user the node logs in as',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			default: false,
			description: 'Whether to connect even if SSL certificate validation is not possible',
			hint: 'For self-hosted instances with an internal or self-signed certificate',
		},
		{
			// Session cookies set by POST /user/login (the JWT cookie and isUserLoggedIn).
			// Empty or expired: n8n runs preAuthentication() again.
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// Value of the `token` cookie; sent back as the cookie and the X-Csrf-Token header.
			displayName: 'CSRF Token',
			name: 'csrfToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/**
	 * Logs in the way a browser does (hromni.txt 3271–3298, 3542–3556): `GET /` sets the
	 * CSRF `token` cookie, `POST /user/login` (itself CSRF-protected) sets the session
	 * cookies. Returns both; n8n stores them in the hidden fields above.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const base = baseUrlOf(credentials);
		const secrets = credentialSecrets(credentials);
		const send = async (options: IHttpRequestOptions): Promise<FullResponse> => {
			let response: FullResponse;
			try {
				response = (await this.helpers.httpRequest({
					...options,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
					// The password is never re-posted to wherever a redirect points.
					disableFollowRedirect: true,
					timeout: LOGIN_TIMEOUT_MS,
					...(credentials.ignoreSslIssues === true ? { skipSslCertificateValidation: true } : {}),
				})) as FullResponse;
			} catch (error) {
				// Network failures: only the error code, never the request (it holds the password).
				const failure = error as { code?: string; message?: string };
				const code = /timeout of \d+ms exceeded/i.test(failure.message ?? '') ? 'ETIMEDOUT' : failure.code;
				throw new LoginError(0, {}, `the server could not be reached (${code ?? 'network error'})`);
			}
			if (response.statusCode >= 300 && response.statusCode < 400) {
				const location = response.headers?.location;
				let target = 'an unknown address';
				try {
					target = new URL(String(Array.isArray(location) ? location[0] : location), `${base}/`).origin;
				} catch {
					// no usable Location header
				}
				throw new LoginError(
					response.statusCode,
					{},
					`the server redirected ${options.method ?? 'GET'} ${new URL(options.url).pathname} to ${target}; the login is not sent after a redirect, check the Base URL`,
					secrets,
				);
			}
			return response;
		};

		const home = await send({ method: 'GET', url: `${base}/`, json: false });
		let csrfToken = cookiesOf(home.headers).find(([name]) => name === CSRF_COOKIE)?.[1] ?? '';
		if (home.statusCode >= 400 || !csrfToken) {
			throw new LoginError(home.statusCode || 400, home.body, 'GET / did not set the CSRF token cookie; check that the Base URL is the address of the HR Omni API', secrets);
		}

		const login = await send({
			method: 'POST',
			url: `${base}/user/login`,
			body: { email: credentials.email, password: credentials.password },
			json: true,
			headers: { Accept: 'application/json', Cookie: `${CSRF_COOKIE}=${csrfToken}`, 'X-Csrf-Token': csrfToken },
		});
		const loginBody = login.body as IDataObject | undefined;
		if (login.statusCode >= 400 || loginBody?.status === 'error') {
			throw new LoginError(login.statusCode >= 400 ? login.statusCode : 401, loginBody, 'the email or password was not accepted', secrets);
		}
		const cookies = cookiesOf(login.headers);
		// A token cookie set by the login response replaces the one from GET /.
		csrfToken = cookies.filter(([name]) => name === CSRF_COOKIE).pop()?.[1] ?? csrfToken;
		const session = cookies.filter(([name]) => name !== CSRF_COOKIE);
		if (!session.some(([name]) => name !== 'isUserLoggedIn')) {
			throw new LoginError(401, {}, 'the server set no session cookie');
		}
		return { sessionToken: session.map(([name, value]) => `${name}=${value}`).join('; '), csrfToken };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Cookie: '={{$credentials.sessionToken}}; token={{$credentials.csrfToken}}',
				'X-Csrf-Token': '={{$credentials.csrfToken}}',
			},
		},
	};
}
