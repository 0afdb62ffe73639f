import { readdirSync } from 'node:fs';
import type { CollectionContract } from './types';

export type { CollectionContract, FilterKind } from './types';

/** Every file in this folder exports the contract of one Humaans resource. */
export const HUMAANS_CONTRACTS: CollectionContract[] = readdirSync(__dirname)
	.filter((file) => /^(?!index\.|types\.).+\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
	.flatMap((file) => Object.values(require(`./${file}`) as Record<string, CollectionContract>));
