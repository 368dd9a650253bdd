// The body of finalizeBlock: begin-block hooks, every tx in order against the block gas limit, then
// end-block hooks. A hook that throws halts the block (cosmos-sdk returns the error to CometBFT, which
// stops the node): modules must never throw there, and the node must not commit a half-run block.
import {
  type AbciEvent,
  type BlockInfo,
  Context,
  EventManager,
  infiniteGasMeter,
  sdkErrors,
  type ValidatorUpdate,
} from '../../modules/sdk/index.js'
import type { CacheMultiStore } from '../store/types.js'
import type { TxResult } from '../types/abci.js'
import { AppError } from './errors.js'
import { BranchStores } from './gas-store.js'
import type { ModuleManager } from './module-manager.js'
import { markMode } from './msg-events.js'
import { runTx, type TxEnv, type TxOutcome } from './run-tx.js'
import { toTxResult } from './tx-result.js'

export interface BlockEnv {
  env: TxEnv
  modules: ModuleManager
  storeNames: ReadonlySet<string>
}

export interface BlockOutcome {
  events: AbciEvent[]
  txResults: TxResult[]
  validatorUpdates: ValidatorUpdate[]
}

export function executeBlock(
  be: BlockEnv,
  branch: CacheMultiStore,
  block: BlockInfo,
  txs: Uint8Array[],
): BlockOutcome {
  const stores = new BranchStores(branch, be.storeNames)
  const hookContext = (events: EventManager) =>
    new Context(block, 'block', infiniteGasMeter(), events, stores)

  const beginEvents = new EventManager()
  runHook('BeginBlock', block, () => be.modules.beginBlock(hookContext(beginEvents)))

  const maxGas = be.env.maxBlockGas
  let blockGas = 0n
  const txResults = txs.map((raw) => {
    if (maxGas > 0n && blockGas >= maxGas) return toTxResult(noBlockGasLeft())
    const out = runTx(be.env, 'deliver', raw, branch, block)
    const consumed = cappedGas(out.gasUsed, out.gasWanted)
    if (!out.error && maxGas > 0n && blockGas + consumed > maxGas) {
      // The tx fits its own limit but not the block's: its messages are dropped, the ante writes stay.
      out.error = sdkErrors.outOfGas.wrap(`block gas meter: ${blockGas + consumed} exceeds ${maxGas}`)
      out.events = out.anteEvents
      out.data = new Uint8Array()
    } else if (!out.error) {
      out.commitMsgs?.()
    }
    blockGas += consumed
    return toTxResult(out)
  })

  const endEvents = new EventManager()
  const validatorUpdates = runHook('EndBlock', block, () => be.modules.endBlock(hookContext(endEvents)))
  return {
    events: [...markMode(beginEvents.events(), 'BeginBlock'), ...markMode(endEvents.events(), 'EndBlock')],
    txResults,
    validatorUpdates,
  }
}

function runHook<T>(what: string, block: BlockInfo, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError(
      'BLOCK_HOOK_FAILED',
      `${what} at height ${block.height} failed: ${(e as Error)?.message ?? e}`,
    )
  }
}

function noBlockGasLeft(): TxOutcome {
  return {
    error: sdkErrors.outOfGas.wrap('no block gas left to run tx'),
    gasWanted: 0n,
    gasUsed: 0n,
    priority: 0n,
    events: [],
    anteEvents: [],
    msgResponses: [],
    data: new Uint8Array(),
  }
}

/** Gas a tx takes from the block: what it used, at most its limit (cosmos GasConsumedToLimit). */
function cappedGas(used: bigint, limit: bigint): bigint {
  if (used > limit) return limit
  return used
}
