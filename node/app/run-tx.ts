// One tx through the pipeline, cosmos-sdk baseapp runTx: decode, gas limit checks, ante on its own
// branch (kept when it passes, even if a message fails: fee and sequence are consumed), then the
// messages on a second branch that is written only when every message succeeds and, in a block, the
// tx's gas still fits the block's. runTx owns the outcome: the caller only collects it.
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import {
  type AbciError,
  type AbciEvent,
  type AnteHandler,
  BasicGasMeter,
  type BlockInfo,
  Context,
  type DecodedTx,
  EventManager,
  type GasMeter,
  sdkErrors,
  toAbciError,
} from '../../modules/sdk/index.js'
import type { CacheMultiStore } from '../store/types.js'
import type { DecodeCache } from './decode-cache.js'
import { wrapAbci } from './errors.js'
import { BranchStores } from './gas-store.js'
import { messageEvents } from './msg-events.js'
import type { MsgRouter } from './msg-router.js'
import { type DecodeOptions, decodeTx } from './tx-decoder.js'

/** `genesis`: a gentx delivered at InitChain (signed with account number 0, as the SDK at height 0). */
export type TxMode = 'check' | 'recheck' | 'simulate' | 'deliver' | 'genesis'

/** What runTx needs from the app. */
export interface TxEnv {
  router: MsgRouter
  ante: AnteHandler
  storeNames: ReadonlySet<string>
  decode: DecodeOptions
  /** Block gas limit from the consensus params; -1 or 0 = unlimited. */
  maxBlockGas: bigint
  cache?: DecodeCache
  /**
   * Work bound for simulations: reported gas_wanted stays 2^64-1 as CosmJS expects, but the meter stops a
   * simulated tx here so a query can never run unbounded.
   */
  simulateGasLimit: number
}

/**
 * Decodes through the cache when there is one; deliver takes the entry out, simulate bypasses it. `hash` is
 * the tx's hash when the caller computed it already (RPC, mempool, block), so it is not computed again.
 */
export function decodeWith(
  env: TxEnv,
  raw: Uint8Array,
  mode: TxMode | 'proposal',
  hash?: Uint8Array,
): DecodedTx {
  const decode = (r: Uint8Array, h?: Uint8Array) => decodeTx(r, env.router, env.decode, h)
  if (!env.cache || mode === 'simulate') return decode(raw, hash)
  return env.cache.decode(raw, decode, mode === 'deliver', hash)
}

export const DEFAULT_SIMULATE_GAS_LIMIT = 100_000_000
/** cosmos-sdk reports gas_wanted = 2^64 - 1 for simulations (the infinite meter's limit). */
export const SIMULATE_GAS_WANTED = (1n << 64n) - 1n

export interface TxOutcome {
  error?: AbciError
  tx?: DecodedTx
  gasWanted: bigint
  gasUsed: bigint
  priority: bigint
  events: AbciEvent[]
  /** The ante handler's events alone (what a tx keeps when its messages fail). */
  anteEvents: AbciEvent[]
  msgResponses: Any[]
  /** Encoded TxMsgData for a tx whose messages ran. */
  data: Uint8Array
}

/** The block gas meter of finalizeBlock (deliver mode): `max` 0 or negative means unlimited. */
export interface BlockGas {
  used: bigint
  readonly max: bigint
}

export function runTx(
  env: TxEnv,
  mode: TxMode,
  raw: Uint8Array,
  parent: CacheMultiStore,
  block: BlockInfo,
  blockGas?: BlockGas,
  hash?: Uint8Array,
): TxOutcome {
  const out = emptyOutcome()
  // cosmos: a block whose gas is used up fails every later tx before it is even decoded.
  if (blockGas && blockGas.max > 0n && blockGas.used >= blockGas.max)
    return failed(out, sdkErrors.outOfGas.wrap('no block gas left to run tx'))
  let meter: GasMeter | undefined
  try {
    const tx = decodeWith(env, raw, mode, hash)
    out.tx = tx
    const simulate = mode === 'simulate'
    const gasLimit = tx.authInfo.fee!.gasLimit
    out.gasWanted = simulate ? SIMULATE_GAS_WANTED : gasLimit
    if (!simulate) checkGasLimit(gasLimit, env.maxBlockGas)
    meter = simulate
      ? new BasicGasMeter(env.simulateGasLimit)
      : new BasicGasMeter(Math.min(Number(gasLimit), Number.MAX_SAFE_INTEGER))

    const anteBranch = parent.branch()
    const anteEvents = new EventManager()
    const ctx = new Context(block, mode, meter, anteEvents, new BranchStores(anteBranch, env.storeNames))
    out.priority = env.ante(ctx, tx, simulate).priority
    anteBranch.write()
    out.anteEvents = anteEvents.events()
    out.events = out.anteEvents
    if (mode === 'check' || mode === 'recheck') return finish(out, meter)

    // Message failures keep the ante's writes and events, and drop everything the messages did.
    const msgBranch = parent.branch()
    const stores = new BranchStores(msgBranch, env.storeNames)
    const msgEvents: AbciEvent[] = []
    tx.msgs.forEach((m, i) => {
      const events = new EventManager()
      try {
        const response = m.def.handle(ctx.with({ events, stores }), m.msg)
        out.msgResponses.push({ typeUrl: response.typeUrl, value: response.value })
      } catch (e) {
        throw wrapAbci(toAbciError(e), `failed to execute message; message index: ${i}`)
      }
      msgEvents.push(...messageEvents(m.typeUrl, m.def.signers(m.msg)[0], events.events(), i))
    })
    out.events = [...out.events, ...msgEvents]
    out.data = TxMsgData.encode({ data: [], msgResponses: out.msgResponses }).finish()
    finish(out, meter)
    if (!blockGas) {
      msgBranch.write()
      return out
    }
    const consumed = cappedGas(out.gasUsed, out.gasWanted)
    const total = blockGas.used + consumed
    blockGas.used = total
    // The tx fits its own limit but not the block's: its messages are dropped, the ante writes stay.
    if (blockGas.max > 0n && total > blockGas.max)
      return failed(out, sdkErrors.outOfGas.wrap(`block gas meter: ${total} exceeds ${blockGas.max}`))
    msgBranch.write()
    return out
  } catch (e) {
    failed(out, toAbciError(e))
    finish(out, meter)
    if (blockGas) blockGas.used += cappedGas(out.gasUsed, out.gasWanted)
    return out
  }
}

function emptyOutcome(): TxOutcome {
  return {
    gasWanted: 0n,
    gasUsed: 0n,
    priority: 0n,
    events: [],
    anteEvents: [],
    msgResponses: [],
    data: new Uint8Array(),
  }
}

/** A failed tx keeps only its ante's events (and writes); its messages leave nothing behind. */
function failed(out: TxOutcome, error: AbciError): TxOutcome {
  out.error = error
  out.events = out.anteEvents
  out.msgResponses = []
  out.data = new Uint8Array()
  return out
}

function finish(out: TxOutcome, meter: GasMeter | undefined): TxOutcome {
  out.gasUsed = BigInt(meter?.consumed() ?? 0)
  return out
}

/** Gas a tx takes from the block: what it used, at most its limit (cosmos GasConsumedToLimit). */
function cappedGas(used: bigint, limit: bigint): bigint {
  return used > limit ? limit : used
}

function checkGasLimit(gasLimit: bigint, maxBlockGas: bigint): void {
  if (gasLimit === 0n) throw sdkErrors.invalidGasLimit.wrap('must provide positive gas')
  if (maxBlockGas > 0n && gasLimit > maxBlockGas)
    throw sdkErrors.invalidGasLimit.wrap(`tx gas limit ${gasLimit} exceeds block max gas ${maxBlockGas}`)
}
