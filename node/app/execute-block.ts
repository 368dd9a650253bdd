// The body of finalizeBlock: begin-block hooks, every tx in order against the block gas limit, then
// end-block hooks. A hook that throws halts the block (cosmos-sdk returns the error to CometBFT, which
// stops the node): modules must never throw there, and the node must not commit a half-run block.
import {
  type AbciEvent,
  type BlockInfo,
  Context,
  EventManager,
  infiniteGasMeter,
  type ValidatorUpdate,
} from '../../modules/sdk/index.js'
import type { CacheMultiStore } from '../store/types.js'
import type { TxResult } from '../types/abci.js'
import { AppError } from './errors.js'
import { BranchStores } from './gas-store.js'
import type { ModuleManager } from './module-manager.js'
import { markMode } from './msg-events.js'
import { type BlockGas, runTx, type TxEnv } from './run-tx.js'
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
  hashes?: readonly Uint8Array[],
): BlockOutcome {
  const stores = new BranchStores(branch, be.storeNames)
  const hookContext = (events: EventManager) =>
    new Context(block, 'block', infiniteGasMeter(), events, stores)

  const beginEvents = new EventManager()
  runHook('BeginBlock', block, () => be.modules.beginBlock(hookContext(beginEvents)))

  const blockGas: BlockGas = { used: 0n, max: be.env.maxBlockGas }
  const txResults = txs.map((raw, i) =>
    toTxResult(runTx(be.env, 'deliver', raw, branch, block, blockGas, hashes?.[i])),
  )

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
