// The chain as the page uses it, through the client SDK: read-only queries, and txs signed by the wallet
// with their progress reported (simulating, signing, waiting for a block, included) and every refusal kept
// with its codespace and code, whether the simulation, CheckTx or the block refused it. Signing goes through
// sign-direct.ts with a registry of only the page's Msgs (page-msgs.ts), not the SDK's DatumClient, and the
// build points `@cosmjs/stargate` at src/shims/stargate.ts: the write chunk carries no unused cosmos types.
import { toHex } from '@cosmjs/encoding'
import type { EncodeObject } from '@cosmjs/proto-signing'
import {
  accountFromAny,
  calculateFee,
  GasPrice,
  QueryClient,
  setupAuthExtension,
  setupBankExtension,
  setupTxExtension,
  type TxExtension,
} from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { setupAttestationExtension } from '../../sdk/attestation/queries.js'
import type { DatumQueryClient } from '../../sdk/client.js'
import { setupComputeRightExtension } from '../../sdk/computeright/queries.js'
import { setupDataAssetExtension } from '../../sdk/dataasset/queries.js'
import { DEFAULT_GAS_MULTIPLIER, DEFAULT_GAS_PRICE } from '../../sdk/gas.js'
import { get } from './api.js'
import { pageRegistry } from './page-msgs.js'
import { refusalFromSimulation, TxRefusal } from './refusals.js'
import { signDirect, simulationInput } from './sign-direct.js'
import type { Wallet } from './wallet/wallet.js'

export interface ChainConfig {
  chainId: string
  rpc: string
  rest: string
}

let config: Promise<ChainConfig> | undefined
let reader: Promise<{ comet: Comet38Client; query: DatumQueryClient & TxExtension }> | undefined
const registry = pageRegistry()

/** The node the indexer follows (served at /api/chain) and its chain id. */
export function chainConfig(): Promise<ChainConfig> {
  config ??= (async () => {
    const c = await get<{ rpc: string; rest: string }>('/api/chain')
    const comet = await Comet38Client.connect(c.rpc)
    const status = await comet.status()
    comet.disconnect()
    return { chainId: status.nodeInfo.network, rpc: c.rpc, rest: c.rest }
  })().catch((e) => {
    config = undefined
    throw e
  })
  return config
}

export function chain(): Promise<{ comet: Comet38Client; query: DatumQueryClient & TxExtension }> {
  reader ??= (async () => {
    const comet = await Comet38Client.connect((await chainConfig()).rpc)
    const query = QueryClient.withExtensions(
      comet,
      setupAuthExtension,
      setupBankExtension,
      setupDataAssetExtension,
      setupComputeRightExtension,
      setupAttestationExtension,
      setupTxExtension,
    )
    return { comet, query }
  })().catch((e) => {
    reader = undefined
    throw e
  })
  return reader
}

/** The account's number and next sequence, read fresh for every tx (as SigningStargateClient does). */
async function signerData(address: string) {
  const { query } = await chain()
  const any = await query.auth.account(address)
  if (!any) throw new Error(`account ${address} does not exist on chain yet: it needs a first deposit`)
  const { accountNumber, sequence } = accountFromAny(any)
  return { accountNumber, sequence, chainId: (await chainConfig()).chainId }
}

/** The chain's latest block time, in unix seconds (deadlines are compared with it, never the clock). */
export async function blockTime(): Promise<bigint> {
  const b = await (await chain()).comet.block()
  return BigInt(Math.floor(b.block.header.time.getTime() / 1000))
}

export type TxStage = 'simulating' | 'signing' | 'broadcasting' | 'waiting' | 'included'

export interface Included {
  hash: string
  height: number
  /** Each Msg's response bytes, in order. */
  responses: Uint8Array[]
}

/**
 * Simulates (fee = gas × 1.4 at the node's minimum price), signs with the wallet, broadcasts and waits for
 * the block (bounded: 60 s). Throws TxRefusal with the registered error when any stage refuses.
 */
export async function sendTx(
  w: Wallet,
  msgs: EncodeObject[],
  progress: (stage: TxStage, detail?: string) => void = () => {},
): Promise<Included> {
  const { comet, query } = await chain()
  progress('simulating')
  let gas: number
  try {
    const { anys, pubkey } = await simulationInput(w.signer, registry, w.address, msgs)
    const { sequence } = await signerData(w.address)
    const { gasInfo } = await query.tx.simulate(anys, '', pubkey, sequence)
    if (!gasInfo) throw new Error('the node simulated the tx but reported no gas')
    gas = Number(gasInfo.gasUsed)
  } catch (e) {
    throw refusalFromSimulation(e as Error)
  }
  const fee = calculateFee(Math.ceil(gas * DEFAULT_GAS_MULTIPLIER), GasPrice.fromString(DEFAULT_GAS_PRICE))
  progress('signing', w.kind === 'keplr' ? 'confirm in Keplr' : undefined)
  const signed = await signDirect(w.signer, registry, w.address, msgs, fee, '', await signerData(w.address))
  const bytes = TxRaw.encode(signed).finish()
  progress('broadcasting')
  const sync = await comet.broadcastTxSync({ tx: bytes })
  if (sync.code !== 0) throw new TxRefusal(sync.codespace ?? '', sync.code, sync.log ?? '', 'check')
  const hash = toHex(sync.hash).toUpperCase()
  const start = Date.now()
  for (;;) {
    const waited = Math.floor((Date.now() - start) / 1000)
    progress('waiting', `${waited} s`)
    try {
      const r = await comet.tx({ hash: sync.hash })
      if (r.result.code !== 0)
        throw new TxRefusal(r.result.codespace ?? '', r.result.code, r.result.log ?? '', 'deliver', hash)
      progress('included', `block ${r.height}`)
      const data = r.result.data ? TxMsgData.decode(r.result.data) : { msgResponses: [] }
      return { hash, height: r.height, responses: data.msgResponses.map((m) => m.value) }
    } catch (e) {
      if (e instanceof TxRefusal) throw e
      // not indexed yet: the node answers "not found" until the block commits
    }
    if (Date.now() - start > 60_000) throw new Error(`tx ${hash} was not included within 60 s`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
