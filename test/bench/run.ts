import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchCase } from './measure';

/**
 * `npm run bench`: every case in this folder runs Return All through n8n's engine against
 * its contract server and a plain fetch loop with the same page size.
 */
async function main() {
	const only = process.argv[2];
	const files = readdirSync(__dirname).filter((f) => f.endsWith('.js') && !['run.js', 'measure.js'].includes(f));
	let failures = 0;
	for (const file of files) {
		const bench = (require(join(__dirname, file)) as { default: BenchCase }).default;
		if (!bench?.run || (only && !file.startsWith(only))) continue;
		try {
			const r = await bench.run();
			const ratio = r.nodeMs / r.fetchMs;
			console.log(
				`${bench.name}\n  requests: ${r.requests}${r.fetchRequests !== undefined ? ` (fetch loop: ${r.fetchRequests})` : ''}, items: ${r.itemCount}\n` +
					`  engine: ${r.nodeMs.toFixed(0)} ms, fetch loop: ${r.fetchMs.toFixed(0)} ms, ratio: ${ratio.toFixed(2)}` +
					(r.peakHeapMb !== undefined ? `, peak heap growth (node and contract server share the process): ${r.peakHeapMb.toFixed(1)} MB` : '') +
					(r.httpMs !== undefined
						? `\n  node:http loop with a connection per request (as n8n's HTTP helper sends): ${r.httpMs.toFixed(0)} ms, ratio: ${(r.nodeMs / r.httpMs).toFixed(2)}`
						: '') +
					(r.helperMs !== undefined
						? `\n  minimal node paging with n8n's own HTTP helper, same engine: ${r.helperMs.toFixed(0)} ms, ratio: ${(r.nodeMs / r.helperMs).toFixed(2)}`
						: ''),
			);
		} catch (error) {
			failures++;
			console.error(`${bench.name}: FAILED\n`, error);
		}
	}
	process.exitCode = failures ? 1 : 0;
}

void main();
