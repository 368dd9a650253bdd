// "auto" fees as a wallet computes them: simulate, gas = ceil(simulated × 1.3) (Keplr's adjustment; CosmJS
// uses 1.4), priced at the node's min gas price, then sign and deliver. Each call asserts the tx succeeded and
// that simulate came within 1.2× of what delivery used, and records the Msg as covered.
import { calculateFee, GasPrice } from '@cosmjs/stargate'
import { expect } from 'vitest'
import type { DatumClient } from '../sdk/client.js'

export const WALLET_GAS_ADJUSTMENT = 1.3

/**
 * The registry Msgs that need a job protocol run (an audited executor, deadlines passing):
 * `wallet-jobs.e2e.test.ts` sends them; `wallet-conformance.e2e.test.ts` sends every other registry Msg.
 */
export const JOB_PROTOCOL_MSGS: readonly string[] = [
  '/datum.attestation.v1.MsgAcceptJob',
  '/datum.attestation.v1.MsgAuditExecutor',
  '/datum.attestation.v1.MsgChallenge',
  '/datum.attestation.v1.MsgClaimExpired',
  '/datum.attestation.v1.MsgCommitResult',
  '/datum.attestation.v1.MsgFinalizeJob',
  '/datum.attestation.v1.MsgResolveChallenge',
  '/datum.attestation.v1.MsgRevealResult',
  '/datum.computeright.v1.MsgClaimExpiredJob',
]
/**
 * Registry Msgs that need a FINALIZED training job (issue 16), which no wallet e2e runs yet: the keeper flow
 * node/daemon/training-flow.test.ts sends them through the real modules.
 */
export const TRAINING_MSGS: readonly string[] = ['/datum.dataasset.v1.MsgRegisterModel']
/**
 * The registry Msgs only the gov module account may send (authority = gov, inside a passed proposal), so no
 * wallet signs them: node/daemon/gov-wiring.test.ts submits and applies all three as proposal messages, and
 * client/cli/gov-node.test.ts carries attestation's through a proposal on a real node.
 */
export const GOV_AUTHORITY_MSGS: readonly string[] = [
  '/datum.attestation.v1.MsgUpdateParams',
  '/datum.computeright.v1.MsgUpdateParams',
  '/datum.dataasset.v1.MsgUpdateParams',
]
const GAS_PRICE = GasPrice.fromString('0.0025udatum')

export class AutoFee {
  readonly covered = new Set<string>()
  readonly ratios: string[] = []

  async send(client: DatumClient, sender: string, typeUrl: string, value: unknown, label = '') {
    const msgs = [{ typeUrl, value }]
    const simulated = await client.signing.simulate(sender, msgs, '')
    const fee = calculateFee(Math.ceil(simulated * WALLET_GAS_ADJUSTMENT), GAS_PRICE)
    const res = await client.signing.signAndBroadcast(sender, msgs, fee)
    expect(res.code, `${typeUrl}${label}: ${res.rawLog}`).toBe(0)
    const used = Number(res.gasUsed)
    this.ratios.push(`${typeUrl.split('.').pop()}${label}: simulated ${simulated}, used ${used}`)
    expect(used / simulated, typeUrl).toBeLessThanOrEqual(1.2)
    expect(simulated / used, typeUrl).toBeLessThanOrEqual(1.2)
    this.covered.add(typeUrl)
    return res
  }
}

export function responseOf<R>(
  res: { msgResponses: readonly { value: Uint8Array }[] },
  codec: { decode(b: Uint8Array): R },
): R {
  return codec.decode(res.msgResponses[0]!.value)
}
