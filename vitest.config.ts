import { defineConfig } from 'vitest/config'

// Two projects: `unit` (in-process, files in parallel on both cores) and `e2e` (real node processes and
// local testnets, one file at a time so a 2-core CI machine is never oversubscribed).
const E2E = ['testnet/e2e/**/*.test.ts', 'client/e2e/**/*.test.ts']

export default defineConfig({
  test: {
    setupFiles: ['./node/polyfills.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{node,modules,proto,client,testnet,scripts}/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...E2E],
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E, fileParallelism: false, maxWorkers: 1, testTimeout: 240_000 },
      },
    ],
  },
})
