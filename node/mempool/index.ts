export * from './entry.js'
export * from './errors.js'
export * from './mempool.js'
