'use strict';

/**
 * What `npm run test:editor` puts behind the editor: the five contract servers
 * (test/servers, compiled into .tmp/servers) with a few named records, a working and a
 * wrong credential per system imported into n8n, and one workflow per node with the
 * parameters the check opens (resource locators in list mode, load-options dropdowns).
 */
const { serverModule } = require('../n8n-checks/lib/servers');


function compileServers() {
	const load = (system, name) => serverModule(system)[name];
	return {
		HumaansServer: load('humaans', 'HumaansServer'),
		ChiefOnboardingServer: load('chiefonboarding', 'ChiefOnboardingServer'),
		EmploymentHeroServer: load('employmenthero', 'EmploymentHeroServer'),
		HrOmniServer: load('hromni', 'HrOmniServer'),
		startFactorialServer: load('factorial', 'startFactorialServer'),
	};
}

/** Records the editor must show in its lists (names the check looks for). */
const NAMES = {
	humaansPerson: 'Grace Hopper',
	chiefOnboardingUser: 'Nia Newhire',
	chiefOnboardingSequence: 'Welcome Sequence',
	employmentHeroOrganisation: 'Acme Pty Ltd',
	employmentHeroEmployee: 'First0 Last0',
	hrOmniCompany: 'Hippoland Ltd',
	factorialTeam: 'People Ops',
};

const rl = (value = '') => ({ __rl: true, mode: 'list', value });
const byId = (value) => ({ __rl: true, mode: 'id', value });

async function startFixtures(ctx) {
	const S = compileServers();
	const humaans = new S.HumaansServer();
	const chiefOnboarding = new S.ChiefOnboardingServer();
	const employmentHero = new S.EmploymentHeroServer();
	const hrOmni = new S.HrOmniServer();
	const servers = [humaans, chiefOnboarding, employmentHero, hrOmni];
	await Promise.all(servers.map((s) => s.start()));
	const factorial = await S.startFactorialServer();
	servers.push(factorial);
	factorial.seed('/teams/teams', [{ name: NAMES.factorialTeam }]);

	humaans.seed('/api/people', [
		{ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', status: 'active' },
		{ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com', status: 'active' },
	]);
	chiefOnboarding.addUser({ first_name: 'Nia', last_name: 'Newhire', email: 'nia@example.com', role: 0 });
	chiefOnboarding.addSequence(NAMES.chiefOnboardingSequence);
	const organisation = employmentHero.seedOrganisation({ name: NAMES.employmentHeroOrganisation });
	employmentHero.seedEmployees(String(organisation.id), 3);
	const hrOmniPassword = 'correct-horse-battery';
	const hrOmniAdmin = hrOmni.createAccount({ firstName: 'Ada', lastName: 'Admin', email: 'ada@hippoland.test', password: hrOmniPassword });
	hrOmni.createCompany(NAMES.hrOmniCompany, hrOmniAdmin);

	const ehTokens = employmentHero.issueTokens();
	const ehData = (tokens) => ({
		grantType: 'authorizationCode',
		usePkce: true,
		authUrl: `${employmentHero.baseUrl}/oauth2/authorize`,
		accessTokenUrl: `${employmentHero.baseUrl}/oauth2/token`,
		clientId: employmentHero.clientId,
		clientSecret: employmentHero.clientSecret,
		scope: '',
		authQueryParameters: '',
		authentication: 'body',
		baseUrl: employmentHero.baseUrl,
		oauthTokenData: tokens,
	});
	const credentials = await ctx.importCredentials([
		{ name: 'Humaans', type: 'humaansApi', data: { accessToken: humaans.token, baseUrl: humaans.baseUrl } },
		{ name: 'Humaans (wrong token)', type: 'humaansApi', data: { accessToken: 'wrong-token', baseUrl: humaans.baseUrl } },
		{ name: 'ChiefOnboarding', type: 'chiefOnboardingApi', data: { apiToken: chiefOnboarding.token, baseUrl: chiefOnboarding.baseUrl } },
		{ name: 'ChiefOnboarding (wrong token)', type: 'chiefOnboardingApi', data: { apiToken: 'wrong-token', baseUrl: chiefOnboarding.baseUrl } },
		{ name: 'Employment Hero', type: 'employmentHeroOAuth2Api', data: ehData({ ...ehTokens, token_type: 'Bearer' }) },
		{
			name: 'Employment Hero (revoked token)',
			type: 'employmentHeroOAuth2Api',
			data: ehData({ ...employmentHero.issueTokens(), access_token: 'revoked-token', token_type: 'Bearer' }),
		},
		{ name: 'HR Omni', type: 'hrOmniApi', data: { baseUrl: hrOmni.baseUrl, email: hrOmniAdmin.email, password: hrOmniPassword } },
		{ name: 'HR Omni (wrong password)', type: 'hrOmniApi', data: { baseUrl: hrOmni.baseUrl, email: hrOmniAdmin.email, password: 'wrong-password-1' } },
		{ name: 'Factorial', type: 'factorialApi', data: { apiKey: factorial.apiKey, environment: 'custom', baseUrl: factorial.baseUrl } },
		{ name: 'Factorial (wrong key)', type: 'factorialApi', data: { apiKey: 'wrong-key', environment: 'custom', baseUrl: factorial.baseUrl } },
	]);
	const cred = (name) => {
		const c = credentials.find((x) => x.name === name);
		return { [c.type]: { id: c.id, name: c.name } };
	};

	return {
		servers,
		humaans,
		chiefOnboarding,
		employmentHero,
		hrOmni,
		organisationId: String(organisation.id),
		credentials,
		cred,
		async stop() {
			await Promise.all(servers.map((s) => s.stop()));
		},
	};
}

/**
 * Per node of the package: its type name, what to type in the nodes panel, the wrong
 * credential and the message its test must show, and the parameters of the nodes the check
 * opens: `defaults` (nothing set), `list` (a resource locator in list mode and the entry it
 * must offer) and `options` (a load-options field and the entry it must offer).
 */
function nodeCases(fx, packageName) {
	const t = (name) => `${packageName}.${name}`;
	return [
		{
			type: t('humaans'),
			displayName: 'Humaans',
			alias: 'time off',
			credential: 'Humaans',
			wrongCredential: 'Humaans (wrong token)',
			wrongMessage: 'Humaans refused the access token: Missing or invalid access token (HTTP 401, code NotAuthenticated)',
			list: { parameters: { resource: 'bankAccount', operation: 'create', personId: rl() }, label: 'Person', entry: NAMES.humaansPerson },
			options: {
				parameters: { resource: 'timeAway', operation: 'getAll', returnAll: true, filters: { personIds: [] } },
				name: 'personIds',
				label: 'Person Names or IDs',
				entry: NAMES.humaansPerson,
			},
		},
		{
			type: t('humaansTrigger'),
			displayName: 'Humaans Trigger',
			alias: 'HRIS',
			credential: 'Humaans',
			wrongCredential: 'Humaans (wrong token)',
			wrongMessage: 'Humaans refused the access token',
		},
		{
			type: t('chiefOnboarding'),
			displayName: 'ChiefOnboarding',
			alias: 'offboarding',
			credential: 'ChiefOnboarding',
			wrongCredential: 'ChiefOnboarding (wrong token)',
			wrongMessage: 'ChiefOnboarding refused the API token: Invalid token. (HTTP 401)',
			list: {
				parameters: { resource: 'offboarding', operation: 'create', user: rl(), additionalFields: { sequences: [] } },
				label: 'User',
				entry: NAMES.chiefOnboardingUser,
			},
			options: {
				parameters: { resource: 'offboarding', operation: 'create', user: rl(), additionalFields: { sequences: [] } },
				name: 'sequences',
				label: 'Sequence Names or IDs',
				entry: NAMES.chiefOnboardingSequence,
			},
		},
		{
			type: t('chiefOnboardingTrigger'),
			displayName: 'ChiefOnboarding Trigger',
			alias: 'onboarding',
			credential: 'ChiefOnboarding',
			wrongCredential: 'ChiefOnboarding (wrong token)',
			wrongMessage: 'ChiefOnboarding refused the API token',
		},
		{
			type: t('employmentHero'),
			displayName: 'Employment Hero',
			alias: 'payroll',
			credential: 'Employment Hero',
			wrongCredential: 'Employment Hero (revoked token)',
			// n8n runs no test for OAuth2 credentials: the check reads the form instead.
			oauth: true,
			list: {
				parameters: { resource: 'employee', operation: 'getAll', organisationId: rl(), returnAll: true },
				label: 'Organisation',
				entry: NAMES.employmentHeroOrganisation,
			},
			options: {
				parameters: {
					resource: 'rosteredShift',
					operation: 'getAll',
					organisationId: byId(fx.organisationId),
					returnAll: true,
					filters: { member_ids: [] },
				},
				name: 'member_ids',
				label: 'Member Names or IDs',
				entry: NAMES.employmentHeroEmployee,
			},
		},
		{
			type: t('employmentHeroTrigger'),
			displayName: 'Employment Hero Trigger',
			alias: 'leave',
		},
		{
			type: t('hrOmni'),
			displayName: 'HR Omni',
			alias: 'absence',
			credential: 'HR Omni',
			wrongCredential: 'HR Omni (wrong password)',
			wrongMessage: 'HR Omni login failed: Invalid email or password',
			list: {
				parameters: { resource: 'role', operation: 'getForUser', companyId: rl(), userId: rl() },
				label: 'Company',
				entry: NAMES.hrOmniCompany,
			},
		},
		{
			type: t('hrOmniTrigger'),
			displayName: 'HR Omni Trigger',
			alias: 'time tracking',
			credential: 'HR Omni',
			wrongCredential: 'HR Omni (wrong password)',
			wrongMessage: 'HR Omni login failed: Invalid email or password',
			list: { parameters: { companyId: rl() }, label: 'Company', entry: NAMES.hrOmniCompany },
		},
		...factorialCases(t),
	];
}

/** The Factorial nodes: the core node with a team picker, the domain nodes and the trigger. */
function factorialCases(t) {
	const factorial = (name, displayName, alias) => ({
		type: t(name),
		displayName,
		alias,
		credential: 'Factorial',
		wrongCredential: 'Factorial (wrong key)',
		wrongMessage: 'Factorial refused the API key',
	});
	return [
		{
			...factorial('factorial', 'Factorial', 'HRIS'),
			list: { parameters: { authentication: 'apiKey', resource: 'team', operation: 'get', teamId: rl() }, label: 'Team', entry: NAMES.factorialTeam },
		},
		factorial('factorialTimeOff', 'Factorial Time Off', 'vacation'),
		factorial('factorialAttendance', 'Factorial Attendance', 'clock in'),
		factorial('factorialPayroll', 'Factorial Payroll', 'payslip'),
		factorial('factorialFinance', 'Factorial Finance', 'expense'),
		factorial('factorialTalent', 'Factorial Talent', 'performance review'),
		factorial('factorialRecruiting', 'Factorial Recruiting', 'candidate'),
		factorial('factorialProjects', 'Factorial Projects', 'project'),
		factorial('factorialWorkplace', 'Factorial Workplace', 'announcement'),
		factorial('factorialTrigger', 'Factorial Trigger', 'HRIS'),
	];
}

module.exports = { startFixtures, nodeCases, NAMES };
