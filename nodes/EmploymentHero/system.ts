import type { FieldSpec } from '../shared/fields';
import type { OperationSpec, SystemSpec } from '../shared/operations';
import { EMPLOYMENT_HERO_REFS } from './lookups';
import {
	API,
	EMPLOYMENT_HERO_PAGING,
	employmentHeroClient,
	readEmploymentHeroError,
	readEmploymentHeroPage,
} from './transport';

/** Filters are plain query parameters (`from_date=…`); no operator syntax is documented. */
export const employmentHeroSystem: SystemSpec = {
	name: 'Employment Hero',
	refs: EMPLOYMENT_HERO_REFS,
	client: employmentHeroClient,
	readError: readEmploymentHeroError,
	paging: EMPLOYMENT_HERO_PAGING,
	readPage: readEmploymentHeroPage,
	queryKey: (name) => name,
};

/** The organisation every path below `/organisations/{organisationId}` belongs to. */
export const organisationParam: FieldSpec = {
	name: 'organisationId',
	label: 'Organisation',
	type: 'ref',
	ref: 'organisation',
	description: 'The organisation the records belong to',
};

export const employeeParam: FieldSpec = {
	name: 'employeeId',
	label: 'Employee',
	type: 'ref',
	ref: 'employee',
	description: 'The employee the records belong to',
};

export const ORGANISATION_PATH = `${API}/organisations/{organisationId}`;
export const EMPLOYEE_PATH = `${ORGANISATION_PATH}/employees/{employeeId}`;

/** A record's own ID in `…/{id}` paths, picked from a list of the resource. */
export function recordParam(ref: string, label: string, parameter: string): FieldSpec {
	return { name: 'id', parameter, label, type: 'ref', ref };
}

/** Keys kept by Simplify for employee records (employmenthero.txt 312–413). */
export const EMPLOYEE_SIMPLIFY = [
	'id',
	'first_name',
	'last_name',
	'known_as',
	'account_email',
	'company_email',
	'job_title',
	'start_date',
	'termination_date',
	'external_id',
];

interface ListDef {
	value?: string;
	name?: string;
	action: string;
	description: string;
	path: string;
	pathParams: FieldSpec[];
	filters?: OperationSpec['filters'];
	simplify?: string[];
	prepare?: OperationSpec['prepare'];
}

/** A paginated GET list (Return All / Limit over `page_index` / `item_per_page`). */
export function listOperation(def: ListDef): OperationSpec {
	return {
		value: def.value ?? 'getAll',
		name: def.name ?? 'Get Many',
		action: def.action,
		description: def.description,
		method: 'GET',
		path: def.path,
		pathParams: def.pathParams,
		list: true,
		filters: def.filters,
		simplify: def.simplify,
		prepare: def.prepare,
	};
}

interface GetDef {
	value?: string;
	name?: string;
	action: string;
	description: string;
	path: string;
	pathParams: FieldSpec[];
	simplify?: string[];
}

/** A GET of one record (or of an employee's single detail object). */
export function getOperation(def: GetDef): OperationSpec {
	return {
		value: def.value ?? 'get',
		name: def.name ?? 'Get',
		action: def.action,
		description: def.description,
		method: 'GET',
		path: def.path,
		pathParams: def.pathParams,
		simplify: def.simplify,
	};
}
