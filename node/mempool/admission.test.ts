// TxAdmission keeps arrival order into CheckTx whatever order the preparations finish in, and runs CheckTx
// synchronously when nothing is queued and nothing needs preparing.
import { describe, expect, it } from 'vitest'
import type { CheckTxResult } from '../types/abci.js'
import { TxAdmission } from './admission.js'
import type { MempoolCheckResult } from './mempool.js'

function recordingMempool() {
  const checked: number[] = []
  return {
    checked,
    checkTx(tx: Uint8Array, _source?: string, hash?: Uint8Array): MempoolCheckResult {
      checked.push(tx[0]!)
      return { hash: hash!, result: { code: 0 } as CheckTxResult, added: true }
    },
  }
}

/** A preparation per tx that finishes when the test says so. */
function gatedPreparation() {
  const gates = new Map<number, () => void>()
  return {
    prepare: (tx: Uint8Array) => new Promise<void>((resolve) => gates.set(tx[0]!, resolve)),
    open: (id: number) => gates.get(id)!(),
  }
}

describe('TxAdmission', () => {
  it('checks txs in arrival order although their preparations finish in reverse', async () => {
    const mempool = recordingMempool()
    const gate = gatedPreparation()
    const admission = new TxAdmission(mempool, gate.prepare)
    const results = [1, 2, 3, 4].map((id) => admission.checkTx(Uint8Array.of(id)))
    expect(admission.pending).toBe(4)
    for (const id of [4, 3, 2]) gate.open(id)
    await new Promise((r) => setImmediate(r))
    expect(mempool.checked).toEqual([])
    gate.open(1)
    await Promise.all(results)
    expect(mempool.checked).toEqual([1, 2, 3, 4])
    expect(admission.pending).toBe(0)
  })

  it('a tx with nothing to prepare waits behind a queued one, then runs synchronously once the queue is empty', async () => {
    const mempool = recordingMempool()
    const gate = gatedPreparation()
    const admission = new TxAdmission(mempool, (tx) => (tx[0] === 1 ? gate.prepare(tx) : undefined))
    const first = admission.checkTx(Uint8Array.of(1))
    const second = admission.checkTx(Uint8Array.of(2))
    expect(second).toBeInstanceOf(Promise)
    gate.open(1)
    await Promise.all([first, second])
    expect(mempool.checked).toEqual([1, 2])
    const third = admission.checkTx(Uint8Array.of(3))
    expect(third).not.toBeInstanceOf(Promise)
    expect(mempool.checked).toEqual([1, 2, 3])
  })

  it('a preparation that fails still lets the tx (and the ones behind it) reach CheckTx', async () => {
    const mempool = recordingMempool()
    const admission = new TxAdmission(mempool, (tx) =>
      tx[0] === 1 ? Promise.reject(new Error('worker died')) : undefined,
    )
    await Promise.all([admission.checkTx(Uint8Array.of(1)), admission.checkTx(Uint8Array.of(2))])
    expect(mempool.checked).toEqual([1, 2])
  })

  it('a preparation that throws is skipped: CheckTx runs at once', () => {
    const mempool = recordingMempool()
    const admission = new TxAdmission(mempool, () => {
      throw new Error('claims failed')
    })
    expect(admission.checkTx(Uint8Array.of(5))).not.toBeInstanceOf(Promise)
    expect(mempool.checked).toEqual([5])
  })

  it('hashes the tx once and hands the hash to the preparation and the mempool', async () => {
    const mempool = recordingMempool()
    const seen: Uint8Array[] = []
    const admission = new TxAdmission(mempool, (_tx, hash) => {
      seen.push(hash)
      return undefined
    })
    const r = (await admission.checkTx(Uint8Array.of(9))) as MempoolCheckResult
    expect(r.hash).toBe(seen[0])
    expect(r.hash).toHaveLength(32)
  })
})
