import type { ResourceSpec } from '../../shared/operations';
import { bankAccount } from './bankAccount';
import { certification } from './certification';
import { customField } from './customField';
import { emergencyContact } from './emergencyContact';
import { employee } from './employee';
import { employeeCertification } from './employeeCertification';
import { employeeCustomField } from './employeeCustomField';
import { employmentHistory } from './employmentHistory';
import { leaveRequest } from './leaveRequest';
import { organisation } from './organisation';
import { payDetail } from './payDetail';
import { payslip } from './payslip';
import { policy } from './policy';
import { rosteredShift } from './rosteredShift';
import { superannuationDetail } from './superannuationDetail';
import { taxDeclaration } from './taxDeclaration';
import { team } from './team';
import { timesheetEntry } from './timesheetEntry';
import { unavailability } from './unavailability';

/** Every Employment Hero resource; each file follows one section of the API document. */
export const employmentHeroResources: ResourceSpec[] = [
	organisation,
	employee,
	leaveRequest,
	timesheetEntry,
	employmentHistory,
	emergencyContact,
	team,
	bankAccount,
	policy,
	certification,
	employeeCertification,
	payslip,
	payDetail,
	taxDeclaration,
	superannuationDetail,
	customField,
	employeeCustomField,
	rosteredShift,
	unavailability,
];
