#!/usr/bin/env node
'use strict';

/**
 * `npm run test:editor`: the real-browser check of the editor. Makes sure Debian's Chromium
 * is installed (scripts/browser.js), then runs the real-n8n harness of `npm run test:n8n`
 * (package installed as a community package, n8n started, owner signed in) with the checks
 * of scripts/editor-checks/ instead of scripts/n8n-checks/.
 */
const path = require('path');
const { ensureChromium } = require('./browser');

(async () => {
	try {
		await ensureChromium();
	} catch (e) {
		console.error(`[test:editor] ${e.message}`);
		console.log('0 passed, 1 failed');
		process.exit(1);
	}
	process.env.N8N_TEST_CHECKS_DIR = process.env.N8N_TEST_CHECKS_DIR || path.join(__dirname, 'editor-checks');
	require('./test-n8n');
})();
