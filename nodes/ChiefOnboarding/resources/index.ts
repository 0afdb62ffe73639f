import type { ResourceSpec } from '../../shared/operations';
import { employee } from './employee';
import { offboarding } from './offboarding';
import { sequence } from './sequence';
import { user } from './user';

/** Every ChiefOnboarding resource: the four API routes (employees, sequences, users, offboarding). */
export const chiefOnboardingResources: ResourceSpec[] = [employee, sequence, user, offboarding];
