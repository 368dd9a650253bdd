// The buyer: purchase a compute right and request a dp-mean job in one transaction (SDK, explicit fee so its
// balance can be checked to the micro-unit), with the result encrypted to its own key.
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { Keyring } from '../../client/cli/keyring.js'
import { builtinAlgorithm } from '../../client/executor/job-params.js'
import { DatumClient } from '../../client/sdk/client.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Dataset } from './dataset.js'

/** Every buyer tx pays exactly this, so balances can be checked to the micro-unit. */
export const BUYER_FEE = { amount: [{ denom: 'udatum', amount: '5000' }], gas: '2000000' }
export const BUYER_FEE_PAID = 5000n

export interface JobRequest {
  offeringId: bigint
  epsilonMicro: bigint
  maxComputeFee: bigint
  /** Accounts that may read the result besides the buyer (each needs its public key on chain). */
  viewers?: string[]
}

export interface RequestedJob {
  jobId: bigint
  rightId: bigint
  height: number
}

/** A signing client for a keyring key (any role that sends txs from a script). */
export async function connectKey(
  keyringFile: string,
  name: string,
  rpc: string,
): Promise<{ address: string; pubKey: Uint8Array; client: DatumClient }> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(new Keyring(keyringFile).get(name).mnemonic, {
    prefix: 'datum',
  })
  const [account] = await wallet.getAccounts()
  return {
    address: account!.address,
    pubKey: account!.pubkey,
    client: await DatumClient.connectWithSigner(rpc, wallet),
  }
}

export class Buyer {
  private constructor(
    readonly address: string,
    readonly pubKey: Uint8Array,
    readonly client: DatumClient,
  ) {}

  static async connect(keyringFile: string, name: string, rpc: string): Promise<Buyer> {
    const k = await connectKey(keyringFile, name, rpc)
    return new Buyer(k.address, k.pubKey, k.client)
  }

  async purchaseAndRequest(d: Dataset, r: JobRequest): Promise<RequestedJob> {
    const algorithm = builtinAlgorithm({
      algorithm: 'dp-mean',
      column: d.column,
      lower: d.lower,
      upper: d.upper,
    })
    const job = {
      algorithm,
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: r.epsilonMicro,
      purpose: DA.Purpose.PURPOSE_RESEARCH,
      maxComputeFee: { denom: 'udatum', amount: r.maxComputeFee.toString() },
      outputKey: this.pubKey,
      viewers: r.viewers ?? [],
    }
    const { response, tx } = await this.client.broadcastOne(
      this.address,
      {
        typeUrl: '/datum.computeright.v1.MsgPurchaseAndRequest',
        value: { buyer: this.address, offeringId: r.offeringId, job },
      },
      CR.MsgPurchaseAndRequestResponse,
      BUYER_FEE,
    )
    return { jobId: response.jobId, rightId: response.rightId, height: tx.height }
  }

  disconnect(): void {
    this.client.disconnect()
  }
}
