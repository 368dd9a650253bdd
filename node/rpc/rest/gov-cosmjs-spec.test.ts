// Our own version of the upstream CosmJS gov specs (packages/stargate/src/modules/gov/queries.spec.ts and
// messages.spec.ts, which run against simapp), against a real single-validator Datum node with unmodified
// CosmJS: v1beta1 TextProposals submitted with DIRECT and with AMINO signing, a deposit that opens the voting
// period, votes and a weighted vote from two delegators, then every call of the gov query extension
// (params deposit/tallying/voting, proposals with status/depositor/voter filters, proposal, deposits,
// deposit, tally, votes, vote) answering with the shapes and values simapp gives upstream, at the default
// gov params (min deposit 10 DATUM, 48 h periods, quorum 0.334, threshold 0.5, veto 0.334).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeCosmoshubPath, Secp256k1HdWallet } from '@cosmjs/amino'
import { fromBech32, toAscii } from '@cosmjs/encoding'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import {
  type DeliverTxResponse,
  QueryClient,
  SigningStargateClient,
  setupGovExtension,
  setupStakingExtension,
} from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { ProposalStatus, TextProposal, VoteOption } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NodeConfig } from '../../config/node-config.js'
import { initHome } from '../../daemon/init-home.js'
import { DatumNode } from '../../daemon/node.js'
import { waitForHeight } from '../../testing/wait-for-height.js'

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

const fee = { amount: [{ denom: 'udatum', amount: '20000' }], gas: '600000' }
const udatum = (n: bigint | number) => [{ denom: 'udatum', amount: `${n}` }]
const textProposal = (title: string) =>
  TextProposal.fromPartial({
    title,
    description: 'This proposal proposes to test whether this proposal passes',
  })
const content = (title: string) => ({
  typeUrl: '/cosmos.gov.v1beta1.TextProposal',
  value: TextProposal.encode(textProposal(title)).finish(),
})
const MIN_DEPOSIT = udatum(10_000_000)
const delegation1 = 424_242n
const delegation2 = 777n
const ONE = '1000000000000000000'
const anyTime = { seconds: expect.any(BigInt), nanos: expect.any(Number) }

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let voter1: string
let voter2: string
let proposal1: bigint
let proposal2: bigint
let gov: ReturnType<typeof setupGovExtension>['gov']
let comet: Comet38Client | undefined
let directWallet: DirectSecp256k1HdWallet
let aminoWallet: Secp256k1HdWallet

function ok(r: DeliverTxResponse): DeliverTxResponse {
  expect(r.code, r.rawLog).toBe(0)
  return r
}

/** As upstream: the proposal id from the `submit_proposal` event's `proposal_id` attribute. */
const proposalIdOf = (r: DeliverTxResponse): bigint =>
  BigInt(
    r.events.find((e) => e.type === 'submit_proposal')!.attributes.find((a) => a.key === 'proposal_id')!
      .value,
  )

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-gov-cosmjs-'))
  const init = await initHome({ home, devAccount: true, configure: freePorts })
  const mnemonic = init.devAccount!.mnemonic
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${(node.rpc.app.server.address() as { port: number }).port}`
  await waitForHeight(node, 1n)

  const hdPaths = [makeCosmoshubPath(0), makeCosmoshubPath(1)]
  const direct = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum', hdPaths })
  const amino = await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum', hdPaths })
  directWallet = direct
  aminoWallet = amino
  ;[voter1, voter2] = (await direct.getAccounts()).map((a) => a.address) as [string, string]
  expect(voter1).toBe(init.devAccount!.address)
  const d = await SigningStargateClient.connectWithSigner(rpcUrl, direct)
  const a = await SigningStargateClient.connectWithSigner(rpcUrl, amino)
  comet = await Comet38Client.connect(rpcUrl)
  const q = QueryClient.withExtensions(comet, setupGovExtension, setupStakingExtension)
  gov = q.gov
  try {
    ok(await d.sendTokens(voter1, voter2, udatum(50_000_000), fee))
    const [validator] = (await q.staking.validators('BOND_STATUS_BONDED')).validators
    const val = validator!.operatorAddress
    ok(await d.delegateTokens(voter1, val, udatum(delegation1)[0]!, fee))
    ok(await a.delegateTokens(voter2, val, udatum(delegation2)[0]!, fee))

    // DIRECT: the full minimum deposit opens the voting period at once.
    const submit1 = ok(
      await d.signAndBroadcast(
        voter1,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgSubmitProposal',
            value: { content: content('Test Proposal'), proposer: voter1, initialDeposit: MIN_DEPOSIT },
          },
        ],
        fee,
        'Test proposal for datumd',
      ),
    )
    proposal1 = proposalIdOf(submit1)
    // AMINO: half the minimum deposit stays in the deposit period until voter2's MsgDeposit (amino too).
    const submit2 = ok(
      await a.signAndBroadcast(
        voter1,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgSubmitProposal',
            value: {
              content: content('Amino Proposal'),
              proposer: voter1,
              initialDeposit: udatum(5_000_000),
            },
          },
        ],
        fee,
      ),
    )
    proposal2 = proposalIdOf(submit2)
    expect((await gov.proposal(`${proposal2}`)).proposal.status).toBe(
      ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
    )
    ok(
      await a.signAndBroadcast(
        voter2,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgDeposit',
            value: { proposalId: proposal2, depositor: voter2, amount: udatum(5_000_000) },
          },
        ],
        fee,
      ),
    )

    // Votes on proposal 1 as upstream (voter1 YES, voter2 NO_WITH_VETO), one DIRECT and one AMINO.
    ok(
      await d.signAndBroadcast(
        voter1,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgVote',
            value: { proposalId: proposal1, voter: voter1, option: VoteOption.VOTE_OPTION_YES },
          },
        ],
        fee,
      ),
    )
    ok(
      await a.signAndBroadcast(
        voter2,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgVote',
            value: { proposalId: proposal1, voter: voter2, option: VoteOption.VOTE_OPTION_NO_WITH_VETO },
          },
        ],
        fee,
      ),
    )
    // Weighted votes on proposal 2 (messages.spec's MsgVoteWeighted): AMINO by voter1, DIRECT by voter2.
    ok(
      await a.signAndBroadcast(
        voter1,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgVoteWeighted',
            value: {
              proposalId: proposal2,
              voter: voter1,
              options: [
                { option: VoteOption.VOTE_OPTION_YES, weight: '700000000000000000' },
                { option: VoteOption.VOTE_OPTION_NO, weight: '300000000000000000' },
              ],
            },
          },
        ],
        fee,
      ),
    )
    ok(
      await d.signAndBroadcast(
        voter2,
        [
          {
            typeUrl: '/cosmos.gov.v1beta1.MsgVoteWeighted',
            value: {
              proposalId: proposal2,
              voter: voter2,
              options: [
                { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: '500000000000000000' },
                { option: VoteOption.VOTE_OPTION_NO_WITH_VETO, weight: '500000000000000000' },
              ],
            },
          },
        ],
        fee,
      ),
    )
  } finally {
    d.disconnect()
    a.disconnect()
  }
}, 120_000)

afterAll(async () => {
  comet?.disconnect()
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

const expectedProposal = (id: bigint, title: string, totalDeposit: { denom: string; amount: string }[]) => ({
  content: {
    typeUrl: '/cosmos.gov.v1beta1.TextProposal',
    value: TextProposal.encode(textProposal(title)).finish(),
  },
  proposalId: id,
  status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD,
  finalTallyResult: { yes: '0', abstain: '0', no: '0', noWithVeto: '0' },
  submitTime: anyTime,
  depositEndTime: anyTime,
  totalDeposit,
  votingStartTime: anyTime,
  votingEndTime: anyTime,
})

describe('the CosmJS gov query extension against datumd (upstream queries.spec)', () => {
  it('params: deposit, tallying (Dec atomics as bytes, as simapp), voting', async () => {
    expect(await gov.params('deposit')).toEqual(
      expect.objectContaining({
        depositParams: { minDeposit: MIN_DEPOSIT, maxDepositPeriod: { seconds: 172_800n, nanos: 0 } },
      }),
    )
    expect(await gov.params('tallying')).toEqual(
      expect.objectContaining({
        tallyParams: {
          quorum: toAscii('334000000000000000'),
          threshold: toAscii('500000000000000000'),
          vetoThreshold: toAscii('334000000000000000'),
        },
      }),
    )
    expect(await gov.params('voting')).toEqual(
      expect.objectContaining({ votingParams: { votingPeriod: { seconds: 172_800n, nanos: 0 } } }),
    )
  })

  it('proposals by status, depositor and voter; proposal', async () => {
    const both = await gov.proposals(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, '', '')
    expect(both.proposals.map((p) => p.proposalId)).toEqual([proposal1, proposal2])
    const byVoter1 = await gov.proposals(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, voter1, voter1)
    expect(byVoter1.proposals).toEqual([
      expectedProposal(proposal1, 'Test Proposal', MIN_DEPOSIT),
      expectedProposal(proposal2, 'Amino Proposal', MIN_DEPOSIT),
    ])
    // voter2 deposited only on proposal 2
    const byDepositor2 = await gov.proposals(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, voter2, '')
    expect(byDepositor2.proposals.map((p) => p.proposalId)).toEqual([proposal2])
    expect((await gov.proposals(ProposalStatus.PROPOSAL_STATUS_PASSED, '', '')).proposals).toEqual([])
    expect((await gov.proposal(`${proposal1}`)).proposal).toEqual(
      expectedProposal(proposal1, 'Test Proposal', MIN_DEPOSIT),
    )
  })

  it('deposits and deposit', async () => {
    expect((await gov.deposits(`${proposal1}`)).deposits).toEqual([
      { proposalId: proposal1, depositor: voter1, amount: MIN_DEPOSIT },
    ])
    const d2 = (await gov.deposits(`${proposal2}`)).deposits
    expect(d2).toHaveLength(2)
    expect(d2).toEqual(
      expect.arrayContaining([
        { proposalId: proposal2, depositor: voter1, amount: udatum(5_000_000) },
        { proposalId: proposal2, depositor: voter2, amount: udatum(5_000_000) },
      ]),
    )
    expect((await gov.deposit(`${proposal1}`, voter1)).deposit).toEqual({
      proposalId: proposal1,
      depositor: voter1,
      amount: MIN_DEPOSIT,
    })
  })

  it('tally: each voter weighs its delegation (the validator did not vote)', async () => {
    expect((await gov.tally(`${proposal1}`)).tally).toEqual({
      yes: `${delegation1}`,
      abstain: '0',
      no: '0',
      noWithVeto: `${delegation2}`,
    })
    // weighted: 424242 × 0.7 = 296969.4, × 0.3 = 127272.6; 777 × 0.5 = 388.5 (Dec sums, truncated at the end)
    expect((await gov.tally(`${proposal2}`)).tally).toEqual({
      yes: '296969',
      abstain: '388',
      no: '127272',
      noWithVeto: '388',
    })
  })

  it('votes (in voter address byte order, as the SDK store iterates) and vote', async () => {
    const order = [voter1, voter2].sort((x, y) => Buffer.compare(bech32Bytes(x), bech32Bytes(y)))
    const single = (voter: string, option: VoteOption) => ({
      proposalId: proposal1,
      voter,
      option: VoteOption.VOTE_OPTION_UNSPECIFIED,
      options: [{ option, weight: ONE }],
    })
    const opts = { [voter1]: VoteOption.VOTE_OPTION_YES, [voter2]: VoteOption.VOTE_OPTION_NO_WITH_VETO }
    expect((await gov.votes(`${proposal1}`)).votes).toEqual(order.map((v) => single(v, opts[v]!)))
    expect((await gov.vote(`${proposal1}`, voter1)).vote).toEqual(single(voter1, VoteOption.VOTE_OPTION_YES))
    expect((await gov.vote(`${proposal2}`, voter2)).vote).toEqual({
      proposalId: proposal2,
      voter: voter2,
      option: VoteOption.VOTE_OPTION_UNSPECIFIED,
      options: [
        { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: '500000000000000000' },
        { option: VoteOption.VOTE_OPTION_NO_WITH_VETO, weight: '500000000000000000' },
      ],
    })
  })
})

describe('re-voting with CosmJS (upstream messages.spec): each vote replaces the last', () => {
  const weighted = [
    { option: VoteOption.VOTE_OPTION_YES, weight: '700000000000000000' },
    { option: VoteOption.VOTE_OPTION_NO, weight: '200000000000000000' },
    { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: '100000000000000000' },
  ]
  const vote = { typeUrl: '/cosmos.gov.v1beta1.MsgVote', value: {} }
  it.each([
    ['DIRECT', () => directWallet],
    ['AMINO', () => aminoWallet],
  ] as const)('MsgVote then MsgVoteWeighted (0.7/0.2/0.1), %s', async (_mode, wallet) => {
    const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet())
    try {
      ok(
        await client.signAndBroadcast(
          voter1,
          [
            {
              ...vote,
              value: { proposalId: proposal1, voter: voter1, option: VoteOption.VOTE_OPTION_NO },
            },
          ],
          fee,
        ),
      )
      expect((await gov.vote(`${proposal1}`, voter1)).vote.options).toEqual([
        { option: VoteOption.VOTE_OPTION_NO, weight: ONE },
      ])
      ok(
        await client.signAndBroadcast(
          voter1,
          [
            {
              typeUrl: '/cosmos.gov.v1beta1.MsgVoteWeighted',
              value: { proposalId: proposal1, voter: voter1, options: weighted },
            },
          ],
          fee,
        ),
      )
    } finally {
      client.disconnect()
    }
    expect((await gov.vote(`${proposal1}`, voter1)).vote.options).toEqual(weighted)
    // 424242 × 0.7 = 296969.4, × 0.2 = 84848.4, × 0.1 = 42424.2; voter2's 777 stays on NO_WITH_VETO
    expect((await gov.tally(`${proposal1}`)).tally).toEqual({
      yes: '296969',
      abstain: '42424',
      no: '84848',
      noWithVeto: '777',
    })
  })
})

function bech32Bytes(address: string): Buffer {
  return Buffer.from(fromBech32(address).data)
}
