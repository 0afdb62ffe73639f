// Compiles the engine harness, contract servers and bench cases, then runs them.
const { execFileSync } = require('child_process');
const path = require('path');
const root = path.resolve(__dirname, '..');
require(path.join(root, 'test', 'harness', 'env.js'));
try {
	execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
	const runner = path.join(root, '.tmp', 'bench', 'test', 'bench', 'run.js');
	execFileSync(process.execPath, ['--expose-gc', runner, ...process.argv.slice(2)], {
		cwd: root,
		stdio: 'inherit',
		env: process.env,
	});
} catch (error) {
	process.exitCode = error.status || 1;
}
