import type { SystemSpec } from '../shared/operations';
import { FACTORIAL_REFS } from './lookups';
import { FACTORIAL_PAGING, factorialClient, readFactorialError, readFactorialPage } from './transport';

/**
 * Factorial filters are plain query parameters; array ones keep their documented `name[]`
 * key (the transport sends `ids[]=1&ids[]=2`). No filter uses an operator, so a single
 * picked value is still sent as an array.
 */
export const factorialSystem: SystemSpec = {
	name: 'Factorial',
	refs: FACTORIAL_REFS,
	client: factorialClient,
	readError: readFactorialError,
	paging: FACTORIAL_PAGING,
	readPage: readFactorialPage,
	queryKey: (name) => name,
};
