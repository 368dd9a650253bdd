// Start-up handshake (CometBFT's Handshaker): initialise the chain from genesis on first start, otherwise
// load the persisted chain state, then reconcile the block store, the app and the tx index. The app and
// the chain state commit in one batch, so only two gaps can exist after a crash: a block saved but not
// applied (replayed here) and a block applied but not yet indexed (re-indexed here).

import type { BlockStore } from '../blockstore/block-store.js'
import type { GenesisDoc } from '../config/genesis.js'
import { genesisSchedule } from '../consensus/validator-schedule.js'
import { ValidatorSet } from '../consensus/validator-set.js'
import type { Application } from '../types/abci.js'
import { emptyBlockId } from '../types/commit.js'
import { lastResultsHash } from '../types/results.js'
import type { Chain, StateReader } from './chain.js'
import type { TxIndexSink } from './deps.js'
import { type ChainState, chainStateKey, decodeChainState } from './state.js'

export class HandshakeError extends Error {
  readonly code = 'HANDSHAKE_FAILED'
}

/**
 * A stored block the network committed could not be applied at start (its app hash is not ours, or the app
 * failed on it): this node's state diverged, a consensus failure like one met while running, not a start-up
 * error of the home.
 */
export class ReplayFailedError extends Error {
  readonly code = 'REPLAY_FAILED'
  constructor(
    readonly height: bigint,
    override readonly cause: Error,
  ) {
    super(`replaying stored block ${height} at start: ${cause.message}`)
  }
}

/** The chain state to start from: persisted, or fresh from genesis (initChain runs on the app). */
export function loadOrInitState(app: Application, genesis: GenesisDoc, stateDb: StateReader): ChainState {
  const raw = stateDb.getSync(chainStateKey())
  const appHeight = app.info().lastBlockHeight
  if (raw) {
    const state = decodeChainState(raw)
    if (state.chainId !== genesis.chainId) {
      throw new HandshakeError(
        `the data directory belongs to chain ${state.chainId}, genesis says ${genesis.chainId}`,
      )
    }
    if (state.lastBlockHeight !== appHeight) {
      throw new HandshakeError(
        `chain state is at height ${state.lastBlockHeight} but the app is at ${appHeight}`,
      )
    }
    return state
  }
  if (appHeight !== 0n)
    throw new HandshakeError(`the app is at height ${appHeight} but no chain state was saved`)
  // Genesis state lands in the app's working state and is persisted with block 1 (cosmos-sdk 0.50), so a
  // restart before block 1 simply runs initChain again.
  const res = app.initChain({
    chainId: genesis.chainId,
    time: genesis.genesisTime,
    initialHeight: genesis.initialHeight,
    consensusParams: genesis.consensusParams,
    validators: genesis.validators,
    appState: genesis.appState,
  })
  const validators = res.validators.length > 0 ? res.validators : genesis.validators
  if (validators.length === 0) throw new HandshakeError('genesis has no validators and the app returned none')
  const set = ValidatorSet.create(validators.map((v) => ({ pubKey: v.pubKey, power: v.power })))
  return {
    chainId: genesis.chainId,
    initialHeight: genesis.initialHeight,
    lastBlockHeight: 0n,
    lastBlockId: emptyBlockId(),
    lastBlockTime: genesis.genesisTime,
    appHash: res.appHash,
    lastResultsHash: lastResultsHash([]),
    consensusParams: genesis.consensusParams,
    schedule: genesisSchedule(genesis.initialHeight, set),
  }
}

/** Replays a block that was stored but not applied, and re-indexes applied blocks the tx index missed. */
export async function reconcile(chain: Chain, blocks: BlockStore, txIndex: TxIndexSink): Promise<void> {
  const height = chain.state.lastBlockHeight
  const stored = blocks.height()
  if (stored > height + 1n) {
    throw new HandshakeError(
      `the block store is at ${stored}, more than one block ahead of the state at ${height}`,
    )
  }
  if (stored === height + 1n) {
    const { block } = await blocks.block(stored)
    const seen = await blocks.seenCommit(stored)
    if (!seen) throw new HandshakeError(`block ${stored} is stored without its commit`)
    try {
      await chain.commit(block, seen)
    } catch (e) {
      throw new ReplayFailedError(stored, e instanceof Error ? e : new Error(String(e)))
    }
  }
  const indexed = await txIndex.indexedHeight()
  for (let h = indexed + 1n; h <= chain.state.lastBlockHeight; h++) {
    if (h < blocks.base()) continue
    const { block } = await blocks.block(h)
    const results = await blocks.results(h)
    if (!results) throw new HandshakeError(`block ${h} has no stored results to index`)
    await txIndex.indexBlock(h, block.data.txs, results.txResults, results.events)
  }
}
