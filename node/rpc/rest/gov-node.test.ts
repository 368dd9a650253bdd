// Governance against a real single-validator node: CosmJS (unmodified) submits a v1beta1 TextProposal with
// amino signing and votes through its gov amino converters; the proposal reads back through CosmJS's gov
// query extension and the SDK REST routes of gov v1/v1beta1, upgrade and consensus.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Secp256k1HdWallet } from '@cosmjs/amino'
import { QueryClient, SigningStargateClient, setupGovExtension } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { TextProposal } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NodeConfig } from '../../config/node-config.js'
import { initHome } from '../../daemon/init-home.js'
import { DatumNode } from '../../daemon/node.js'
import { waitForHeight } from '../../testing/wait-for-height.js'

// biome-ignore lint/suspicious/noExplicitAny: responses are raw JSON inspected by the assertions
type Json = any

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let restUrl: string
let dev: { mnemonic: string; address: string }

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = true
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

const portOf = (server: { address(): unknown }) => (server.address() as { port: number }).port

async function get(path: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${restUrl}${path}`)
  return { status: res.status, body: await res.json() }
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-gov-node-'))
  const init = await initHome({ home, devAccount: true, configure: freePorts })
  dev = init.devAccount!
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${portOf(node.rpc.app.server)}`
  restUrl = `http://127.0.0.1:${portOf(node.rest!.app.server)}`
  await waitForHeight(node, 1n)
})

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('gov on a real node', () => {
  it('accepts a CosmJS amino-signed TextProposal and vote; CosmJS queries and REST routes read them', async () => {
    const wallet = await Secp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: 'datum' })
    const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet)
    const fee = { amount: [{ denom: 'udatum', amount: '10000' }], gas: '400000' }
    try {
      const submit = await client.signAndBroadcast(
        dev.address,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgSubmitProposal',
            value: {
              content: {
                typeUrl: '/cosmos.gov.v1beta1.TextProposal',
                value: TextProposal.encode({
                  title: 'Signal',
                  description: 'Datum governance works',
                }).finish(),
              },
              initialDeposit: [{ denom: 'udatum', amount: '10000000' }],
              proposer: dev.address,
            },
          },
        ],
        fee,
      )
      expect(submit.code, submit.rawLog).toBe(0)
      const vote = await client.signAndBroadcast(
        dev.address,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgVote',
            value: { proposalId: 1n, voter: dev.address, option: 1 },
          },
        ],
        fee,
      )
      expect(vote.code, vote.rawLog).toBe(0)
      // A vote on a proposal that does not exist: gov 2, registered and readable by CosmJS.
      const late = await client.signAndBroadcast(
        dev.address,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgVote',
            value: { proposalId: 7n, voter: dev.address, option: 1 },
          },
        ],
        fee,
      )
      expect([late.code, late.rawLog]).toEqual([2, expect.stringMatching(/unknown proposal/)])
    } finally {
      client.disconnect()
    }

    const comet = await Comet38Client.connect(rpcUrl)
    try {
      const q = QueryClient.withExtensions(comet, setupGovExtension)
      const p = await q.gov.proposal(1)
      expect(p.proposal.status).toBe(2)
      expect(TextProposal.decode(p.proposal.content!.value).title).toBe('Signal')
      const v = await q.gov.vote(1, dev.address)
      expect(v.vote.options[0]!.option).toBe(1)
    } finally {
      comet.disconnect()
    }

    const v1 = await get('/cosmos/gov/v1/proposals/1')
    expect(v1.status).toBe(200)
    expect(v1.body.proposal).toMatchObject({
      id: '1',
      status: 'PROPOSAL_STATUS_VOTING_PERIOD',
      title: 'Signal',
      total_deposit: [{ denom: 'udatum', amount: '10000000' }],
    })
    expect(v1.body.proposal.messages[0]['@type']).toBe('/cosmos.gov.v1.MsgExecLegacyContent')
    expect(
      (await get('/cosmos/gov/v1beta1/proposals?proposal_status=PROPOSAL_STATUS_VOTING_PERIOD')).body
        .proposals,
    ).toHaveLength(1)
    expect((await get(`/cosmos/gov/v1/proposals/1/votes/${dev.address}`)).body.vote.options).toEqual([
      { option: 'VOTE_OPTION_YES', weight: '1.000000000000000000' },
    ])
    expect((await get('/cosmos/gov/v1/proposals/1/deposits')).body.deposits).toHaveLength(1)
    expect((await get('/cosmos/gov/v1/proposals/0')).status).toBe(400)
    expect((await get('/cosmos/gov/v1/proposals/9')).status).toBe(404)
    const params = (await get('/cosmos/gov/v1/params/voting')).body
    expect(params.params.voting_period).toBe('172800s')
    expect(params.voting_params.voting_period).toBe('172800s')
    expect((await get('/cosmos/upgrade/v1beta1/current_plan')).body).toEqual({})
    expect((await get('/cosmos/upgrade/v1beta1/authority')).body.address).toMatch(/^datum1/)
    const consensus = (await get('/cosmos/consensus/v1/params')).body
    expect(consensus.params.block.max_gas).toMatch(/^-?\d+$/)
    expect(consensus.params.evidence.max_age_duration).toBe('172800s')
  })
})
