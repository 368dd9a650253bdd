import { defineConfig } from 'vitest/config'

// Three projects: `unit` (in-process, files in parallel on both cores), `e2e` (real node processes and
// local testnets, one file at a time so a 2-core CI machine is never oversubscribed) and `long`: e2e files
// of more than two minutes each (`npm run test:long`), kept out of `npm test` so the default suite stays
// well under 25 minutes on two cores.
const E2E = ['testnet/e2e/**/*.test.ts', 'client/e2e/**/*.test.ts']
const LONG = [
  'testnet/e2e/jobs-flow.test.ts',
  'testnet/e2e/downtime-jail.test.ts',
  'testnet/e2e/training-flow.test.ts',
  'client/e2e/training.e2e.test.ts',
]

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
        test: {
          name: 'e2e',
          include: E2E,
          exclude: ['**/node_modules/**', ...LONG],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: { name: 'long', include: LONG, fileParallelism: false, maxWorkers: 1, testTimeout: 240_000 },
      },
    ],
  },
})
