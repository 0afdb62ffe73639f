import type { SystemSpec } from '../shared/operations';
import { HR_OMNI_REFS } from './lookups';
import { HR_OMNI_PAGING, hrOmniClient, readHrOmniError, readHrOmniPage } from './transport';

/** HR Omni filters are plain query parameters (`status=ACTIVE,TERMINATED`, `year=2022`). */
export const hrOmniSystem: SystemSpec = {
	name: 'HR Omni',
	refs: HR_OMNI_REFS,
	client: hrOmniClient,
	readError: readHrOmniError,
	paging: HR_OMNI_PAGING,
	readPage: readHrOmniPage,
	queryKey: (name) => name,
};
