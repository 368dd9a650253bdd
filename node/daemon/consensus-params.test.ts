// Consensus params through governance: a cosmos.consensus.v1.MsgUpdateParams the gov account executes
// changes block gas/bytes and evidence age for the next block (returned to consensus as
// consensus_param_updates), survives a restart, and invalid params are refused at proposal submission.
import { MsgUpdateParams } from 'cosmjs-types/cosmos/consensus/v1/tx'
import { afterEach, describe, expect, it } from 'vitest'
import { expectAbciError } from '../../modules/auth/test-env.js'
import { decodeProposalMsgs } from '../../modules/gov/index.js'
import { Context, EventManager, GOV_AUTHORITY, infiniteGasMeter } from '../../modules/sdk/index.js'
import type { BaseApp } from '../app/base-app.js'
import { DEFAULT_CONSENSUS_PARAMS } from '../app/consensus-params.js'
import { BranchStores } from '../app/gas-store.js'
import { openTempStore, type TempStore } from '../testing/temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../testing/test-context.js'
import { buildModules, createDatumApp, datumStoreKeys } from './app-wiring.js'
import { defaultAppState } from './genesis-tools.js'

let temp: TempStore | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

const update = (maxGas: bigint, maxBytes = 1_048_576n) => ({
  typeUrl: '/cosmos.consensus.v1.MsgUpdateParams',
  value: MsgUpdateParams.encode({
    authority: GOV_AUTHORITY,
    block: { maxBytes, maxGas },
    evidence: {
      maxAgeNumBlocks: 50_000n,
      maxAgeDuration: { seconds: 86_400n, nanos: 0 },
      maxBytes: 100_000n,
    },
    validator: { pubKeyTypes: ['ed25519'] },
  }).finish(),
})

async function block(a: BaseApp, height: bigint) {
  const r = a.finalizeBlock({
    height,
    time: { seconds: TEST_TIME.seconds + height, nanos: 0 },
    proposerAddress: new Uint8Array(20),
    hash: new Uint8Array(32),
    txs: [],
    lastCommitVotes: [],
    misbehavior: [],
  })
  await a.commit()
  return r
}

describe('consensus params by governance', () => {
  it('applies a gov-executed MsgUpdateParams from the next block, keeps it across a restart, refuses bad ones', async () => {
    temp = await openTempStore(datumStoreKeys())
    const built = buildModules()
    const app = createDatumApp({ chainId: TEST_CHAIN_ID, store: temp.store, minGasPrices: '0udatum' })
    app.initChain({
      chainId: TEST_CHAIN_ID,
      time: TEST_TIME,
      initialHeight: 1n,
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      validators: [],
      appState: defaultAppState(built.modules),
    })
    expect((await block(app, 1n)).consensusParamUpdates).toBeUndefined()

    built.govKeeper.setRouter(app.msgRouter)
    expectAbciError(() => decodeProposalMsgs(built.govKeeper, [update(-2n)]), 'gov', 12, /MaxGas/)
    expectAbciError(
      () => decodeProposalMsgs(built.govKeeper, [update(1n, 0n)]),
      'gov',
      12,
      /MaxBytes cannot be 0/,
    )

    // What a passed proposal does in end-block: run the message with the gov account as signer.
    const [m] = decodeProposalMsgs(built.govKeeper, [update(50_000_000n)])
    const branch = temp.store.branch()
    m!.def.handle(
      new Context(
        { chainId: TEST_CHAIN_ID, height: 2n, time: TEST_TIME, proposer: new Uint8Array() },
        'block',
        infiniteGasMeter(),
        new EventManager(),
        new BranchStores(branch, new Set(datumStoreKeys())),
      ),
      m!.msg,
    )
    branch.write()
    const r2 = await block(app, 2n)
    expect(r2.consensusParamUpdates?.block).toEqual({ maxBytes: 1_048_576n, maxGas: 50_000_000n })
    expect(r2.consensusParamUpdates?.evidence.maxAgeNumBlocks).toBe(50_000n)
    expect(app.params.block.maxGas).toBe(50_000_000n)
    expect((await block(app, 3n)).consensusParamUpdates).toBeUndefined()

    await temp.reopen()
    const restarted = createDatumApp({ chainId: TEST_CHAIN_ID, store: temp.store, minGasPrices: '0udatum' })
    expect(restarted.params.block.maxGas).toBe(50_000_000n)
    expect(restarted.params.evidence.maxAgeDurationSeconds).toBe(86_400n)
  })
})
