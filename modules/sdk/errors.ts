// Registered errors: every failure a tx or query can return is a (codespace, code, description) triple,
// the same shape as cosmos-sdk's errorsmod, so CosmJS and wallets read them unchanged.

export class AbciError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    readonly description: string,
    message: string,
  ) {
    super(message)
    this.name = 'AbciError'
  }

  /** The ABCI log text, cosmos style: "<detail>: <description>". */
  get log(): string {
    return this.message
  }
}

export interface ErrorDef {
  readonly codespace: string
  readonly code: number
  readonly description: string
  /** A new error of this kind with a detail message in front, e.g. `insufficient funds: 5udatum is smaller than 10udatum`. */
  wrap(detail: string): AbciError
  /** True when `e` is an error of this kind. */
  is(e: unknown): e is AbciError
}

const registry = new Map<string, ErrorDef>()

export function registerError(codespace: string, code: number, description: string): ErrorDef {
  if (!Number.isInteger(code) || code < 2)
    throw new Error(`error code must be an integer >= 2 (${codespace}/${code})`)
  const id = `${codespace}/${code}`
  const existing = registry.get(id)
  if (existing) {
    if (existing.description !== description) throw new Error(`error ${id} registered twice`)
    return existing
  }
  const def: ErrorDef = {
    codespace,
    code,
    description,
    wrap: (detail) =>
      new AbciError(codespace, code, description, detail ? `${detail}: ${description}` : description),
    is: (e: unknown): e is AbciError =>
      e instanceof AbciError && e.codespace === codespace && e.code === code,
  }
  registry.set(id, def)
  return def
}

export function registeredErrors(): ErrorDef[] {
  return [...registry.values()].sort((a, b) =>
    a.codespace === b.codespace ? a.code - b.code : a.codespace < b.codespace ? -1 : 1,
  )
}

/** The cosmos-sdk root errors (codespace `sdk`, types/errors/errors.go). */
export const sdkErrors = {
  txDecode: registerError('sdk', 2, 'tx parse error'),
  invalidSequence: registerError('sdk', 3, 'invalid sequence'),
  unauthorized: registerError('sdk', 4, 'unauthorized'),
  insufficientFunds: registerError('sdk', 5, 'insufficient funds'),
  unknownRequest: registerError('sdk', 6, 'unknown request'),
  invalidAddress: registerError('sdk', 7, 'invalid address'),
  invalidPubKey: registerError('sdk', 8, 'invalid pubkey'),
  unknownAddress: registerError('sdk', 9, 'unknown address'),
  invalidCoins: registerError('sdk', 10, 'invalid coins'),
  outOfGas: registerError('sdk', 11, 'out of gas'),
  memoTooLarge: registerError('sdk', 12, 'memo too large'),
  insufficientFee: registerError('sdk', 13, 'insufficient fee'),
  tooManySignatures: registerError('sdk', 14, 'maximum number of signatures exceeded'),
  noSignatures: registerError('sdk', 15, 'no signatures supplied'),
  jsonMarshal: registerError('sdk', 16, 'failed to marshal JSON bytes'),
  jsonUnmarshal: registerError('sdk', 17, 'failed to unmarshal JSON bytes'),
  invalidRequest: registerError('sdk', 18, 'invalid request'),
  txInMempoolCache: registerError('sdk', 19, 'tx already in mempool'),
  mempoolIsFull: registerError('sdk', 20, 'mempool is full'),
  txTooLarge: registerError('sdk', 21, 'tx too large'),
  keyNotFound: registerError('sdk', 22, 'key not found'),
  wrongPassword: registerError('sdk', 23, 'invalid account password'),
  invalidHeight: registerError('sdk', 26, 'invalid height'),
  invalidVersion: registerError('sdk', 27, 'invalid version'),
  invalidChainId: registerError('sdk', 28, 'invalid chain-id'),
  invalidType: registerError('sdk', 29, 'invalid type'),
  txTimeoutHeight: registerError('sdk', 30, 'tx timeout height'),
  unknownExtensionOptions: registerError('sdk', 31, 'unknown extension options'),
  wrongSequence: registerError('sdk', 32, 'incorrect account sequence'),
  packAny: registerError('sdk', 33, 'failed packing protobuf message to Any'),
  unpackAny: registerError('sdk', 34, 'failed unpacking protobuf message from Any'),
  logic: registerError('sdk', 35, 'internal logic error'),
  conflict: registerError('sdk', 36, 'conflict'),
  notSupported: registerError('sdk', 37, 'feature not supported'),
  notFound: registerError('sdk', 38, 'not found'),
  io: registerError('sdk', 39, 'Internal IO error'),
  appConfig: registerError('sdk', 40, 'error in app.toml'),
  invalidGasLimit: registerError('sdk', 41, 'invalid gas limit'),
} as const

/** Codespace `undefined`, code 1: what cosmos returns for an unexpected internal failure. */
export const internalError = (detail: string): AbciError => new AbciError('undefined', 1, 'internal', detail)

/** cosmos-sdk `ErrPanic`: codespace `undefined`, code 111222; a runtime fault (TypeError, stack overflow…). */
export const panicError = registerError('undefined', 111222, 'panic')

/**
 * The one mapping of anything thrown while executing a tx (or answering a query) to an AbciError, as
 * cosmos-sdk baseapp does: registered errors keep their code, running out of gas is code 11, a plain
 * `Error` (the SDK's unregistered `fmt.Errorf`) is code 1, and any other exception (TypeError, RangeError,
 * stack overflow) is a recovered panic, code 111222, so one bad tx never takes the node down.
 */
export function toAbciError(e: unknown): AbciError {
  if (e instanceof AbciError) return e
  if (e instanceof Error && (e as { code?: unknown }).code === 'OUT_OF_GAS')
    return sdkErrors.outOfGas.wrap(e.message)
  if (e instanceof Error && Object.getPrototypeOf(e) === Error.prototype) return internalError(e.message)
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  return panicError.wrap(`recovered: ${detail}`)
}
