// A block the network committed but this node had not applied is replayed at start. When its app hash is not
// this node's, the node's state diverged: `start` reports a consensus failure (the `CONSENSUS FAILURE:`
// handler, whose default exits with code 4), closes what it opened, and does not serve a stalled chain.
// The stored block here is the node's own last block moved one height up with another app hash, with a seen
// commit for it: exactly what reconcile finds after a crash between saving a block and applying it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import pino from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { runDatumd } from '../../testnet/harness/node-process.js'
import { BlockStore } from '../blockstore/block-store.js'
import { ReplayFailedError } from '../chain/bootstrap.js'
import { homePaths } from '../config/home.js'
import type { NodeConfig } from '../config/node-config.js'
import { waitForHeight } from '../testing/wait-for-height.js'
import { blockId } from '../types/block.js'
import { consensusFailureMessage, EXIT_CONSENSUS_FAILURE } from './consensus-failure.js'
import { initHome } from './init-home.js'
import { DatumNode } from './node.js'

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

let home: string | undefined
afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true })
})

/** Stores block `height + 1`: block `height` with a foreign app hash, and a seen commit for it. */
async function storeDivergedBlock(dbDir: string): Promise<bigint> {
  const db = new Level<Uint8Array, Uint8Array>(dbDir, { keyEncoding: 'view', valueEncoding: 'view' })
  await db.open()
  try {
    const blocksDb = db.sublevel<Uint8Array, Uint8Array>('b', { keyEncoding: 'view', valueEncoding: 'view' })
    const blocks = await BlockStore.open(blocksDb)
    const h = blocks.height()
    const { block } = await blocks.block(h)
    const seen = (await blocks.seenCommit(h))!
    const next = {
      ...block,
      header: { ...block.header!, height: h + 1n, appHash: new Uint8Array(32).fill(0xab) },
      lastCommit: undefined,
    }
    await blocks.saveBlock(next, { ...seen, height: h + 1n, blockId: blockId(next) })
    return h + 1n
  } finally {
    await db.close()
  }
}

describe('start with a stored block whose app hash is not ours', () => {
  it('is a consensus failure (CONSENSUS FAILURE, exit 4 by default), not a start-up crash', async () => {
    home = await mkdtemp(join(tmpdir(), 'datum-replay-failure-'))
    await initHome({ home, configure: freePorts })
    const first = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
    await waitForHeight(first, 2n)
    await first.stop()

    const height = await storeDivergedBlock(homePaths(home).dbDir)
    const failures: Error[] = []
    const started = DatumNode.start({
      home,
      configure: freePorts,
      logger: pino({ level: 'silent' }),
      onConsensusFailure: (e) => failures.push(e),
    })
    await expect(started).rejects.toBeInstanceOf(ReplayFailedError)
    expect(failures).toHaveLength(1)
    expect(consensusFailureMessage(failures[0]!)).toMatch(
      new RegExp(
        `^CONSENSUS FAILURE: replaying stored block ${height} at start: app hash mismatch at height ${height}: the committed block carries (AB){32} but this node's state after height ${height - 1n} is [0-9A-F]{64}; its state diverged`,
      ),
    )
    // Nothing is left open: the database can be opened again (a second start meets the same failure).
    await expect(
      DatumNode.start({
        home,
        configure: freePorts,
        logger: pino({ level: 'silent' }),
        onConsensusFailure: (e) => failures.push(e),
      }),
    ).rejects.toBeInstanceOf(ReplayFailedError)
    expect(failures).toHaveLength(2)

    // The datumd process itself: the message on stderr and exit code 4 (it exited 1 before).
    const run = await runDatumd(['start', '--home', home], 60_000)
    expect(run.code).toBe(EXIT_CONSENSUS_FAILURE)
    expect(run.stderr).toMatch(
      new RegExp(`datumd: CONSENSUS FAILURE: replaying stored block ${height} at start: app hash mismatch`),
    )
  }, 120_000)
})
