import type { ResourceSpec } from '../../shared/operations';
import { bankAccount } from './bankAccount';

/** Every Humaans resource; each file follows one section of the API document. */
export const humaansResources: ResourceSpec[] = [bankAccount];
