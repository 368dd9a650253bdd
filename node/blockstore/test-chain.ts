// Test helpers: a temp LevelDB and a chain of well-formed blocks with commits (no real signatures needed here).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator'
import { Level } from 'level'
import { blockId, makeBlock } from '../types/block.js'
import { emptyBlockId, emptyCommit } from '../types/commit.js'
import { consensusParamsHash } from '../types/params.js'
import { lastResultsHash } from '../types/results.js'
import { validatorAddress, validatorsHash } from '../types/validators.js'

export async function tempLevel(): Promise<{
  db: Level<Uint8Array, Uint8Array>
  dir: string
  close: () => Promise<void>
}> {
  const dir = await mkdtemp(join(tmpdir(), 'datum-bs-'))
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
  await db.open()
  return {
    db,
    dir,
    close: async () => {
      await db.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

const VAL = { pubKey: new Uint8Array(32).fill(9), power: 10n }

export function commitFor(block: Block): Commit {
  return {
    height: block.header.height,
    round: 0,
    blockId: blockId(block),
    signatures: [
      {
        blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
        validatorAddress: validatorAddress(VAL.pubKey),
        timestamp: { seconds: block.header.time.seconds + 1n, nanos: 0 },
        signature: new Uint8Array(64).fill(1),
      },
    ],
  }
}

/** Blocks from `initialHeight`, each carrying the previous block's commit; `txsAt(h)` picks each block's txs. */
export function makeChain(count: number, txsAt: (h: bigint) => Uint8Array[] = () => [], initialHeight = 1n) {
  const blocks: { block: Block; seen: Commit }[] = []
  let lastCommit = emptyCommit()
  let lastBlockId = emptyBlockId()
  for (let i = 0; i < count; i++) {
    const height = initialHeight + BigInt(i)
    const block = makeBlock({
      chainId: 'datum-test-1',
      height,
      time: { seconds: 1_700_000_000n + height, nanos: 0 },
      lastBlockId,
      lastCommit,
      txs: txsAt(height),
      validatorsHash: validatorsHash([VAL]),
      nextValidatorsHash: validatorsHash([VAL]),
      consensusHash: consensusParamsHash({ maxBytes: 1_000_000n, maxGas: -1n }),
      appHash: new Uint8Array(32).fill(Number(height % 256n)),
      lastResultsHash: lastResultsHash([]),
      proposerAddress: validatorAddress(VAL.pubKey),
    })
    const seen = commitFor(block)
    blocks.push({ block, seen })
    lastCommit = seen
    lastBlockId = seen.blockId
  }
  return blocks
}
