// A consensus failure other than an upgrade plan stops the node and exits, rather than leaving a process that
// answers RPC but makes no blocks. On a 4-validator testnet, validator3 starts from a genesis whose app state
// differs from the others' (one gov param), so its app hash diverges once block 1 executes (genesis state is
// committed with block 1, so block 2 is the first header it disagrees with). The three others (75 % of the
// power) commit the chain; validator3, handed a committed block built on an app hash it does not have, logs
// `CONSENSUS FAILURE: app hash mismatch …` and exits with code 4, while the network carries on.
import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { homePaths } from '../../node/config/home.js'
import { EXIT_CONSENSUS_FAILURE } from '../../node/daemon/consensus-failure.js'
import { waitFor } from '../harness/wait.js'
import { LocalTestnet } from '../runner/testnet.js'

describe('a validator whose state diverges', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({ validators: 4, blockTimeMs: 500 })
    const file = homePaths(net.node(3).home).genesisFile
    const genesis = JSON.parse(readFileSync(file, 'utf8'))
    genesis.app_state.gov.params.min_deposit_ratio = '0.020000000000000000'
    writeFileSync(file, JSON.stringify(genesis, null, 2))
  }, 120_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it('stops with CONSENSUS FAILURE and exit code 4 while the others go on', async () => {
    for (const i of [0, 1, 2, 3]) net.launch(i)
    const diverged = net.node(3)
    const code = await waitFor('validator3 to exit', async () => diverged.child!.exitCode ?? undefined, {
      timeoutMs: 120_000,
    })
    expect(code).toBe(EXIT_CONSENSUS_FAILURE)
    expect(diverged.output).toMatch(
      /datumd: CONSENSUS FAILURE: app hash mismatch at height \d+: the committed block carries [0-9A-F]{64} but this node's state after height \d+ is [0-9A-F]{64}; its state diverged/,
    )
    await net.waitForHeight(5n, { only: [0, 1, 2], timeoutMs: 120_000 })
    await net.assertSameChain(5n, [0, 1, 2])
  })
})
