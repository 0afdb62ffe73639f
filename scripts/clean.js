// Removes dist/ so a build never ships stale files from deleted sources.
require('fs').rmSync(require('path').join(__dirname, '..', 'dist'), { recursive: true, force: true });
