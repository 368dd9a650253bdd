import { describe, expect, it } from 'vitest'
import { BlockDataError } from './errors.js'
import { sha256 } from './hash.js'
import { headerHash } from './header.js'
import type { Header } from './index.js'

const s = (text: string) => sha256(new TextEncoder().encode(text))

// CometBFT types/block_test.go TestHeaderHash "Generates expected hash".
function goldenHeader(): Header {
  return {
    version: { block: 1n, app: 2n },
    chainId: 'chainId',
    height: 3n,
    time: { seconds: BigInt(Date.UTC(2019, 9, 13, 16, 14, 44) / 1000), nanos: 0 },
    lastBlockId: { hash: new Uint8Array(32), partSetHeader: { total: 6, hash: new Uint8Array(32) } },
    lastCommitHash: s('last_commit_hash'),
    dataHash: s('data_hash'),
    validatorsHash: s('validators_hash'),
    nextValidatorsHash: s('next_validators_hash'),
    consensusHash: s('consensus_hash'),
    appHash: s('app_hash'),
    lastResultsHash: s('last_results_hash'),
    evidenceHash: s('evidence_hash'),
    proposerAddress: s('proposer_address').subarray(0, 20),
  }
}

describe('headerHash', () => {
  it('matches the CometBFT golden header hash', () => {
    expect(Buffer.from(headerHash(goldenHeader())).toString('hex').toUpperCase()).toBe(
      'F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4',
    )
  })

  it('changes when any field changes', () => {
    const base = Buffer.from(headerHash(goldenHeader())).toString('hex')
    const h = goldenHeader()
    h.height = 4n
    expect(Buffer.from(headerHash(h)).toString('hex')).not.toBe(base)
  })

  it('refuses a header without a validators hash', () => {
    const h = goldenHeader()
    h.validatorsHash = new Uint8Array(0)
    expect(() => headerHash(h)).toThrow(BlockDataError)
  })
})
