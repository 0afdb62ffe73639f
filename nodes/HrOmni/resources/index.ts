import type { ResourceSpec } from '../../shared/operations';
import { asset } from './asset';
import { assetType } from './assetType';
import { billing } from './billing';
import { company } from './company';
import { companyUser } from './companyUser';
import { country } from './country';
import { csrf } from './csrf';
import { department } from './department';
import { employee } from './employee';
import { employment } from './employment';
import { holiday } from './holiday';
import { invitation } from './invitation';
import { leaveManagement } from './leaveManagement';
import { leaveParameter } from './leaveParameter';
import { leaveRequest } from './leaveRequest';
import { leaveSummary } from './leaveSummary';
import { leaveType } from './leaveType';
import { leaveUser } from './leaveUser';
import { companyModule } from './module';
import { paymentMethod } from './paymentMethod';
import { project } from './project';
import { ptoCalculation } from './ptoCalculation';
import { role } from './role';
import { timeEntry } from './timeEntry';
import { timeTracking } from './timeTracking';
import { timeTrackingParameter } from './timeTrackingParameter';
import { user } from './user';

/** Every HR Omni resource; each file follows one section of the API document. */
export const hrOmniResources: ResourceSpec[] = [
	role,
	company,
	companyUser,
	employee,
	department,
	employment,
	companyModule,
	billing,
	paymentMethod,
	leaveManagement,
	leaveType,
	leaveParameter,
	leaveUser,
	leaveSummary,
	holiday,
	leaveRequest,
	ptoCalculation,
	asset,
	assetType,
	timeTracking,
	timeTrackingParameter,
	project,
	timeEntry,
	invitation,
	user,
	country,
	csrf,
];
