import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialsHelper,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

/**
 * A credentials helper that behaves like n8n's own for what our nodes use: generic and
 * function `authenticate`, `preAuthentication` with expirable properties (persisted only
 * when the result holds the expirable field), and OAuth2 token updates. Credential data is
 * kept in memory, so tests can read what n8n would have saved.
 */
export class TestCredentialsHelper implements ICredentialsHelper {
	readonly store = new Map<string, ICredentialDataDecryptedObject>();

	/** Every write n8n would have persisted, in order. */
	readonly saved: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	preAuthenticationRuns = 0;

	constructor(private readonly types: Record<string, ICredentialType>) {}

	set(type: string, data: ICredentialDataDecryptedObject) {
		this.store.set(type, deepCopy(data));
	}

	private type(name: string): ICredentialType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}

	getParentTypes(name: string): string[] {
		const type = this.types[name];
		if (!type?.extends) return [];
		return type.extends.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	private resolve(value: unknown, credentials: ICredentialDataDecryptedObject, workflow: Workflow, node: INode): unknown {
		if (typeof value !== 'string' || !value.startsWith('=')) return value;
		return workflow.expression.getParameterValue(value, null, 0, 0, node.name, [], 'internal', {
			$credentials: credentials,
		});
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const type = this.type(typeName);
		const auth = type.authenticate;
		if (!auth) return requestOptions as IHttpRequestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions as IHttpRequestOptions);
		if (!workflow || !node) throw new Error('Generic authentication needs the workflow and node');
		const options = requestOptions as IHttpRequestOptions;
		for (const key of ['headers', 'qs', 'body'] as const) {
			const props = (auth.properties as Record<string, Record<string, unknown> | undefined>)[key];
			if (!props) continue;
			const target = ((options[key] as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
			for (const [name, value] of Object.entries(props)) target[name] = this.resolve(value, credentials, workflow, node);
			(options as unknown as Record<string, unknown>)[key] = target;
		}
		if (auth.properties.auth) {
			const basic = auth.properties.auth as unknown as Record<string, unknown>;
			options.auth = {
				username: String(this.resolve(basic.username, credentials, workflow, node)),
				password: String(this.resolve(basic.password, credentials, workflow, node)),
			};
		}
		return options;
	}

	private expirableProperty(type: ICredentialType): INodeProperties | undefined {
		return type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.type(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const expirable = this.expirableProperty(type);
		if (!expirable) return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) {
			return undefined;
		}
		this.preAuthenticationRuns++;
		const output = (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject | undefined;
		if (output && expirable.name in output) {
			const merged = { ...credentials, ...output } as ICredentialDataDecryptedObject;
			this.store.set(typeName, deepCopy(merged));
			this.saved.push({ type: typeName, data: deepCopy(merged) });
		}
		return output;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.types[typeName];
		if (!type || typeof type.preAuthentication !== 'function') return undefined;
		return (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject | undefined;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		throw new Error(`getCredentials is not used by these tests (${type}, ${nodeCredentials.name})`);
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store.get(type);
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return deepCopy(data);
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.store.set(type, deepCopy(data));
		this.saved.push({ type, data: deepCopy(data) });
	}

	async updateCredentialsOauthTokenData(
		_details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		const current = this.store.get(type) ?? {};
		const merged = { ...current, oauthTokenData: deepCopy(data.oauthTokenData) };
		this.store.set(type, merged as ICredentialDataDecryptedObject);
		this.saved.push({ type, data: deepCopy(merged) as ICredentialDataDecryptedObject });
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.types[type]?.properties ?? [];
	}
}
