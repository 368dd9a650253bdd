// A software upgrade of a whole 4-validator network, as cosmovisor operators run it. Gov runs on its default
// params with every window divided by one factor (4320: expedited voting 86400 s → 20 s). An expedited proposal
// from a proposal file carries MsgSoftwareUpgrade "v2"; the four validators vote YES (expedited threshold 0.667
// of 40 DATUM bonded). At the plan height:
//  - every validator stops without committing that block, writes data/upgrade-info.json, prints
//    `UPGRADE "v2" NEEDED at height: <h>: <info>` and exits with code 3, including one cut off from its peers
//    just before the plan height and reconnected after the other three stopped; started again, the old
//    binary refuses;
//  - the "new software" (the same binary with DATUM_TEST_UPGRADE=v2, whose v2 handler writes a marker into the
//    gov store and bumps gov's module version) on the same homes re-executes the plan height with the
//    migration; the four agree on every block, block H carries the app hash committed at H − 1, and the chain
//    goes on;
//  - the old binary started again on an upgraded home fails its first block and exits with code 4
//    (`CONSENSUS FAILURE: …`), rather than staying up without consensus.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as UQ from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../client/cli/test-cli.js'
import { GOV_AUTHORITY } from '../../modules/sdk/index.js'
import { homeKeyringFile } from '../../node/daemon/gentx.js'
import { TEST_UPGRADE_MARKER } from '../../node/daemon/test-hooks.js'
import { waitFor } from '../harness/wait.js'
import { LocalTestnet } from '../runner/testnet.js'

// biome-ignore lint/suspicious/noExplicitAny: CLI output and genesis sections are raw JSON
type Json = any

const SCALE = 4_320n
const BLOCK_MS = 500
const INFO = '{"binaries":{"linux/amd64":"https://example.org/datumd-v2"}}'
const NEW_SOFTWARE = { DATUM_TEST_HOOKS: '1', DATUM_TEST_UPGRADE: 'v2' }

async function ok(...argv: string[]): Promise<Json> {
  const r = await runCli(...argv)
  expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0)
  return JSON.parse(r.out)
}

describe('software upgrade of a 4-validator network', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({
      validators: 4,
      blockTimeMs: BLOCK_MS,
      env: () => ({ DATUM_TEST_HOOKS: '1' }),
      genesis: (g) => {
        const gov = (g.appState as Json).gov.params
        for (const k of ['max_deposit_period', 'voting_period', 'expedited_voting_period'])
          gov[k] = { seconds: (BigInt(gov[k].seconds) / SCALE).toString(), nanos: 0 }
      },
    })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it('halts all four at the plan height and resumes them on the new software with a continuous app hash', async () => {
    const n = ['--node', net.node(0).rpcUrl]
    const asValidator = (i: number) => [
      '--from',
      'validator',
      '--keyring-file',
      homeKeyringFile(net.node(i).home),
      ...n,
    ]
    // Past the 20 s expedited vote even at the fastest block rate (one per BLOCK_MS), plus the submission.
    const h0 = Number(await net.node(0).height())
    const planHeight = h0 + Math.ceil(Number(86_400n / SCALE) * (1000 / BLOCK_MS)) + 40
    const file = join(net.dir, 'upgrade.json')
    writeFileSync(
      file,
      JSON.stringify({
        messages: [
          {
            '@type': '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade',
            authority: GOV_AUTHORITY,
            plan: { name: 'v2', height: String(planHeight), info: INFO },
          },
        ],
        metadata: '',
        deposit: '50000000udatum',
        title: 'Upgrade to v2',
        summary: 'datumd v2',
        expedited: true,
      }),
    )
    const submitted = await ok('tx', 'gov', 'submit-proposal', file, ...asValidator(0))
    expect(submitted.response.proposal_id).toBe('1')
    for (const i of [0, 1, 2, 3]) await ok('tx', 'gov', 'vote', '1', 'yes', ...asValidator(i))
    await net.waitUntil(
      'the upgrade proposal to pass',
      async () => {
        const p = JSON.parse((await runCli('query', 'gov', 'proposal', '1', ...n)).out).proposal
        expect(p.status).not.toBe('PROPOSAL_STATUS_REJECTED')
        expect(p.status).not.toBe('PROPOSAL_STATUS_FAILED')
        return p.status === 'PROPOSAL_STATUS_PASSED'
      },
      90_000,
    )
    const plan = (await ok('query', 'upgrade', 'plan', ...n)).plan
    expect([plan.name, String(plan.height)]).toEqual(['v2', String(planHeight)])

    // The old software: record node 0's committed app hashes until every process has exited by itself. The
    // wait is bounded by the blocks still to go (a loaded machine makes them slower than BLOCK_MS), not by a
    // fixed time from the proposal's passing, plus the most a stopped node stays for its peers.
    const blocksLeft = planHeight - Number(await net.node(0).height())
    // A validator cut off a few blocks before the plan height (its connections dropped, the messages of those
    // heights never delivered), so the other three decide the plan's block without it and stop. Reconnected
    // after that, it must still reach the same halt: the stopped nodes stay on the network and serve it the
    // decided block until it holds it (CI once saw one validator never stop here).
    await net.waitForHeight(BigInt(planHeight - 4), {
      only: [0],
      timeoutMs: 60_000 + blocksLeft * 4 * BLOCK_MS,
    })
    net.disconnect(3)
    let reconnected = false
    const comet = await Comet38Client.connect(net.node(0).rpcUrl)
    const appHashes = new Map<number, string>()
    const codes = await waitFor(
      'every validator to halt at the plan height',
      async () => {
        try {
          const info = await comet.abciInfo()
          appHashes.set(info.lastBlockHeight ?? 0, Buffer.from(info.lastBlockAppHash!).toString('hex'))
        } catch {
          // node 0 is gone
        }
        // (the log line has the plan name JSON-escaped; the plain stderr line comes only at the exit)
        const stopped = (i: number) => net.node(i).output.includes(`NEEDED at height: ${planHeight}`)
        if (!reconnected && [0, 1, 2].every(stopped)) {
          net.reconnect(3)
          reconnected = true
        }
        const exits = net.nodes.map((m) => m.process.child?.exitCode ?? null)
        return exits.every((c) => c !== null) ? exits : undefined
      },
      { timeoutMs: 90_000 + Math.max(0, blocksLeft) * 4 * BLOCK_MS, intervalMs: 100 },
    ).catch((e) => {
      // Say which validator did not stop, and what it was doing.
      const state = net.nodes.map(
        (m) =>
          `#${m.index} exit ${m.process.child?.exitCode ?? 'running'}:\n${m.process.output.split('\n').slice(-6).join('\n')}`,
      )
      throw new Error(`${(e as Error).message}; reconnected #3: ${reconnected}\n${state.join('\n')}`)
    })
    comet.disconnect()
    expect(codes).toEqual([3, 3, 3, 3])
    for (const m of net.nodes) {
      expect(m.process.output).toContain(`datumd: UPGRADE "v2" NEEDED at height: ${planHeight}: ${INFO}`)
      expect(JSON.parse(readFileSync(join(m.process.home, 'data/upgrade-info.json'), 'utf8'))).toEqual({
        name: 'v2',
        time: '0001-01-01T00:00:00Z',
        height: planHeight,
        info: INFO,
      })
    }
    expect(Math.max(...appHashes.keys())).toBe(planHeight - 1)

    // The old binary again refuses at once, before joining consensus.
    const again = net.node(3)
    again.output = ''
    again.launch()
    const code = await waitFor('the old binary to refuse', async () => again.child!.exitCode ?? undefined, {
      timeoutMs: 60_000,
    })
    expect(code).toBe(3)
    expect(again.output).toContain(`UPGRADE "v2" NEEDED at height: ${planHeight}`)

    // The new software on the same homes: the migration runs at the plan height and the network goes on.
    for (const m of net.nodes) {
      m.process.output = ''
      m.process.launch(NEW_SOFTWARE)
    }
    const after = BigInt(planHeight + 3)
    await net.waitForHeight(after, { only: [0, 1, 2, 3], timeoutMs: 150_000 })
    await net.assertSameChain(after, [0, 1, 2, 3])
    const [atPlan] = await net.hashesAt(BigInt(planHeight), [0])
    expect(atPlan!.appHash.toLowerCase()).toBe(appHashes.get(planHeight - 1))
    for (const m of net.nodes) {
      const c = await Comet38Client.connect(m.process.rpcUrl)
      try {
        const applied = await c.abciQuery({
          path: '/cosmos.upgrade.v1beta1.Query/AppliedPlan',
          data: UQ.QueryAppliedPlanRequest.encode({ name: 'v2' }).finish(),
        })
        expect(UQ.QueryAppliedPlanResponse.decode(applied.value).height).toBe(BigInt(planHeight))
        const marker = await c.abciQuery({ path: '/store/gov/key', data: TEST_UPGRADE_MARKER })
        expect(Buffer.from(marker.value).toString()).toBe('v2')
      } finally {
        c.disconnect()
      }
      expect(m.process.output).not.toContain('UPGRADE "v2" NEEDED')
    }
    expect((await ok('query', 'upgrade', 'plan', ...n)).plan ?? null).toBeNull()

    // The old binary on an upgraded home: its first block fails (the v2 handler is missing); the node stops,
    // says why and exits with code 4 instead of staying up without consensus.
    await net.stop(3)
    const old = net.node(3)
    old.output = ''
    old.launch()
    const failed = await waitFor('the old binary to exit', async () => old.child!.exitCode ?? undefined, {
      timeoutMs: 90_000,
    })
    expect(failed).toBe(4)
    expect(old.output).toMatch(
      /datumd: CONSENSUS FAILURE: .*upgrade handler is missing for the "v2" upgrade plan/,
    )
  }, 480_000)
})
