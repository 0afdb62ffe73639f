'use strict';

/**
 * Preloaded into n8n (`node -r scripts/n8n-parent-watchdog.js n8n start`) by
 * scripts/runtime.js: when the script that started n8n dies without stopping
 * it (SIGKILL, a crashed terminal), n8n shuts itself down instead of lingering
 * as an orphan (it runs in its own process group).
 */
const expected = Number(process.env.N8N_HRIS_PARENT_PID || 0);
if (expected) {
	const timer = setInterval(() => {
		if (process.ppid === expected) return;
		clearInterval(timer);
		process.stderr.write(`[watchdog] parent process ${expected} is gone: stopping n8n\n`);
		process.kill(process.pid, 'SIGTERM');
		setTimeout(() => {
			try {
				process.kill(-process.pid, 'SIGKILL');
			} catch {
				process.exit(1);
			}
		}, 20000).unref();
	}, 1000);
	timer.unref();
}
