// What every run of the jobs flow shares: the network, a chain view, the published asset, the buyer, the
// executors, and the narrator. `setUpFlow` builds it; `tearDown` stops every process it started.
import { join } from 'node:path'
import { Buyer } from './buyer.js'
import { ChainView } from './chain.js'
import { DEMO_WINDOWS } from './chain-params.js'
import { stopAllDaemons } from './daemon-process.js'
import { type Executor, type ExecutorSpec, enrollExecutor, startDaemons } from './executors.js'
import { datum } from './money.js'
import type { Narrator } from './narrator.js'
import { type FlowNetwork, type NetworkOptions, startNetwork } from './network.js'
import {
  type AssetPolicy,
  createOffering,
  DEMO_POLICY,
  type PublishedAsset,
  publishDataset,
} from './owner.js'

export interface Flow {
  net: FlowNetwork
  chain: ChainView
  n: Narrator
  asset: PublishedAsset
  buyer: Buyer
  executors: Map<string, Executor>
  offerings: { main: bigint; shortLived: bigint }
  prices: { perUse: bigint; maxComputeFee: bigint; jobEpsilonMicro: bigint }
}

export const ROLE_KEYS = ['owner', 'contributor', 'buyer', 'auditor', 'arbiter', 'relayer']

export interface FlowOptions extends Partial<Pick<NetworkOptions, 'windows' | 'blockTimeMs'>> {
  narrator: Narrator
  /** Executors enrolled and started at set-up. */
  executors: ExecutorSpec[]
  /** Executor keys created (and funded) now, enrolled later. */
  spareExecutors?: string[]
  policy?: AssetPolicy
}

const PRICES = { perUse: 2_000_000n, maxComputeFee: 600_000n, jobEpsilonMicro: 1_000_000n }

export async function setUpFlow(o: FlowOptions): Promise<Flow> {
  const n = o.narrator
  const names = [...ROLE_KEYS, ...o.executors.map((e) => e.name), ...(o.spareExecutors ?? [])]
  const net = await startNetwork({
    narrator: n,
    keyNames: names,
    windows: o.windows,
    blockTimeMs: o.blockTimeMs,
  })
  let chain: ChainView | undefined
  let buyer: Buyer | undefined
  try {
    chain = await ChainView.connect(net.rpc(0))
    const asset = await publishDataset(net, n, o.policy ?? DEMO_POLICY)
    n.step('The owner offers compute rights on it')
    const offer = { uses: 1, epsilonPerUseMicro: PRICES.jobEpsilonMicro, priceUdatum: PRICES.perUse }
    const main = await createOffering(net, n, asset.assetId, { ...offer, validitySeconds: 3600 })
    // expires while its job waits for executors, so the claim refunds the price as well as the compute fee
    const w = o.windows ?? DEMO_WINDOWS
    const shortValidity = w.acceptSeconds + w.commitSeconds
    const shortLived = await createOffering(net, n, asset.assetId, {
      ...offer,
      validitySeconds: shortValidity,
    })
    n.step('Executors register with a bond, get audited, and receive the data key')
    const executors = new Map<string, Executor>()
    let i = 1
    for (const spec of o.executors) executors.set(spec.name, await enrollExecutor(net, n, spec, asset, i++))
    n.step('The executor daemons start (one process each)')
    await startDaemons(n, [...executors.values()])
    buyer = await Buyer.connect(net.cli.keyringFile, 'buyer', net.rpc(0))
    n.say(`the buyer ${buyer.address} holds ${datum(await chain.balance(buyer.address))}`)
    return { net, chain, n, asset, buyer, executors, offerings: { main, shortLived }, prices: PRICES }
  } catch (e) {
    buyer?.disconnect()
    chain?.close()
    await stopAllDaemons()
    await net.close()
    throw e
  }
}

/** Enrolls one more executor mid-flow (it must be among `spareExecutors`). */
export async function addExecutor(f: Flow, spec: ExecutorSpec): Promise<Executor> {
  const e = await enrollExecutor(f.net, f.n, spec, f.asset, f.executors.size + 1)
  f.executors.set(spec.name, e)
  return e
}

export async function tearDown(f: Flow | undefined): Promise<void> {
  await stopAllDaemons()
  if (!f) return
  f.buyer.disconnect()
  f.chain.close()
  await f.net.close()
}

export const workDir = (f: Flow, ...parts: string[]) => join(f.net.dir, 'work', ...parts)
