export * from './block-store.js'
export * from './db.js'
export * from './errors.js'
