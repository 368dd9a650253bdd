import { describe, expect, it } from 'vitest'
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import type { DatumClient } from '../../sdk/client.js'
import { ChainView } from './chain-view.js'

// A client answering as a Datum node does: NotFound in the gRPC text CosmJS passes on, other failures as is.
const client = {
  query: {
    computeright: {
      job: async (id: bigint) => {
        if (id === 1n) return { requester: 'r', viewers: ['v'], state: C.JobState.JOB_STATE_FINALIZED }
        if (id === 2n) return { requester: 'r', viewers: [], state: C.JobState.JOB_STATE_ATTESTED }
        if (id === 3n) throw new Error('socket hang up')
        throw new Error(
          'Query failed with (22): rpc error: code = NotFound desc = job 9 not found: key not found',
        )
      },
    },
  },
  signing: {
    getAccount: async (a: string) =>
      a === 'keyed'
        ? { pubkey: { type: 'tendermint/PubKeySecp256k1', value: Buffer.alloc(33, 2).toString('base64') } }
        : a === 'multisig'
          ? { pubkey: { type: 'tendermint/PubKeyMultisigThreshold', value: {} } }
          : a === 'fresh'
            ? { pubkey: null }
            : null,
  },
} as unknown as DatumClient

describe('chain view for the result server and viewer keys', () => {
  const chain = new ChainView(client)

  it('reads readers and finality; an unknown job is undefined, an unreachable chain throws', async () => {
    expect(await chain.jobReaders(1n)).toEqual({ readers: ['r', 'v'], finalized: true })
    expect(await chain.jobReaders(2n)).toEqual({ readers: ['r'], finalized: false })
    expect(await chain.jobReaders(9n)).toBeUndefined()
    await expect(chain.jobReaders(3n)).rejects.toThrow(/hang up/)
  })

  it("gives an account's secp256k1 key, none for fresh, multisig or unknown accounts", async () => {
    expect(await chain.accountKey('keyed')).toEqual(new Uint8Array(33).fill(2))
    for (const a of ['fresh', 'multisig', 'unknown']) expect(await chain.accountKey(a)).toBeUndefined()
  })
})
