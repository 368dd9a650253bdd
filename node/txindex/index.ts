export * from './errors.js'
export * from './paging.js'
export * from './record.js'
export * from './tx-index.js'
