import type { ResourceSpec } from '../../shared/operations';
import { bankAccount } from './bankAccount';
import { timesheetEntry } from './timesheetEntry';
import { timesheetSubmission } from './timesheetSubmission';
import { document } from './document';
import { documentType } from './documentType';
import { identityDocument } from './identityDocument';
import { identityDocumentType } from './identityDocumentType';
import { webhook } from './webhook';
import { company } from './company';
import { jobRole } from './jobRole';
import { location } from './location';
import { me } from './me';
import { person } from './person';
import { tokenInfo } from './tokenInfo';
import { compensation } from './compensation';
import { compensationType } from './compensationType';
import { customField } from './customField';
import { customValue } from './customValue';
import { emergencyContact } from './emergencyContact';
import { equipment } from './equipment';
import { equipmentName } from './equipmentName';
import { equipmentType } from './equipmentType';
import { dataExport } from './dataExport';
import { file } from './file';

/** Every Humaans resource; each file follows one section of the API document. */
export const humaansResources: ResourceSpec[] = [bankAccount, timesheetEntry, timesheetSubmission, document, documentType, identityDocument, identityDocumentType, webhook, company, jobRole, location, me, person, tokenInfo, compensation, compensationType, customField, customValue, emergencyContact, equipment, equipmentName, equipmentType, dataExport, file];
