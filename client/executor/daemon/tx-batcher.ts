// Sends the daemon's Msgs of one kind in one tx (one signature and one block for many jobs); when the batch
// fails, each Msg is retried alone so one bad job never blocks the others. Calls are serialized by the
// caller, so account sequences never race.
import { isNetworkError } from '../../cli/connect.js'
import type { DatumClient } from '../../sdk/client.js'

export interface MsgOf<K> {
  key: K
  msg: { typeUrl: string; value: unknown }
}

export interface BatchOutcome<K> {
  ok: K[]
  /** Refused by the chain (simulation or execution), with its log; retrying will not help. */
  refused: { key: K; reason: string }[]
  /** Network trouble or a stale account sequence: try again on a later block. */
  retry: K[]
}

type Msg = { typeUrl: string; value: unknown }

/** The sdk's ErrWrongSequence (code 32) as the ante handler and CosmJS word it. */
const STALE_SEQUENCE = /account sequence mismatch|incorrect account sequence/i

/** Gas multipliers above this are not tried: something else is wrong. */
const MAX_MULTIPLIER = 8

export class TxBatcher {
  constructor(
    private readonly client: DatumClient,
    private readonly sender: string,
  ) {}

  /**
   * `gasMultiplier` scales the simulated gas. The state can move between simulation and execution: a reveal
   * simulated before another executor's reveal lands may execute after it and complete the quorum
   * (attestation, phase and index writes), costing several times what was simulated.
   */
  async send<K>(items: MsgOf<K>[], gasMultiplier = 1.5): Promise<BatchOutcome<K>> {
    const out: BatchOutcome<K> = { ok: [], refused: [], retry: [] }
    if (items.length === 0) return out
    const all = await this.once(
      items.map((i) => i.msg),
      gasMultiplier,
    )
    if (all === 'ok') return { ...out, ok: items.map((i) => i.key) }
    if (all === 'network' || items.length === 1) {
      if (all === 'network') out.retry.push(...items.map((i) => i.key))
      else out.refused.push({ key: items[0]!.key, reason: all.reason })
      return out
    }
    for (const item of items) {
      const r = await this.once([item.msg], gasMultiplier)
      if (r === 'ok') out.ok.push(item.key)
      else if (r === 'network') out.retry.push(item.key)
      else out.refused.push({ key: item.key, reason: r.reason })
    }
    return out
  }

  private async once(msgs: Msg[], multiplier: number): Promise<'ok' | 'network' | { reason: string }> {
    try {
      await this.client.broadcast(this.sender, msgs, multiplier)
      return 'ok'
    } catch (e) {
      const message = (e as Error).message
      if (isNetworkError(e) || /timed out|was submitted but was not yet found/i.test(message))
        return 'network'
      // a sequence read from a node a block behind (or before our last tx landed): the next block fixes it
      if (STALE_SEQUENCE.test(message)) return 'network'
      // out of gas is the state moving under the simulation, not a refusal: pay for more, a bounded number of times
      if (/out of gas/i.test(message) && multiplier * 2.5 <= MAX_MULTIPLIER)
        return this.once(msgs, multiplier * 2.5)
      return { reason: message }
    }
  }
}
