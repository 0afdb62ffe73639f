const path = require('path');
const { task, src, dest, parallel } = require('gulp');

// n8n resolves `file:` icons relative to the built node/credential file, so every
// icon is copied beside each compiled node and credential.
function copyIcons() {
	const nodeIcons = src(['icons/*.svg']).pipe(dest(path.resolve('dist', 'icons')));
	return nodeIcons;
}

function copyCodex() {
	return src(['nodes/**/*.node.json'], { base: '.' }).pipe(dest('dist'));
}

task('build:icons', parallel(copyIcons, copyCodex));
