import type { INodeParameters } from 'n8n-workflow';
import { hrOmniResources } from '../../nodes/HrOmni/resources';
import { sweepCases, sweepParameters } from '../harness/sweep';
import { hexId } from '../servers/hromni/core';
import type { Row } from '../servers/hromni/server';
import type { HrOmniContext } from './setup';
import { PASSWORD, byId, startHrOmni } from './setup';

/**
 * A company of its own for every case, so that deleting, ceasing, retiring or cancelling
 * in one case leaves the records of the next intact. The logged-in admin is the user the
 * refs point at: requests of one's own leave can only be read and cancelled by that user.
 */
function seedCompany(ctx: HrOmniContext) {
	const { server, admin } = ctx;
	const company = server.createCompany('Sweep ltd.', admin);
	company.modules.LEAVE_MANAGEMENT = true;
	company.modules.TIME_TRACKING = true;
	const me = company.users.get(admin.id) as Row;

	const department = { id: 'dep_sweep', name: 'Sweep' };
	company.departments.set(department.id, department);
	me.employment = { status: 'ACTIVE', departmentId: department.id, title: 'Engineer', role: 'EMPLOYEE', startDate: '2020-05-01T00:00:00.000000Z' };
	// Neither employed nor in leave management yet.
	const newcomer = server.addCompanyUser(company, { firstName: 'Nina', lastName: 'Newcomer', email: 'nina@hippoland.test' }, admin);

	const leaveType = { id: 'lt_sweep', name: 'Holiday', approvalType: 'MANUAL', shortDescription: '', takesFromPto: true, hideFromCalendar: false, paymentPercentage: 100, color: '#65EE7B' };
	company.leaveTypes.set(leaveType.id, leaveType);
	company.leaveUsers.set(admin.id, { role: 'APPROVER', ptoAllowance: 20, canCarryOverDays: false, maxCarryOverDays: 0, canExceedPtoAllowance: false, isActive: true, dateAdded: server.now() });
	const leaveRequest = {
		id: 'lr_sweep',
		userId: admin.id,
		leaveTypeId: leaveType.id,
		startDate: '2030-01-15',
		startTime: 'START_OF_DAY',
		endDate: '2030-01-15',
		endTime: 'END_OF_DAY',
		status: 'SUBMITTED',
		ptoDaysTaken: 1,
		employeeMessage: '',
		approverComment: '',
		createdAt: server.nowMs(),
	};
	company.requests.set(leaveRequest.id, leaveRequest);

	const assetType = { id: 'at_sweep', isDefault: false, type: 'Laptop' };
	company.assetTypes.set(assetType.id, assetType);
	// Assigned, so that it can be returned as well as reassigned and retired.
	const asset = { id: 'as_sweep', typeId: assetType.id, name: 'MacBook', reference: 'SN-1', condition: 5, status: 'ASSIGNED', userId: admin.id, dateAssigned: server.now() };
	company.assets.set(asset.id, asset);

	const project = { id: 'prj_sweep', name: 'Sweep project', description: '', isBillable: false };
	company.projects.set(project.id, project);
	const entry = { id: 'ent_sweep', userId: admin.id, trackingDate: '2030-01-15', startingTime: '08:30', isBreak: false, isManual: true, projectId: project.id, createdAt: server.now() };
	company.timeEntries.set(entry.id, entry);

	const invoice = { id: 'inv_sweep', month: 2, year: 2023, invoiceNumber: 'INV-0000000001', total: '8.86', currency: 'EUR', status: 'OUTSTANDING', createdAt: '2023-03-29T08:03:49.000000Z' };
	company.invoices.set(invoice.id, invoice);
	const invitation = { id: hexId('inv_'), companyId: company.details.id, companyName: 'Elsewhere ltd.', email: admin.email, sentBy: 'Olga Other', expiresAt: '2999-01-01T00:00:00.000Z' };
	server.invitations.set(invitation.id, invitation);

	// The IDs the verification and reset emails would carry, for accounts other than the admin's.
	const unverified = server.createAccount({ email: `unverified-${hexId('', 4)}@example.com`, password: PASSWORD, verified: false });
	const verification = hexId('cfm_');
	server.verifications.set(verification, unverified.id);
	const forgetful = server.createAccount({ email: `forgetful-${hexId('', 4)}@example.com`, password: PASSWORD });
	const reset = hexId('pwr_');
	server.resets.set(reset, forgetful.id);

	return {
		refs: {
			company: String(company.details.id),
			user: admin.id,
			department: department.id,
			leaveType: leaveType.id,
			leaveRequest: leaveRequest.id,
			assetType: assetType.id,
			asset: asset.id,
			project: project.id,
			timeEntry: entry.id,
			invoice: invoice.id,
			invitation: invitation.id,
			// The server's country list (test/servers/hromni/server.ts).
			country: '1',
			countryCode: 'IE',
		},
		newcomer: String(newcomer.id),
		verification,
		reset,
	};
}

/** Every field of every operation set at once: the contract server must accept each one. */
describe('HR Omni › sweep of every described field', () => {
	let ctx: HrOmniContext;
	beforeAll(async () => {
		ctx = await startHrOmni();
	});
	afterAll(async () => await ctx.server.stop());

	it.each(sweepCases(hrOmniResources))('$name', async ({ resource, op }) => {
		ctx.reset();
		const world = seedCompany(ctx);
		const parameters: INodeParameters = sweepParameters(resource, op, {
			refs: world.refs,
			fields: {
				// hromni.txt 314, 396: the documented phone pattern.
				phone: '+353 83 132 4567',
				userEmails: ['sweep.invite@example.com'],
				// The seeded company has both modules on; switching one on again is refused (4003).
				'leaveManagement.setState.action': 'DISABLE',
				'timeTracking.setState.action': 'DISABLE',
				// A new employment and a new leave user need a user who has neither yet.
				'employment.create.userId': byId(world.newcomer),
				'leaveUser.add.userId': byId(world.newcomer),
				'user.register.email': 'sweep.register@example.com',
				'user.verifyEmail.uuid': world.verification,
				'user.resetPassword.uuid': world.reset,
				// The credential's own email and password, so the next cases still log in.
				'user.updateLogin.email': ctx.admin.email,
				'user.updateLogin.newPassword': PASSWORD,
			},
		});
		// Holidays are a fixed collection of the operation, not a described field.
		if (`${resource.value}.${op.value}` === 'holiday.addToCompany') {
			parameters.holidays = { holiday: [{ date: '2030-01-15', name: 'Sweep day' }] };
		}
		const result = await ctx.run(parameters);
		// A field the server refuses comes back as the node's API error.
		expect(result.error?.message).toBeUndefined();
		expect(ctx.server.requests.length).toBeGreaterThan(0);
	});
});
