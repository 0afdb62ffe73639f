/** Engine tests: every test runs workflows through n8n-core against local contract servers. */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	cacheDirectory: '<rootDir>/.jest-cache',
	modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.runtime/', '<rootDir>/.n8n/'],
	globalSetup: '<rootDir>/test/harness/globalSetup.js',
	setupFiles: ['<rootDir>/test/harness/env.js'],
	testTimeout: 60000,
	maxWorkers: 2,
};
