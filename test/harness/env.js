// Runs in every test worker before any module loads: n8n-core reads these at import time.
const path = require('path');
const fs = require('fs');
const root = path.resolve(__dirname, '..', '..');
const userFolder = path.join(root, '.tmp', 'jest-n8n');
fs.mkdirSync(userFolder, { recursive: true });
process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || 'silent';
process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY || 'engine-tests-only';
process.env.N8N_BLOCK_ENV_ACCESS_IN_NODE = 'true';
