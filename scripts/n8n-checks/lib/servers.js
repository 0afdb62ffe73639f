'use strict';

/**
 * The contract servers of test/servers/, compiled once per process (tsconfig.servers.json
 * → .tmp/servers) for the real-n8n checks and the queue-mode check.
 */
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..', '..');
let compiled = false;

/** The compiled module of test/servers/<relative>.ts (e.g. 'faultProxy'). */
function compiledServerFile(relative) {
	if (!compiled) {
		execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.servers.json'], {
			cwd: root,
			stdio: 'inherit',
		});
		compiled = true;
	}
	return require(path.join(root, '.tmp', 'servers', `${relative}.js`));
}

/** The compiled module of test/servers/<system>/server.ts. */
function serverModule(system) {
	return compiledServerFile(`${system}/server`);
}

module.exports = { serverModule, compiledServerFile };
