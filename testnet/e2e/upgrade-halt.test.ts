// A software upgrade with real datumd processes, as a cosmovisor operator sees it. The node's own key is made
// a staking validator, an expedited gov proposal (windows scaled by 1/8640: 86400 s → 10 s) carrying
// MsgSoftwareUpgrade "v2" passes by its bonded-stake vote, and at the plan's height:
//  - the running datumd stops without committing that block, writes data/upgrade-info.json, prints
//    `UPGRADE "v2" NEEDED at height: <h>: <info>` and exits with code 3;
//  - the same binary started again refuses at once with the same message and code;
//  - the "new software" (the same binary with the test hook DATUM_TEST_UPGRADE=v2, which registers a v2
//    handler) re-executes that block, runs the migration and carries on from the old app hash.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import { QueryProposalRequest, QueryProposalResponse } from 'cosmjs-types/cosmos/gov/v1/query'
import * as UQ from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import { MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromBech32, GOV_AUTHORITY, toBech32, VALOPER_PREFIX } from '../../modules/sdk/index.js'
import { NodeProcess } from '../harness/node-process.js'
import { waitFor } from '../harness/wait.js'

// biome-ignore lint/suspicious/noExplicitAny: genesis.json is edited as plain JSON
type Json = any

const SCALE = 8_640n
const FEE = { amount: [{ denom: 'udatum', amount: '10000' }], gas: '600000' }
const INFO = '{"binaries":{"linux/amd64":"https://example.org/datumd-v2"}}'
const NEW_SOFTWARE = { DATUM_TEST_HOOKS: '1', DATUM_TEST_UPGRADE: 'v2' }

let node: NodeProcess
let dev: { mnemonic: string; address: string }
let consKey: Uint8Array

beforeAll(async () => {
  // No gentx: the test bonds the node's consensus key from the dev account itself, so it holds all the stake.
  const r = await NodeProcess.init({ gentx: false })
  node = r.node
  dev = { mnemonic: r.mnemonic, address: r.address }
  const file = join(node.home, 'config/genesis.json')
  const genesis: Json = JSON.parse(readFileSync(file, 'utf8'))
  const gov = genesis.app_state.gov.params
  for (const k of ['max_deposit_period', 'voting_period', 'expedited_voting_period'])
    gov[k] = { seconds: (BigInt(gov[k].seconds) / SCALE).toString(), nanos: 0 }
  writeFileSync(file, JSON.stringify(genesis, null, 2))
  consKey = Buffer.from(genesis.validators[0].pub_key.value, 'base64')
  await node.start()
}, 120_000)

afterAll(async () => {
  await node?.destroy()
})

/** Waits for the process to exit by itself; its exit code. */
async function exitCode(timeoutMs: number): Promise<number> {
  return waitFor(
    'datumd to exit',
    async () => {
      const c = node.child!
      return c.exitCode !== null ? c.exitCode : c.signalCode !== null ? -1 : undefined
    },
    { timeoutMs },
  )
}

describe('software upgrade with real processes', () => {
  it('exits at the plan height, refuses to restart without the handler, resumes with it', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: 'datum' })
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, {
      broadcastPollIntervalMs: 250,
    })
    let comet = await Comet38Client.connect(node.rpcUrl)
    const operator = toBech32(fromBech32(dev.address), VALOPER_PREFIX)
    const ok = (r: { code: number; rawLog?: string }) => expect(r.code, r.rawLog).toBe(0)
    const abci = async <T>(path: string, data: Uint8Array, codec: { decode(b: Uint8Array): T }) => {
      const r = await comet.abciQuery({ path, data })
      expect(r.code, r.log).toBe(0)
      return codec.decode(r.value)
    }
    let planHeight = 0
    const appHashes = new Map<number, string>()
    try {
      ok(
        await client.signAndBroadcast(
          dev.address,
          [
            {
              typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
              value: {
                description: { moniker: 'v0', identity: '', website: '', securityContact: '', details: '' },
                commission: {
                  rate: '100000000000000000',
                  maxRate: '200000000000000000',
                  maxChangeRate: '10000000000000000',
                },
                minSelfDelegation: '1',
                delegatorAddress: dev.address,
                validatorAddress: operator,
                pubkey: {
                  typeUrl: '/cosmos.crypto.ed25519.PubKey',
                  value: Ed25519PubKey.encode({ key: consKey }).finish(),
                },
                value: { denom: 'udatum', amount: '10000000' },
              },
            },
          ],
          FEE,
        ),
      )
      // Far enough ahead for the 10 s expedited vote at about a block per second.
      planHeight = Number((await comet.status()).syncInfo.latestBlockHeight) + 30
      const upgrade = MsgSoftwareUpgrade.encode({
        authority: GOV_AUTHORITY,
        plan: { name: 'v2', height: BigInt(planHeight), info: INFO, time: { seconds: 0n, nanos: 0 } },
      }).finish()
      ok(
        await client.signAndBroadcast(
          dev.address,
          [
            {
              typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
              value: {
                messages: [{ typeUrl: '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade', value: upgrade }],
                initialDeposit: [{ denom: 'udatum', amount: '50000000' }],
                proposer: dev.address,
                metadata: '',
                title: 'Upgrade to v2',
                summary: 'datumd v2',
                expedited: true,
              },
            },
          ],
          FEE,
        ),
      )
      ok(
        await client.signAndBroadcast(
          dev.address,
          [
            {
              typeUrl: '/cosmos.gov.v1.MsgVote',
              value: { proposalId: 1n, voter: dev.address, option: 1, metadata: '' },
            },
          ],
          FEE,
        ),
      )
      await waitFor(
        'the upgrade proposal to pass',
        async () => {
          const p = await abci(
            '/cosmos.gov.v1.Query/Proposal',
            QueryProposalRequest.encode({ proposalId: 1n }).finish(),
            QueryProposalResponse,
          )
          expect(p.proposal!.status).not.toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED)
          return p.proposal!.status === ProposalStatus.PROPOSAL_STATUS_PASSED ? true : undefined
        },
        { timeoutMs: 60_000 },
      )
      const plan = await abci(
        '/cosmos.upgrade.v1beta1.Query/CurrentPlan',
        UQ.QueryCurrentPlanRequest.encode({}).finish(),
        UQ.QueryCurrentPlanResponse,
      )
      expect([plan.plan?.name, plan.plan?.height]).toEqual(['v2', BigInt(planHeight)])

      // The old software: record each committed height's app hash until the process exits by itself.
      const code = await waitFor(
        'the halt at the plan height',
        async () => {
          const c = node.child!
          if (c.exitCode !== null) return c.exitCode
          try {
            const info = await comet.abciInfo()
            appHashes.set(info.lastBlockHeight ?? 0, Buffer.from(info.lastBlockAppHash!).toString('hex'))
          } catch {
            // the RPC closes as the node stops
          }
          return undefined
        },
        { timeoutMs: 90_000, intervalMs: 100 },
      )
      expect(code).toBe(3)
      expect(node.output).toContain(`datumd: UPGRADE "v2" NEEDED at height: ${planHeight}: ${INFO}`)
      expect(Math.max(...appHashes.keys())).toBe(planHeight - 1)
      const infoFile = join(node.home, 'data/upgrade-info.json')
      expect(JSON.parse(readFileSync(infoFile, 'utf8'))).toEqual({
        name: 'v2',
        time: '0001-01-01T00:00:00Z',
        height: planHeight,
        info: INFO,
      })
    } finally {
      client.disconnect()
      comet.disconnect()
    }

    // The same binary again: refuses before joining consensus, same message, same code.
    node.output = ''
    node.launch()
    expect(await exitCode(60_000)).toBe(3)
    expect(node.output).toContain(`datumd: UPGRADE "v2" NEEDED at height: ${planHeight}: ${INFO}`)
    expect(node.output).not.toContain('node started')

    // The new software: re-executes the plan height with the migration and continues the same chain.
    node.output = ''
    node.launch(NEW_SOFTWARE)
    await node.waitForHeight(BigInt(planHeight + 2), 90_000)
    comet = await Comet38Client.connect(node.rpcUrl)
    try {
      const header = (await comet.block(planHeight)).block.header
      expect(Buffer.from(header.appHash).toString('hex')).toBe(appHashes.get(planHeight - 1))
      const q = async <T>(method: string, data: Uint8Array, codec: { decode(b: Uint8Array): T }) => {
        const r = await comet.abciQuery({ path: `/cosmos.upgrade.v1beta1.Query/${method}`, data })
        expect(r.code, r.log).toBe(0)
        return codec.decode(r.value)
      }
      expect(
        (
          await q(
            'AppliedPlan',
            UQ.QueryAppliedPlanRequest.encode({ name: 'v2' }).finish(),
            UQ.QueryAppliedPlanResponse,
          )
        ).height,
      ).toBe(BigInt(planHeight))
      expect(
        (await q('CurrentPlan', UQ.QueryCurrentPlanRequest.encode({}).finish(), UQ.QueryCurrentPlanResponse))
          .plan,
      ).toBeUndefined()
      expect(
        (
          await q(
            'ModuleVersions',
            UQ.QueryModuleVersionsRequest.encode({ moduleName: 'gov' }).finish(),
            UQ.QueryModuleVersionsResponse,
          )
        ).moduleVersions,
      ).toEqual([{ name: 'gov', version: 2n }])
    } finally {
      comet.disconnect()
    }
    expect(existsSync(join(node.home, 'data/upgrade-info.json'))).toBe(true)
    await node.stop()
  })
})
