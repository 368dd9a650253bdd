import { describe, expect, it } from 'vitest'
import type { TxResult } from './abci.js'
import { blockId, dataHash, decodeBlock, encodeBlock, makeBlock, validateBlockHashes } from './block.js'
import { commitHash, emptyBlockId, emptyCommit } from './commit.js'
import { BlockDataError } from './errors.js'
import { txHashHex } from './hash.js'
import { consensusParamsHash } from './params.js'
import { lastResultsHash } from './results.js'
import { sortValidators, validatorAddress, validatorsHash } from './validators.js'

const EMPTY_ROOT = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const vals = [{ pubKey: new Uint8Array(32).fill(7), power: 10n }]

function sample(txs: Uint8Array[]) {
  return makeBlock({
    chainId: 'datum-local-1',
    height: 1n,
    time: { seconds: 1_700_000_000n, nanos: 5 },
    lastBlockId: emptyBlockId(),
    lastCommit: emptyCommit(),
    txs,
    validatorsHash: validatorsHash(vals),
    nextValidatorsHash: validatorsHash(vals),
    consensusHash: consensusParamsHash({ maxBytes: 22020096n, maxGas: -1n }),
    appHash: new Uint8Array(32),
    lastResultsHash: lastResultsHash([]),
    proposerAddress: validatorAddress(vals[0]!.pubKey),
  })
}

describe('blocks', () => {
  it('an empty block has the empty-tree data, evidence and last-commit hashes (as on CometBFT chains)', () => {
    const b = sample([])
    expect(hex(b.header.dataHash)).toBe(EMPTY_ROOT)
    expect(hex(b.header.evidenceHash)).toBe(EMPTY_ROOT)
    expect(hex(commitHash(emptyCommit()))).toBe(EMPTY_ROOT)
    expect(b.header.version.block).toBe(11n)
  })

  it('round-trips through the wire encoding with the same block ID', () => {
    const b = sample([Uint8Array.of(1, 2, 3), Uint8Array.of(4)])
    const bytes = encodeBlock(b)
    const back = decodeBlock(bytes)
    expect(hex(blockId(back).hash)).toBe(hex(blockId(b).hash))
    expect(blockId(b).partSetHeader.total).toBe(1)
    expect(back.data.txs.map(txHashHex)).toEqual(b.data.txs.map(txHashHex))
    validateBlockHashes(back)
  })

  it('detects txs that do not match the data hash', () => {
    const b = sample([Uint8Array.of(1)])
    b.data.txs = [Uint8Array.of(2)]
    expect(() => validateBlockHashes(b)).toThrow(/data hash/)
    expect(hex(dataHash([Uint8Array.of(2)]))).not.toBe(hex(b.header.dataHash))
  })

  it('rejects undecodable bytes with a typed error', () => {
    expect(() => decodeBlock(Uint8Array.of(0x0a, 0xff))).toThrow(BlockDataError)
  })

  it('hashes only the deterministic fields of tx results', () => {
    const r: TxResult = {
      code: 0,
      codespace: '',
      log: 'x',
      info: 'y',
      data: Uint8Array.of(1),
      gasWanted: 10n,
      gasUsed: 5n,
      events: [{ type: 't', attributes: [] }],
    }
    const quiet = { ...r, log: '', info: '', events: [] }
    expect(hex(lastResultsHash([r]))).toBe(hex(lastResultsHash([quiet])))
    expect(hex(lastResultsHash([{ ...r, gasUsed: 6n }]))).not.toBe(hex(lastResultsHash([r])))
  })

  it('orders validators by power then address', () => {
    const a = { pubKey: new Uint8Array(32).fill(1), power: 5n }
    const b = { pubKey: new Uint8Array(32).fill(2), power: 9n }
    expect(sortValidators([a, b])[0]).toBe(b)
    expect(() => validatorsHash([{ pubKey: new Uint8Array(31), power: 1n }])).toThrow(BlockDataError)
  })
})
