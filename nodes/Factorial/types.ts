import type { OperationSpec, ResourceSpec } from '../shared/operations';

/**
 * A generated Factorial operation: an OperationSpec plus the facts of the spec the
 * hand-written layer (resources.ts) turns into request hooks.
 */
export interface FactorialOperation extends OperationSpec {
	/** PUT: the path `id` is repeated in the body (every PUT of the spec does this). */
	bodyId?: boolean;
	/** `company_id` (body or query) defaults to the company of the credential. */
	companyDefault?: 'body' | 'qs';
	/** multipart/form-data: the form field of the uploaded file. */
	upload?: { field: string; required: boolean };
	multipart?: boolean;
}

export interface FactorialResource extends ResourceSpec {
	operations: FactorialOperation[];
}

export interface FactorialNodeGroup {
	displayName: string;
	description: string;
	defaultResource: string;
	aliases: string[];
	resources: FactorialResource[];
}
