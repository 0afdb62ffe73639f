import type { CollectionContract } from './types';

// humaans.txt 3136–3298 (uploads are handled by the server's multipart route)
export const files: CollectionContract = { path: '/api/files', get: true };

