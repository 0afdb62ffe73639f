#!/usr/bin/env node
'use strict';

/**
 * Install this project into an n8n user folder the way n8n 2.41 installs a
 * community package (CommunityPackagesService.downloadPackage in
 * n8n/dist/modules/community-packages/community-packages.service.js), but
 * from a local `npm pack` tarball instead of the registry:
 *
 *   1. `npm pack` the project (into `.tmp/`);
 *   2. `tar -xzf <tgz> -C <userFolder>/.n8n/nodes/node_modules/<name> --strip-components=1`;
 *   3. drop devDependencies, peerDependencies and optionalDependencies from the
 *      extracted package.json;
 *   4. `npm install --audit=false --fund=false --bin-links=false
 *      --install-strategy=shallow --ignore-scripts=true --package-lock=false`
 *      in the package folder;
 *   5. record `dependencies[<name>] = <version>` in
 *      `<userFolder>/.n8n/nodes/package.json` ({name: 'installed-nodes', private: true}).
 *
 * At start-up n8n then loads it from `nodes/node_modules` with node types
 * named `<package name>.<node name>`.
 *
 * CLI: node scripts/install-community-package.js <userFolder>
 */

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const PROJECT_DIR = path.resolve(__dirname, '..');
const TMP_DIR = path.join(PROJECT_DIR, '.tmp');

function sh(cmd, args, opts = {}) {
	return execFileSync(cmd, args, {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
		...opts,
		env: { ...process.env, TMPDIR: TMP_DIR, ...(opts.env || {}) },
	});
}

/** `npm pack` the project into `.tmp/packs/`; returns the tarball path. */
function packProject(projectDir = PROJECT_DIR) {
	const dest = path.join(TMP_DIR, 'packs');
	fs.mkdirSync(dest, { recursive: true });
	const out = sh('npm', ['pack', '--json', '--ignore-scripts', `--pack-destination=${dest}`], { cwd: projectDir });
	const parsed = JSON.parse(out.slice(out.indexOf('[')));
	const filename = parsed[0] && parsed[0].filename;
	if (!filename) throw new Error(`npm pack gave no filename:\n${out}`);
	const tarball = path.join(dest, path.basename(filename));
	if (!fs.existsSync(tarball)) throw new Error(`npm pack did not produce ${tarball}`);
	return { tarball, files: (parsed[0].files || []).map((f) => f.path) };
}

/**
 * Install the project's tarball as a community package into `userFolder`
 * (the value of N8N_USER_FOLDER; n8n's data is in `<userFolder>/.n8n`).
 * Options: `tarball` (use this .tgz instead of packing), `projectDir`
 * (package to pack; default this project).
 * Returns { packageName, version, packageDir, tarball, files }.
 */
function installFromTarball(userFolder, { tarball, projectDir = PROJECT_DIR } = {}) {
	if (!userFolder) throw new Error('installFromTarball: userFolder is required');
	const projectPkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
	const packageName = projectPkg.name;
	let files = [];
	if (!tarball) ({ tarball, files } = packProject(projectDir));

	const nodesDir = path.join(path.resolve(userFolder), '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', ...packageName.split('/'));
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });

	sh('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

	const pkgJsonPath = path.join(packageDir, 'package.json');
	// n8n drops these before installing a community package's own dependencies.
	const pkg = JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8'));
	delete pkg.devDependencies;
	delete pkg.peerDependencies;
	delete pkg.optionalDependencies;
	fs.writeFileSync(pkgJsonPath, JSON.stringify(pkg, null, 2), 'utf8');

	sh(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
			'--loglevel=warn',
		],
		{ cwd: packageDir },
	);

	const nodesPkgPath = path.join(nodesDir, 'package.json');
	let nodesPkg = { name: 'installed-nodes', private: true, dependencies: {} };
	try {
		nodesPkg = JSON.parse(fs.readFileSync(nodesPkgPath, 'utf8'));
		nodesPkg.dependencies = nodesPkg.dependencies || {};
	} catch {
		/* first package */
	}
	nodesPkg.dependencies[packageName] = pkg.version;
	fs.writeFileSync(nodesPkgPath, JSON.stringify(nodesPkg, null, 2), 'utf8');

	return { packageName, version: pkg.version, packageDir, tarball, files };
}

module.exports = { installFromTarball, packProject };

if (require.main === module) {
	const userFolder = process.argv[2];
	if (!userFolder) {
		console.error('usage: node scripts/install-community-package.js <userFolder>');
		process.exit(2);
	}
	try {
		const r = installFromTarball(userFolder);
		console.log(`installed ${r.packageName}@${r.version} into ${r.packageDir}`);
	} catch (e) {
		console.error(e.stderr ? `${e.message}\n${e.stderr}` : e.message);
		process.exit(1);
	}
}
