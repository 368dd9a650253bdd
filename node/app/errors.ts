// Node-internal errors of the application (typed with string codes). Mapping anything thrown while executing
// a tx to the ABCI (codespace, code, log) triple is modules/sdk's `toAbciError`, the one mapper.
import { AbciError } from '../../modules/sdk/index.js'

export type AppErrorCode =
  | 'DUPLICATE_ROUTE'
  | 'INVALID_ROUTE'
  | 'DUPLICATE_MODULE'
  | 'DUPLICATE_STORE_KEY'
  | 'STORE_NOT_MOUNTED'
  | 'BAD_MODULE_ORDER'
  | 'INVALID_GENESIS'
  | 'CHAIN_ID_MISMATCH'
  | 'BLOCK_HOOK_FAILED'
  | 'INVALID_HEIGHT'
  | 'NOT_FINALIZED'

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** The same error with context in front, keeping its code (errorsmod.Wrapf). */
export function wrapAbci(e: AbciError, detail: string): AbciError {
  return new AbciError(e.codespace, e.code, e.description, `${detail}: ${e.message}`)
}
