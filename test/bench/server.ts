/**
 * A bench contract server in its own process, so the node's process measures only n8n and
 * the node. Driven over IPC by run.ts: `start` seeds the system, `credentials` hands out
 * the credential a worker should use, `reset` clears the request log, `count` reports it.
 */
import type { ContractServer } from '../servers/base';
import { EmploymentHeroServer } from '../servers/employmenthero/server';
import { HrOmniServer } from '../servers/hromni/server';
import { HumaansServer } from '../servers/humaans/server';
import { API_PREFIX as FACTORIAL_PREFIX, startFactorialServer } from '../servers/factorial/server';
import type { ServerInfo, ServerMessage, SystemName } from './cases';

const PASSWORD = 'correct-horse-battery';

/** A person as the document's example shows one (humaans.txt "The person object"), varied per index. */
function humaansPerson(i: number) {
	return {
		companyId: 'T7uqPFK7am4lFTZm39AmNuay',
		firstName: `First${i}`,
		middleName: null,
		lastName: `Last${i}`,
		preferredName: null,
		email: `person${i}@example.com`,
		personalEmail: null,
		formerWorkEmail: null,
		phoneNumber: '+44 20 7946 0000',
		remote: i % 3 === 0,
		locationId: 'FnAjNOIyLRsmZGRohZsHApiE',
		employmentStartDate: '2020-05-01',
		employmentEndDate: null,
		status: 'active',
		birthday: '1989-07-28',
		nationality: 'British',
		gender: i % 2 ? 'female' : 'male',
		dietaryPreference: null,
		foodAllergies: [],
		teams: [{ name: 'Engineering' }],
		workingDays: [{ day: 'monday' }, { day: 'tuesday' }, { day: 'wednesday' }, { day: 'thursday' }, { day: 'friday' }],
		timezone: 'Europe/London',
		isWorkEmailHidden: false,
	};
}

interface Started {
	server: ContractServer;
	info: Omit<ServerInfo, 'credential'>;
	credential: () => Record<string, unknown>;
}

async function start(system: SystemName, records: number): Promise<Started> {
	if (system === 'humaans') {
		const server = new HumaansServer();
		await server.start();
		const rows = server.seed(
			'/api/people',
			Array.from({ length: records }, (_, i) => humaansPerson(i)),
		);
		return {
			server,
			info: { baseUrl: server.baseUrl, listPath: '/api/people', ids: rows.slice(0, 1000).map((row) => String(row.id)) },
			credential: () => ({ accessToken: server.token, baseUrl: server.baseUrl }),
		};
	}
	if (system === 'hromni') {
		const server = new HrOmniServer();
		await server.start();
		const admin = server.createAccount({ firstName: 'Ada', lastName: 'Admin', email: 'ada@hippoland.test', password: PASSWORD });
		const company = server.createCompany('Hippoland ltd.', admin);
		server.seedEmployees(company, records);
		const companyId = String(company.details.id);
		return {
			server,
			info: { baseUrl: server.baseUrl, listPath: `/company/${companyId}/users/employees`, companyId, ids: [] },
			credential: () => ({ baseUrl: server.baseUrl, email: admin.email, password: PASSWORD, sessionToken: '', csrfToken: '' }),
		};
	}
	if (system === 'factorial') {
		const server = await startFactorialServer();
		server.clear('/employees/employees');
		server.seedMany('/employees/employees', records);
		return {
			server,
			info: { baseUrl: server.baseUrl, listPath: `${FACTORIAL_PREFIX}/employees/employees`, ids: [] },
			credential: () => ({ apiKey: server.apiKey, environment: 'custom', baseUrl: server.baseUrl }),
		};
	}
	const server = new EmploymentHeroServer();
	await server.start();
	const orgId = String(server.seedOrganisation({ name: 'Bench Pty Ltd' }).id);
	server.seedEmployees(orgId, records);
	return {
		server,
		info: { baseUrl: server.baseUrl, listPath: `/api/v1/organisations/${orgId}/employees`, organisationId: orgId, ids: [] },
		// Fresh tokens for every worker: a long bench outlives one access token.
		credential: () => ({
			grantType: 'authorizationCode',
			usePkce: true,
			authUrl: `${server.baseUrl}/oauth2/authorize`,
			accessTokenUrl: `${server.baseUrl}/oauth2/token`,
			clientId: server.clientId,
			clientSecret: server.clientSecret,
			scope: '',
			authQueryParameters: '',
			authentication: 'body',
			baseUrl: server.baseUrl,
			oauthTokenData: { ...server.issueTokens(), token_type: 'Bearer' },
		}),
	};
}

let started: Started | undefined;

process.on('message', (message: ServerMessage) => {
	void (async () => {
		const reply = (value: unknown) => process.send?.(value);
		switch (message.type) {
			case 'start':
				started = await start(message.system, message.records);
				reply({ type: 'started', info: started.info });
				break;
			case 'credentials':
				reply({ type: 'credentials', data: started?.credential() });
				break;
			case 'reset':
				started?.server.reset();
				reply({ type: 'reset' });
				break;
			case 'count':
				reply({ type: 'count', requests: started?.server.requests.length ?? 0 });
				break;
			case 'stop':
				await started?.server.stop();
				process.exit(0);
		}
	})();
});
process.on('disconnect', () => process.exit(0));
