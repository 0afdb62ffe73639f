import type { HumaansServer } from '../server';
import type { CollectionContract } from './types';

// humaans.txt 8773–9008 ("Time away types")
export const timeAwayType: CollectionContract = {
	path: '/api/time-away-types',
	list: true,
	get: true,
	delete: true,
	// `$or` (humaans.txt 8848–8854) is not evaluated by this server nor sent by the node, so it is refused rather than ignored.
	filters: { id: 'in' },
	create: { required: ['name', 'emoji', 'category'], optional: [] },
	update: { optional: ['name', 'emoji'] },
	enums: { category: ['workingAway', 'timeOff'] },
	defaults: { emojiLabel: null, baseType: null },
	onCreate: (row, server) => {
		row.companyId = (server as HumaansServer).me.companyId;
		return undefined;
	},
};
