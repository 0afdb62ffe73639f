import type { IDataObject, INode, INodeExecutionData, INodeParameters, Workflow } from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';
import { EmploymentHeroOAuth2Api } from '../../credentials/EmploymentHeroOAuth2Api.credentials';
import { EmploymentHero } from '../../nodes/EmploymentHero/EmploymentHero.node';
import { EmploymentHeroTrigger } from '../../nodes/EmploymentHero/EmploymentHeroTrigger.node';
import { Engine } from '../harness/engine';
import { EmploymentHeroServer } from '../servers/employmenthero/server';

export const EMPLOYMENT_HERO_NODE = 'n8n-nodes-hris.employmentHero';
export const EMPLOYMENT_HERO_TRIGGER = 'n8n-nodes-hris.employmentHeroTrigger';
export const CREDENTIAL_TYPE = 'employmentHeroOAuth2Api';
export const CREDENTIALS = { [CREDENTIAL_TYPE]: { id: '1', name: 'Employment Hero' } };

/** A running Employment Hero contract server and an engine whose OAuth2 credential points at it. */
export async function startEmploymentHero() {
	const server = new EmploymentHeroServer();
	await server.start();
	const node = new EmploymentHero();
	const engine = new Engine({
		nodes: { employmentHero: node, employmentHeroTrigger: new EmploymentHeroTrigger() },
		credentialTypes: { [CREDENTIAL_TYPE]: new EmploymentHeroOAuth2Api() },
	});

	/** Connects the credential as n8n would after the OAuth flow: fresh tokens from the server. */
	const connect = (data: IDataObject = {}) => {
		const tokens = server.issueTokens();
		engine.setCredential(CREDENTIAL_TYPE, {
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
			oauthTokenData: { ...tokens, token_type: 'Bearer' },
			...data,
		});
		return tokens;
	};
	connect();

	const run = async (
		parameters: INodeParameters,
		input?: INodeExecutionData[],
		options: { continueOnFail?: boolean } = {},
	) =>
		await engine.run(
			{ type: EMPLOYMENT_HERO_NODE, parameters, credentials: CREDENTIALS, continueOnFail: options.continueOnFail },
			input,
		);

	/** Runs one of the node's listSearch / loadOptions methods with the given node parameters. */
	const loadOptions = async (
		kind: 'listSearch' | 'loadOptions',
		method: string,
		parameters: INodeParameters = {},
		filter?: string,
		paginationToken?: string,
	) => {
		const workflow = engine.workflow({ type: EMPLOYMENT_HERO_NODE, parameters, credentials: CREDENTIALS });
		const additionalData = engine.additionalData({ currentNodeParameters: parameters });
		const context = new LoadOptionsContext(workflow, workflow.getNode('Node') as INode, additionalData, '');
		const fn = (node.methods[kind] as Record<string, (this: unknown, filter?: string, token?: string) => Promise<unknown>>)[method];
		return await fn.call(context, filter, paginationToken);
	};

	/** A trigger workflow (the node is named "Node"). */
	const triggerWorkflow = (parameters: INodeParameters): Workflow =>
		engine.workflow({ type: EMPLOYMENT_HERO_TRIGGER, parameters, webhookId: 'eh-webhook-id' });

	return { server, engine, run, connect, loadOptions, triggerWorkflow };
}

export type EmploymentHeroContext = Awaited<ReturnType<typeof startEmploymentHero>>;

/** The value a resource locator holds when the user picked an entry from the list. */
export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
/** The value a resource locator holds when the user picked "By ID". */
export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The `Authorization` header n8n must have sent with the current access token. */
export function bearer(ctx: EmploymentHeroContext): string {
	const data = ctx.engine.credentials.store.get(CREDENTIAL_TYPE) as IDataObject;
	return `Bearer ${String((data.oauthTokenData as IDataObject).access_token)}`;
}

/** One organisation with one or two records of every kind, shaped like the document's examples. */
export function seedWorld(server: EmploymentHeroServer) {
	const org = server.seedOrganisation({ name: 'Employment Hero Pty Ltd' });
	const orgId = String(org.id);
	const [alice, bob] = server.seedEmployees(orgId, 2, (i) => ({ first_name: ['Alice', 'Bob'][i], last_name: ['Nguyen', 'Tran'][i] }));
	const aliceId = String(alice.id);
	const bobId = String(bob.id);
	const [leave] = server.seed(orgId, 'leave_requests', [
		{
			start_date: '2017-05-29T00:00:00+00:00',
			end_date: '2017-05-29T00:00:00+00:00',
			total_hours: 8.0,
			comment: 'The last working day',
			status: 'Approved',
			leave_balance_amount: 0.0,
			leave_category_name: 'Annual Leave',
			reason: null,
			employee_id: aliceId,
		},
	]);
	server.seedFor(orgId, aliceId, 'timesheet_entries', [
		{ employee_id: aliceId, date: '2018-12-17T00:00:00+00:00', start_time: '2018-12-17T01:00:00+11:00', end_time: '2018-12-17T07:00:00+11:00', status: 'pending', units: 6.0, reason: null, comment: '', time: 21600, cost_centre: { id: 'cc1', name: 'R&D' } },
		{ employee_id: aliceId, date: '2019-03-30T00:00:00+00:00', start_time: null, end_time: null, status: 'approved', units: 3.0, reason: null, comment: '', time: 10800, cost_centre: { id: 'cc1', name: 'R&D' } },
	]);
	server.seedFor(orgId, bobId, 'timesheet_entries', [
		{ employee_id: bobId, date: '2019-01-10T00:00:00+00:00', start_time: null, end_time: null, status: 'approved', units: 1.0, reason: null, comment: '', time: 3600, cost_centre: null },
	]);
	server.seedFor(orgId, aliceId, 'employment_histories', [
		{ title: 'Grad Developer', start_date: '2017-03-01T00:00:00+00:00', end_date: null, employment_type: 'Full-time' },
	]);
	server.seedFor(orgId, aliceId, 'emergency_contacts', [
		{ id: 110762, contact_name: 'Daniel Levi', daytime_contact_number: '02222222222', after_hours_no: '02222222222', after_mobile_no: '02222222222', relationship: 'wife', contact_type: 'primary' },
	]);
	const [engineering, finance] = server.seed(orgId, 'teams', [
		{ name: 'Engineering', status: 'active' },
		{ name: 'Finance', status: 'disabled' },
	]);
	server.setTeamMembers(orgId, String(engineering.id), [bobId]);
	server.seedFor(orgId, aliceId, 'bank_accounts', [
		{ account_name: 'Alice Nguyen', account_number: '111111111', bsb: '111111', amount: 100.0, primary_account: true, external_id: null },
	]);
	server.seed(orgId, 'policies', [
		{ name: 'Wonderful Company - Full-Disk Encryption Policy', induction: true, created_at: '2017-09-14T10:03:51+10:00' },
		{ name: 'Wonderful Company - Working From Home Agreement', induction: false, created_at: '2016-05-04T12:12:25+10:00' },
	]);
	const [certification] = server.seed(orgId, 'certifications', [{ name: 'Employment Hero System Training', type: 'check' }]);
	server.seedFor(orgId, aliceId, 'certifications', [
		{ name: 'Full-disk encryption', certification_id: String(certification.id), type: 'Check', expiry_date: '2021-01-04T00:00:00+00:00', completion_date: '2020-01-04T00:00:00+00:00', driver_problem: false, driver_details: '', status: 'Outstanding', reason: '' },
	]);
	server.seedFor(orgId, aliceId, 'payslips', [
		{ first_name: 'Alice', last_name: 'Nguyen', total_deduction: 1280.5, net_pay: 2520.15, super: 301.15, wages: 3346.15, reimbursements: 1280.5, tax: 826.0, name: 'Alice Nguyen', address_line1: '4 Sava', address_line2: null, suburb: '123 sydney', postcode: '0880', address_state: 'NT', note: null, post_tax_deduction: 0.0, pre_tax_deduction: 0.0, business_name: 'One Disease Limited', business_address: 'Australia', business_abn: '57162909284', base_rate: 87000.0, hourly_rate: 0.0, pay_period_starting: '2012-06-27T00:00:00+00:00', pay_period_ending: '2012-07-10T00:00:00+00:00', base_rate_unit: 'Annually', employment_type: 'Annually', payroll_type: null, payment_date: '2012-07-11T00:00:00+10:00' },
	]);
	server.seedFor(orgId, aliceId, 'pay_details', [
		{ effective_from: '2020-04-21', classification: 'Day Working - Full Time', industrial_instrument: 'Wholesale Award 2010', pay_rate_template: 'Permanent Storeworker', anniversary_date: '2020-03-25T00:00:00+00:00', salary: 50, salary_type: 'Hour', pay_unit: 'Hourly', pay_category: 'Permanent Ordinary Hours', leave_allowance_template: 'Permanent', change_reason: 'Some reasons', comments: 'Some comments', currency: 'AUD' },
	]);
	server.setDetail(orgId, aliceId, 'tax_declaration', {
		first_name: 'Alice', last_name: 'Nguyen', tax_file_number: '000000000', tax_au_resident: true, tax_foreign_resident: false, working_holiday_maker: false, tax_free: false, tax_help_debt: true, tax_financial_supplement_debt: false,
	});
	server.setDetail(orgId, aliceId, 'superannuation_detail', {
		fund_name: 'SUPER Super', member_number: '184752', product_code: '294002294', employer_nominated_fund: true, fund_abn: '19905422123', electronic_service_address: 'CLICKSUPER', fund_email: 'some_email@email.com', account_name: 'Alice', account_bsb: 'HST01100AX', account_number: '25767731292',
	});
	server.seed(orgId, 'custom_fields', [
		{ name: 'Tshirt Size', hint: 'Unisex sizing', description: 'Tshirt sizing for purchasing uniforms', type: 'single_select', in_onboarding: false, required: false, custom_field_permissions: [], custom_field_options: [{ id: 'c55ee94c', value: 'Large' }] },
	]);
	server.seedFor(orgId, aliceId, 'custom_fields', [
		{ value: 'No eggs', name: 'Dietary Requirements', description: 'To track dietary requirements', type: 'free_text' },
		{ value: [{ id: '18e33075', value: 'Medium' }], name: 'Tshirt Size', description: 'Tshirt sizing', type: 'single_select' },
	]);
	const shifts = server.seed(orgId, 'rostered_shifts', [
		{ start_time: '2024-06-14T09:00:00.000Z', end_time: '2024-06-14T17:00:00.000Z', status: 'published', notes: 'Hello world', is_open_shift: false, location_id: 'loc-1', location_name: 'John Doe Hospital', member_id: aliceId, member_full_name: 'Alice Nguyen', shift_swap_cutoff_time: null, type: 'RosteredShift', work_type_id: 'wt-1', work_type_name: 'Full time', shift_swap: null, breaks: [] },
		{ start_time: '2024-06-20T09:00:00.000Z', end_time: '2024-06-20T17:00:00.000Z', status: 'draft', notes: '', is_open_shift: true, location_id: 'loc-2', location_name: 'Clinic', member_id: null, member_full_name: null, shift_swap_cutoff_time: null, type: 'RosteredShift', work_type_id: 'wt-1', work_type_name: 'Full time', shift_swap: null, breaks: [] },
		{ start_time: '2024-07-02T09:00:00.000Z', end_time: '2024-07-02T17:00:00.000Z', status: 'published', notes: '', is_open_shift: false, location_id: 'loc-1', location_name: 'John Doe Hospital', member_id: bobId, member_full_name: 'Bob Tran', shift_swap_cutoff_time: null, type: 'RosteredShift', work_type_id: 'wt-1', work_type_name: 'Full time', shift_swap: null, breaks: [] },
	]);
	const unavailabilities = server.seed(orgId, 'unavailabilities', [
		{ member_id: aliceId, description: 'Example description', all_day: false, start_date: '2024-01-01', end_date: '2024-01-02', start_time_a_day: '09:00', end_time_a_day: '12:00', recurring_pattern: { recurring_type: 'weekly', weekdays: ['MON'] }, location_id: '7' },
		{ member_id: bobId, description: 'Holiday', all_day: true, start_date: '2024-01-20', end_date: '2024-01-25', start_time_a_day: null, end_time_a_day: null, recurring_pattern: null, location_id: '8' },
	]);
	return {
		org,
		orgId,
		aliceId,
		bobId,
		leaveId: String(leave.id),
		engineeringId: String(engineering.id),
		financeId: String(finance.id),
		certificationId: String(certification.id),
		shiftIds: shifts.map((s) => String(s.id)),
		unavailabilityIds: unavailabilities.map((u) => String(u.id)),
	};
}
