// Vitest configuration: real processes are slow to start, so timeouts are generous and
// files run in a few forks; a global teardown checks that nothing was left behind.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
});
