// Node-internal errors of the application (typed with string codes), and the mapping of anything thrown
// while executing a tx to the (codespace, code, log) triple ABCI carries, as cosmos-sdk baseapp does.
import { AbciError, OutOfGasError, registerError, sdkErrors } from '../../modules/sdk/index.js'

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

/** cosmos-sdk `ErrPanic`: codespace `undefined`, code 111222; a runtime fault (TypeError, stack overflow…). */
export const panicError = registerError('undefined', 111222, 'panic')

/**
 * Maps a thrown value to an AbciError. Registered errors keep their code, running out of gas is code 11,
 * a plain `Error` (the SDK's unregistered `fmt.Errorf`) is code 1, and any other exception is treated as a
 * recovered panic (code 111222) so one bad tx never takes the node down.
 */
export function execErrorToAbci(e: unknown): AbciError {
  if (e instanceof AbciError) return e
  if (e instanceof OutOfGasError) return sdkErrors.outOfGas.wrap(e.message)
  if (e instanceof Error && Object.getPrototypeOf(e) === Error.prototype)
    return new AbciError('undefined', 1, 'internal', e.message)
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  return panicError.wrap(`recovered: ${detail}`)
}

/** The same error with context in front, keeping its code (errorsmod.Wrapf). */
export function wrapAbci(e: AbciError, detail: string): AbciError {
  return new AbciError(e.codespace, e.code, e.description, `${detail}: ${e.message}`)
}
