import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import type { Engine, RunResult } from '../harness/engine';
import type { ContractServer } from '../servers/base';
import { startChiefOnboarding } from '../chiefonboarding/setup';
import { CREDENTIAL_TYPE, fromList, seedWorld, startEmploymentHero } from '../employmenthero/setup';
import { byId as hrOmniId, startHrOmni, PASSWORD } from '../hromni/setup';
import { byId as humaansId, startHumaans } from '../humaans/setup';

type Run = (parameters: INodeParameters, input?: INodeExecutionData[], options?: { continueOnFail?: boolean }) => Promise<RunResult>;

/** One operation as a test runs it, and where its request goes. */
export interface Call {
	parameters: INodeParameters;
	method: string;
	path: string;
}

/** What the transport tests need of each system, whatever its API looks like. */
export interface SystemUnderTest {
	name: string;
	server: ContractServer;
	run: Run;
	/** A paged (or whole-list) Get Many with Return All. */
	list: Call;
	/** A create (POST); absent when the API documents no write operation. */
	create?: Call;
	/** A create whose required text field holds only spaces. */
	blank?: INodeParameters;
	/** Every secret of the credential in use now (after any login or token refresh). */
	secrets: () => string[];
	/** Requests that were part of logging in, not API calls. */
	isLogin: (request: { method: string; path: string }) => boolean;
	/** Puts the credential back as it was at the start. */
	restore: () => void;
	/** Points the credential at another Base URL. */
	useBaseUrl: (url: string) => void;
	/** Sets other credential fields (e.g. Ignore SSL Issues) on top of the current ones. */
	setCredentialFields: (fields: IDataObject) => void;
	stop: () => Promise<void>;
}

function mergeCredential(engine: Engine, type: string, fields: IDataObject) {
	engine.setCredential(type, { ...(engine.credentials.store.get(type) ?? {}), ...fields } as ICredentialDataDecryptedObject);
}

export async function humaansSystem(): Promise<SystemUnderTest> {
	const ctx = await startHumaans();
	const [person] = ctx.server.seed('/api/people', [{ firstName: 'Ada', lastName: 'Lovelace', status: 'active' }]);
	const [salary] = ctx.server.seed('/api/compensation-types', [{ name: 'Salary', baseType: 'salary' }]);
	ctx.server.seed('/api/bank-accounts', Array.from({ length: 600 }, (_, i) => ({ personId: String(person.id), bankName: `Bank ${i}` })));
	const credentials = { accessToken: ctx.server.token, baseUrl: ctx.server.baseUrl };
	return {
		name: 'Humaans',
		server: ctx.server,
		run: ctx.run,
		list: { parameters: { resource: 'bankAccount', operation: 'getAll', returnAll: true }, method: 'GET', path: '/api/bank-accounts' },
		create: {
			parameters: { resource: 'bankAccount', operation: 'create', personId: humaansId(String(person.id)), additionalFields: { bankName: 'Mondo' } },
			method: 'POST',
			path: '/api/bank-accounts',
		},
		blank: {
			resource: 'compensation',
			operation: 'create',
			personId: humaansId(String(person.id)),
			compensationTypeId: humaansId(String(salary.id)),
			amount: '   ',
			period: 'annual',
			effectiveDate: '2024-02-15',
		},
		secrets: () => [ctx.server.token],
		isLogin: () => false,
		restore: () => ctx.engine.setCredential('humaansApi', credentials),
		useBaseUrl: (baseUrl) => ctx.engine.setCredential('humaansApi', { ...credentials, baseUrl }),
		setCredentialFields: (fields) => mergeCredential(ctx.engine, 'humaansApi', fields),
		stop: async () => await ctx.server.stop(),
	};
}

export async function chiefOnboardingSystem(): Promise<SystemUnderTest> {
	const ctx = await startChiefOnboarding();
	return {
		name: 'ChiefOnboarding',
		server: ctx.server,
		run: ctx.run,
		list: { parameters: { resource: 'employee', operation: 'getAll', returnAll: true }, method: 'GET', path: '/api/employees/' },
		create: {
			parameters: { resource: 'user', operation: 'create', firstName: 'James', lastName: 'Weller', email: 'james@example.com', role: 0 },
			method: 'POST',
			path: '/api/users/',
		},
		blank: { resource: 'user', operation: 'create', firstName: '   ', lastName: 'Weller', email: 'blank@example.com', role: 0 },
		secrets: () => [ctx.server.token],
		isLogin: () => false,
		restore: () => ctx.useCredential(),
		useBaseUrl: (baseUrl) => ctx.useCredential({ baseUrl }),
		setCredentialFields: (fields) => mergeCredential(ctx.engine, 'chiefOnboardingApi', fields),
		stop: async () => await ctx.server.stop(),
	};
}

export async function employmentHeroSystem(): Promise<SystemUnderTest> {
	const ctx = await startEmploymentHero();
	const world = seedWorld(ctx.server);
	const stored = () => (ctx.engine.credentials.store.get(CREDENTIAL_TYPE) ?? {}) as IDataObject;
	return {
		name: 'Employment Hero',
		server: ctx.server,
		run: ctx.run,
		list: {
			parameters: { resource: 'employee', operation: 'getAll', organisationId: fromList(world.orgId), returnAll: true },
			method: 'GET',
			path: `/api/v1/organisations/${world.orgId}/employees`,
		},
		secrets: () => {
			const data = stored();
			const tokens = (data.oauthTokenData ?? {}) as IDataObject;
			return [String(tokens.access_token), String(tokens.refresh_token), String(data.clientSecret)];
		},
		isLogin: (request) => request.path.startsWith('/oauth2/'),
		restore: () => {
			ctx.connect();
		},
		useBaseUrl: (baseUrl) => {
			ctx.connect({ baseUrl });
		},
		setCredentialFields: (fields) => mergeCredential(ctx.engine, CREDENTIAL_TYPE, fields),
		stop: async () => await ctx.server.stop(),
	};
}

export async function hrOmniSystem(): Promise<SystemUnderTest> {
	const ctx = await startHrOmni();
	ctx.server.seedEmployees(ctx.company, 150);
	const stored = () => (ctx.engine.credentials.store.get('hrOmniApi') ?? {}) as IDataObject;
	return {
		name: 'HR Omni',
		server: ctx.server,
		run: ctx.runIn,
		list: {
			parameters: { resource: 'companyUser', operation: 'getAll', returnAll: true },
			method: 'GET',
			path: `/company/${ctx.companyId}/users`,
		},
		create: { parameters: { resource: 'department', operation: 'create', name: 'Research' }, method: 'POST', path: `/company/${ctx.companyId}/departments` },
		blank: { resource: 'department', operation: 'create', name: '   ' },
		secrets: () => {
			const data = stored();
			const cookies = String(data.sessionToken ?? '')
				.split(';')
				.map((pair) => pair.split('=')[1] ?? '')
				.filter((value) => value.length > 8);
			return [PASSWORD, ...cookies, String(data.csrfToken ?? '')].filter((value) => value.length > 0);
		},
		isLogin: (request) => (request.method === 'GET' && request.path === '/') || (request.method === 'POST' && request.path === '/user/login'),
		restore: () => ctx.engine.setCredential('hrOmniApi', ctx.credentials),
		// Keeps a session already stored, so a run can go to the new address without a login.
		useBaseUrl: (baseUrl) => ctx.engine.setCredential('hrOmniApi', { ...ctx.credentials, ...stored(), baseUrl }),
		setCredentialFields: (fields) => mergeCredential(ctx.engine, 'hrOmniApi', fields),
		stop: async () => await ctx.server.stop(),
	};
}

export { hrOmniId };

export const SYSTEMS: Array<[string, () => Promise<SystemUnderTest>]> = [
	['Humaans', humaansSystem],
	['ChiefOnboarding', chiefOnboardingSystem],
	['Employment Hero', employmentHeroSystem],
	['HR Omni', hrOmniSystem],
];

/** One system per `describe` block; the server's log and faults are cleared before each test. */
export function systemSuite(start: () => Promise<SystemUnderTest>): SystemUnderTest {
	const sut = {} as SystemUnderTest;
	beforeAll(async () => {
		Object.assign(sut, await start());
	});
	afterAll(async () => await sut.stop());
	beforeEach(() => {
		sut.server.reset();
		sut.restore();
	});
	return sut;
}

/** API requests only (logins and token refreshes left out). */
export function apiCalls(sut: SystemUnderTest, method?: string, path?: string) {
	return sut.server.requests.filter(
		(r) => !sut.isLogin(r) && (method === undefined || r.method === method) && (path === undefined || r.path === path),
	);
}

/** Everything a run left behind that a user or a log could see, as text. */
export function visibleText(result: RunResult): string {
	const error = result.error as (Error & IDataObject) | undefined;
	const parts = [JSON.stringify(result.run), JSON.stringify(result.json)];
	if (error) {
		parts.push(error.message, String(error.description ?? ''), String(error.stack ?? ''), JSON.stringify(error));
		parts.push(JSON.stringify((error as IDataObject).errorResponse ?? {}), JSON.stringify((error as IDataObject).messages ?? []));
		const cause = (error as { cause?: unknown }).cause;
		if (cause instanceof Error) parts.push(cause.message, String(cause.stack ?? ''));
	}
	return parts.join('\n');
}
