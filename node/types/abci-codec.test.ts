import { TxResult as AbciTxResult, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types'
import { describe, expect, it } from 'vitest'
import { encodeTxRecord } from '../txindex/record.js'
import type { FinalizeBlockResult, TxResult } from './abci.js'
import { decodeFinalizeBlockResult, encodeFinalizeBlockResult, toExecTxResult } from './abci-codec.js'

// The results store and the tx index splice each tx result's ExecTxResult bytes (encoded once) into their
// records. The stored bytes must be exactly what one generated encode of the whole message gives, so old
// homes, replays and other readers see no difference: the reference below is that one encode.

function txResult(i: number, logBytes: number): TxResult {
  return {
    code: i % 3 === 0 ? 0 : 5,
    codespace: i % 3 === 0 ? '' : 'sdk',
    log: 'x'.repeat(logBytes),
    info: i % 2 ? 'info' : '',
    data: new Uint8Array(i % 4).fill(i),
    gasWanted: BigInt(i) * 1000n,
    gasUsed: i === 0 ? 0n : BigInt(i) * 777n,
    events: Array.from({ length: i % 3 }, (_, k) => ({
      type: `event${k}`,
      attributes: [{ key: 'k', value: `v${i}`, index: k % 2 === 0 }],
    })),
  }
}

function reference(r: FinalizeBlockResult): Uint8Array {
  return ResponseFinalizeBlock.encode({
    events: r.events,
    txResults: r.txResults.map(toExecTxResult),
    validatorUpdates: r.validatorUpdates.map((v) => ({ pubKey: { ed25519: v.pubKey }, power: v.power })),
    consensusParamUpdates: r.consensusParamUpdates
      ? {
          block: {
            maxBytes: r.consensusParamUpdates.block.maxBytes,
            maxGas: r.consensusParamUpdates.block.maxGas,
          },
          evidence: {
            maxAgeNumBlocks: r.consensusParamUpdates.evidence.maxAgeNumBlocks,
            maxAgeDuration: { seconds: r.consensusParamUpdates.evidence.maxAgeDurationSeconds, nanos: 0 },
            maxBytes: r.consensusParamUpdates.evidence.maxBytes,
          },
          validator: { pubKeyTypes: r.consensusParamUpdates.validator.pubKeyTypes },
        }
      : undefined,
    appHash: r.appHash,
  }).finish()
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('finalize-block results encoding', () => {
  // Log sizes on both sides of one-, two- and three-byte length prefixes.
  const logSizes = [0, 1, 100, 127, 128, 200, 16_383, 16_384, 70_000]
  const results = logSizes.map((n, i) => txResult(i, n))

  it('equals one ResponseFinalizeBlock encode: empty, txs only, and every field set', () => {
    const cases: FinalizeBlockResult[] = [
      { events: [], txResults: [], validatorUpdates: [], appHash: new Uint8Array() },
      { events: [], txResults: results, validatorUpdates: [], appHash: new Uint8Array(32).fill(7) },
      {
        events: [{ type: 'begin', attributes: [{ key: 'a', value: 'b', index: true }] }],
        txResults: [...results, txResult(9, 3)],
        validatorUpdates: [{ pubKey: new Uint8Array(32).fill(1), power: 10n }],
        consensusParamUpdates: {
          block: { maxBytes: 22_020_096n, maxGas: 1_000_000_000n },
          evidence: { maxAgeNumBlocks: 100_000n, maxAgeDurationSeconds: 172_800n, maxBytes: 1_048_576n },
          validator: { pubKeyTypes: ['ed25519'] },
        },
        appHash: new Uint8Array(32).fill(9),
      },
    ]
    for (const r of cases) {
      const bytes = encodeFinalizeBlockResult(r)
      expect(hex(bytes)).toBe(hex(reference(r)))
      // Encoded again (the per-result bytes now come from the memo): still the same.
      expect(hex(encodeFinalizeBlockResult(r))).toBe(hex(bytes))
      expect(decodeFinalizeBlockResult(bytes).txResults.map((t) => t.log.length)).toEqual(
        r.txResults.map((t) => t.log.length),
      )
    }
  })

  it('tx index records equal one TxResult encode, before and after the results store encoded them', () => {
    const fresh = logSizes.map((n, i) => txResult(i, n))
    const record = (t: TxResult, i: number) =>
      hex(encodeTxRecord(BigInt(i), i, new Uint8Array(i * 40).fill(3), t))
    const expected = fresh.map((t, i) =>
      hex(
        AbciTxResult.encode({
          height: BigInt(i),
          index: i,
          tx: new Uint8Array(i * 40).fill(3),
          result: toExecTxResult(t),
        }).finish(),
      ),
    )
    expect(fresh.map(record)).toEqual(expected)
    encodeFinalizeBlockResult({
      events: [],
      txResults: fresh,
      validatorUpdates: [],
      appHash: new Uint8Array(),
    })
    expect(fresh.map(record)).toEqual(expected)
  })
})
