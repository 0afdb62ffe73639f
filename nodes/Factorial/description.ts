import type { INodeProperties } from 'n8n-workflow';
import type { ResourceSpec } from '../shared/operations';
import { describeResources } from '../shared/operations';
import { factorialSystem } from './system';
import { authenticationProperty } from './transport';
import type { FactorialNodeGroup } from './types';

/** Authentication, then the resource and operation dropdowns of one Factorial node. */
export function factorialProperties(group: FactorialNodeGroup, resources: ResourceSpec[]): INodeProperties[] {
	return [authenticationProperty, ...describeResources(factorialSystem, resources, { defaultResource: group.defaultResource })];
}
