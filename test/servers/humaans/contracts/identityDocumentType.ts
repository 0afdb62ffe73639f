import type { CollectionContract } from './types';

// humaans.txt 3300–3364: list only; rows are seeded by tests.
export const identityDocumentTypes: CollectionContract = {
	path: '/api/identity-document-types',
	list: true,
};
