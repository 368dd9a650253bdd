// The batcher's verdicts: what the chain refused for good, and what a later block may still take (network
// trouble, and a sequence read from a node a block behind, which the demo hit on a loaded machine).
import { describe, expect, it } from 'vitest'
import type { DatumClient } from '../../sdk/client.js'
import { TxBatcher } from './tx-batcher.js'

const item = (key: string) => ({ key, msg: { typeUrl: `/test.${key}`, value: {} } })

/** A client whose broadcast answers from a script, one entry per call. */
function scripted(answers: (string | undefined)[]): { client: DatumClient; calls: number[] } {
  const calls: number[] = []
  const client = {
    broadcast: async (_sender: string, msgs: unknown[], multiplier: number) => {
      calls.push(multiplier)
      const a = answers.shift()
      if (a !== undefined) throw new Error(a)
      return msgs
    },
  } as unknown as DatumClient
  return { client, calls }
}

describe('tx batcher', () => {
  it('a stale account sequence is retried on a later block, never recorded as a refusal', async () => {
    const { client } = scripted([
      'Broadcasting transaction failed with code 32 (codespace: sdk). Log: account sequence mismatch, expected 5, got 4: incorrect account sequence',
    ])
    const out = await new TxBatcher(client, 'datum1x').send([item('a')])
    expect(out).toEqual({ ok: [], refused: [], retry: ['a'] })
  })

  it('a refusal by the chain is final; one bad Msg in a batch does not block the others', async () => {
    const { client } = scripted([
      'failed to execute message; message index: 0: job 9 is not open',
      undefined,
      'failed to execute message; message index: 0: job 9 is not open',
    ])
    const out = await new TxBatcher(client, 'datum1x').send([item('good'), item('bad')])
    expect(out.ok).toEqual(['good'])
    expect(out.refused).toEqual([{ key: 'bad', reason: expect.stringMatching(/not open/) }])
    expect(out.retry).toEqual([])
  })

  it('out of gas pays more, a bounded number of times', async () => {
    const { client, calls } = scripted(['out of gas', 'out of gas', 'out of gas'])
    const out = await new TxBatcher(client, 'datum1x').send([item('a')], 1)
    expect(calls).toEqual([1, 2.5, 6.25])
    expect(out.refused).toHaveLength(1)
  })
})
