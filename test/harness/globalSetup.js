const fs = require('fs');
const path = require('path');

module.exports = async () => {
	fs.mkdirSync(path.resolve(__dirname, '..', '..', '.tmp', 'jest-n8n'), { recursive: true });
};
