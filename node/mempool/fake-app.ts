// A pure fake of the app's CheckTx for mempool unit tests: txs are JSON {sender, seq, price, gas, size?},
// and the check state tracks each sender's next sequence like the SDK's ante handler does.
import type { CheckTxMode, CheckTxResult } from '../types/abci.js'

export interface FakeTx {
  sender: string
  seq: number
  price: number
  gas?: number
  /** Padding to make the tx bigger. */
  pad?: number
}

export function fakeTx(t: FakeTx): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ ...t, pad: 'x'.repeat(t.pad ?? 0) }))
}

export class FakeApp {
  committed = new Map<string, number>()
  check = new Map<string, number>()
  calls: { mode: CheckTxMode; tx: FakeTx }[] = []

  checkTx(raw: Uint8Array, mode: CheckTxMode): CheckTxResult {
    const tx = JSON.parse(new TextDecoder().decode(raw)) as FakeTx
    this.calls.push({ mode, tx })
    const expected = this.check.get(tx.sender) ?? this.committed.get(tx.sender) ?? 0
    const base = { codespace: '', info: '', data: new Uint8Array(0), gasUsed: 0n, events: [] }
    if (tx.seq !== expected) {
      return {
        ...base,
        code: 32,
        codespace: 'sdk',
        log: `account sequence mismatch, expected ${expected}, got ${tx.seq}: incorrect account sequence`,
        gasWanted: 0n,
        priority: 0n,
        sender: '',
        sequence: 0n,
      }
    }
    this.check.set(tx.sender, expected + 1)
    const gas = BigInt(tx.gas ?? 100)
    return {
      ...base,
      code: 0,
      log: '',
      gasWanted: gas,
      priority: BigInt(tx.price),
      sender: tx.sender,
      sequence: BigInt(tx.seq),
    }
  }

  /** Executes a block: commits sequences and resets the check state, as the app's Commit does. */
  commit(txs: Uint8Array[]): void {
    for (const raw of txs) {
      const tx = JSON.parse(new TextDecoder().decode(raw)) as FakeTx
      this.committed.set(tx.sender, tx.seq + 1)
    }
    this.check = new Map()
  }
}
