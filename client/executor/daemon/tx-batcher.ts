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
  /** Network trouble: try again on a later block. */
  retry: K[]
}

export class TxBatcher {
  constructor(
    private readonly client: DatumClient,
    private readonly sender: string,
  ) {}

  async send<K>(items: MsgOf<K>[]): Promise<BatchOutcome<K>> {
    const out: BatchOutcome<K> = { ok: [], refused: [], retry: [] }
    if (items.length === 0) return out
    const all = await this.once(items.map((i) => i.msg))
    if (all === 'ok') return { ...out, ok: items.map((i) => i.key) }
    if (all === 'network' || items.length === 1) {
      if (all === 'network') out.retry.push(...items.map((i) => i.key))
      else out.refused.push({ key: items[0]!.key, reason: all.reason })
      return out
    }
    for (const item of items) {
      const r = await this.once([item.msg])
      if (r === 'ok') out.ok.push(item.key)
      else if (r === 'network') out.retry.push(item.key)
      else out.refused.push({ key: item.key, reason: r.reason })
    }
    return out
  }

  private async once(
    msgs: { typeUrl: string; value: unknown }[],
  ): Promise<'ok' | 'network' | { reason: string }> {
    try {
      await this.client.broadcast(this.sender, msgs)
      return 'ok'
    } catch (e) {
      if (isNetworkError(e) || /timed out|was submitted but was not yet found/i.test((e as Error).message))
        return 'network'
      return { reason: (e as Error).message }
    }
  }
}
