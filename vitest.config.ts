import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{node,modules,proto,client,testnet,scripts}/**/*.test.ts'],
    setupFiles: ['./node/polyfills.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
})
