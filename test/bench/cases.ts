/** The bench cases and the messages between run.ts, the server process and the workers. */

export type SystemName = 'humaans' | 'hromni' | 'employmenthero' | 'factorial';

/**
 * - `node`: the package's node (Return All, or Get per item);
 * - `floor`: a minimal node paging with `httpRequestWithAuthentication` only;
 * - `http`: n8n's HTTP Request node (its pagination option, the node's own credential) and,
 *   for lists, Split Out on the records field: what a user builds without the package.
 */
export type Variant = 'node' | 'floor' | 'http';

export interface BenchCase {
	id: string;
	title: string;
	system: SystemName;
	kind: 'list' | 'get';
	/** Records in the server (lists) or Get calls (one input item each). */
	records: number;
	variants: Variant[];
}

export const CASES: BenchCase[] = [
	{ id: 'humaans-50k', title: 'Humaans people, Return All', system: 'humaans', kind: 'list', records: 50_000, variants: ['node', 'floor', 'http'] },
	{ id: 'humaans-500k', title: 'Humaans people, Return All', system: 'humaans', kind: 'list', records: 500_000, variants: ['node', 'floor', 'http'] },
	{ id: 'hromni-10k', title: 'HR Omni employees, Return All', system: 'hromni', kind: 'list', records: 10_000, variants: ['node', 'floor', 'http'] },
	{ id: 'employmenthero-10k', title: 'Employment Hero employees, Return All', system: 'employmenthero', kind: 'list', records: 10_000, variants: ['node', 'floor', 'http'] },
	{ id: 'factorial-10k', title: 'Factorial employees, Return All', system: 'factorial', kind: 'list', records: 10_000, variants: ['node', 'floor', 'http'] },
	{ id: 'humaans-get-1000', title: 'Humaans person, Get per item', system: 'humaans', kind: 'get', records: 1_000, variants: ['node', 'http'] },
];

export interface ServerInfo {
	baseUrl: string;
	/** Path of the list the case pages through. */
	listPath: string;
	companyId?: string;
	organisationId?: string;
	/** IDs for Get cases (up to 1,000). */
	ids: string[];
}

export type ServerMessage =
	| { type: 'start'; system: SystemName; records: number }
	| { type: 'credentials' }
	| { type: 'reset' }
	| { type: 'count' }
	| { type: 'stop' };

/** What run.ts sends a worker. */
export interface WorkerTask {
	case: BenchCase;
	variant: Variant;
	server: ServerInfo;
	credential: Record<string, unknown>;
	/** Where to write a CPU profile of the measured run. */
	cpuProf?: string;
}

export interface WorkerResult {
	items: number;
	/** Wall-clock time of the measured run. */
	ms: number;
	/** CPU time the worker process spent in it (user + system): less sensitive to a busy machine. */
	cpuMs: number;
	/** The process's peak resident set size (MB), module loading and warm-up included. */
	peakRssMb: number;
	/** Resident set size just before the measured run (MB). */
	baseRssMb: number;
	versions: Record<string, string>;
}
