// The proposal file takes every Msg the node routes, in simd's proto JSON ("@type", snake_case, durations as
// "1814400s", LegacyDecs as "0.05"), and the bytes it makes are what the node's own Msg definitions decode and
// validate. Unknown types and fields exit 2 with the place named.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GOV_AUTHORITY } from '../../modules/sdk/index.js'
import type { MsgDefinition } from '../../modules/sdk/module.js'
import { buildModules } from '../../node/daemon/app-wiring.js'
import { messageFromJson, proposalMsgTypeUrls } from './proposal-msgs.js'
import { runCli } from './test-cli.js'

// biome-ignore lint/suspicious/noExplicitAny: decoded messages are inspected field by field
type Json = any

function nodeRoutes(): Map<string, MsgDefinition> {
  const defs = new Map<string, MsgDefinition>()
  for (const m of buildModules().modules)
    m.registerServices({ msg: (d) => defs.set(d.typeUrl, d as MsgDefinition), query: () => {} })
  return defs
}

const routes = nodeRoutes()

/** What the node makes of the proposal file's message: decoded and checked by its own definition. */
function onNode(json: Record<string, unknown>): Json {
  const any = messageFromJson(json, 0)
  const def = routes.get(any.typeUrl)!
  const msg = def.decode(any.value)
  def.validateBasic(msg)
  expect(def.signers(msg)).toEqual([GOV_AUTHORITY])
  return msg
}

describe('proposal file messages', () => {
  it('knows exactly the Msgs the node routes', () => {
    expect(proposalMsgTypeUrls()).toEqual([...routes.keys()].sort())
  })

  it('auth, bank, distribution, staking, slashing, mint and consensus MsgUpdateParams in simd proto JSON', () => {
    expect(
      onNode({
        '@type': '/cosmos.auth.v1beta1.MsgUpdateParams',
        authority: GOV_AUTHORITY,
        params: {
          max_memo_characters: '512',
          tx_sig_limit: '7',
          tx_size_cost_per_byte: '10',
          sig_verify_cost_ed25519: '590',
          sig_verify_cost_secp256k1: '1000',
        },
      }).params.maxMemoCharacters,
    ).toBe(512n)
    expect(() =>
      onNode({
        '@type': '/cosmos.auth.v1beta1.MsgUpdateParams',
        authority: GOV_AUTHORITY,
        params: { max_memo_characters: '0' },
      }),
    ).toThrow(/invalid params: invalid maxMemoCharacters: 0/)
    expect(
      onNode({
        '@type': '/cosmos.bank.v1beta1.MsgUpdateParams',
        authority: GOV_AUTHORITY,
        params: { send_enabled: [], default_send_enabled: false },
      }).params.defaultSendEnabled,
    ).toBe(false)
    const staking = onNode({
      '@type': '/cosmos.staking.v1beta1.MsgUpdateParams',
      authority: GOV_AUTHORITY,
      params: {
        unbonding_time: '1814400s',
        max_validators: 50,
        max_entries: 7,
        historical_entries: 10000,
        bond_denom: 'udatum',
        min_commission_rate: '0.050000000000000000',
      },
    }).params
    expect([staking.unbondingTime.seconds, staking.maxValidators, staking.minCommissionRate]).toEqual([
      1_814_400n,
      50,
      '50000000000000000',
    ])
    const slashing = onNode({
      '@type': '/cosmos.slashing.v1beta1.MsgUpdateParams',
      authority: GOV_AUTHORITY,
      params: {
        signed_blocks_window: '100',
        min_signed_per_window: '0.5',
        downtime_jail_duration: '600.5s',
        slash_fraction_double_sign: '0.05',
        slash_fraction_downtime: '0.0001',
      },
    }).params
    expect(Buffer.from(slashing.minSignedPerWindow).toString()).toBe('500000000000000000')
    expect(slashing.downtimeJailDuration).toEqual({ seconds: 600n, nanos: 500_000_000 })
    expect(
      onNode({
        '@type': '/cosmos.distribution.v1beta1.MsgUpdateParams',
        authority: GOV_AUTHORITY,
        params: {
          community_tax: '0.02',
          base_proposer_reward: '0',
          bonus_proposer_reward: '0',
          withdraw_addr_enabled: true,
        },
      }).params.communityTax,
    ).toBe('20000000000000000')
    expect(
      onNode({
        '@type': '/cosmos.mint.v1beta1.MsgUpdateParams',
        authority: GOV_AUTHORITY,
        params: {
          mint_denom: 'udatum',
          inflation_rate_change: '0.13',
          inflation_max: '0.2',
          inflation_min: '0.07',
          goal_bonded: '0.67',
          blocks_per_year: '6311520',
        },
      }).params.goalBonded,
    ).toBe('670000000000000000')
    const consensus = onNode({
      '@type': '/cosmos.consensus.v1.MsgUpdateParams',
      authority: GOV_AUTHORITY,
      block: { max_bytes: '4194304', max_gas: '200000000' },
      evidence: { max_age_num_blocks: '100000', max_age_duration: '172800s', max_bytes: '1048576' },
      validator: { pub_key_types: ['ed25519'] },
    })
    expect([consensus.block.maxGas, consensus.evidence.maxAgeDuration.seconds]).toEqual([
      200_000_000n,
      172_800n,
    ])
  })

  it('community-pool spend, software upgrade and cancel, gov params, legacy text content', () => {
    const recipient = 'datum1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt5w2hf'
    const spend = onNode({
      '@type': '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend',
      authority: GOV_AUTHORITY,
      recipient,
      amount: [{ denom: 'udatum', amount: '4000000' }],
    })
    expect([spend.recipient, spend.amount]).toEqual([recipient, [{ denom: 'udatum', amount: '4000000' }]])
    const up = onNode({
      '@type': '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade',
      authority: GOV_AUTHORITY,
      plan: { name: 'v2', height: '1000', info: '{"binaries":{}}' },
    })
    expect([up.plan.name, up.plan.height]).toEqual(['v2', 1000n])
    onNode({ '@type': '/cosmos.upgrade.v1beta1.MsgCancelUpgrade', authority: GOV_AUTHORITY })
    const gov = onNode({
      '@type': '/cosmos.gov.v1.MsgUpdateParams',
      authority: GOV_AUTHORITY,
      params: {
        min_deposit: [{ denom: 'udatum', amount: '10000000' }],
        max_deposit_period: '172800s',
        voting_period: '86400s',
        quorum: '0.334',
        threshold: '0.5',
        veto_threshold: '0.334',
        min_initial_deposit_ratio: '0',
        proposal_cancel_ratio: '0.5',
        proposal_cancel_dest: '',
        expedited_voting_period: '43200s',
        expedited_threshold: '0.667',
        expedited_min_deposit: [{ denom: 'udatum', amount: '50000000' }],
        burn_vote_quorum: false,
        burn_proposal_deposit_prevote: false,
        burn_vote_veto: true,
        min_deposit_ratio: '0.01',
      },
    }).params
    expect([gov.votingPeriod.seconds, gov.expeditedVotingPeriod.seconds]).toEqual([86_400n, 43_200n])
    const legacy = onNode({
      '@type': '/cosmos.gov.v1.MsgExecLegacyContent',
      authority: GOV_AUTHORITY,
      content: { '@type': '/cosmos.gov.v1beta1.TextProposal', title: 'Hi', description: 'Text' },
    })
    expect(legacy.content.typeUrl).toBe('/cosmos.gov.v1beta1.TextProposal')
  })

  it('names unknown types and fields, bad durations and decimals; the CLI exits 2 before any key or node', async () => {
    expect(() => messageFromJson({ '@type': '/cosmos.nft.v1beta1.MsgSend' }, 0)).toThrow(
      /messages\[0\]: unknown message type \/cosmos\.nft\.v1beta1\.MsgSend; a proposal can carry: .*\/cosmos\.bank\.v1beta1\.MsgUpdateParams/,
    )
    expect(() =>
      messageFromJson(
        {
          '@type': '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend',
          authority: GOV_AUTHORITY,
          recipent: 'x',
        },
        2,
      ),
    ).toThrow(
      /messages\[2\] \(\/cosmos\.distribution\.v1beta1\.MsgCommunityPoolSpend\): unknown field "recipent"/,
    )
    expect(() =>
      messageFromJson(
        {
          '@type': '/cosmos.staking.v1beta1.MsgUpdateParams',
          authority: GOV_AUTHORITY,
          params: { unbonding_time: '3 weeks' },
        },
        0,
      ),
    ).toThrow(/params\.unbonding_time: invalid duration "3 weeks"/)
    expect(() =>
      messageFromJson(
        {
          '@type': '/cosmos.staking.v1beta1.MsgUpdateParams',
          authority: GOV_AUTHORITY,
          params: { min_commission_rate: '5%' },
        },
        0,
      ),
    ).toThrow(/params\.min_commission_rate: invalid decimal/)
    expect(() => messageFromJson({ '@type': '/cosmos.gov.v1beta1.TextProposal', title: 'x' }, 0)).toThrow(
      /not a Msg; wrap legacy content in \/cosmos\.gov\.v1\.MsgExecLegacyContent/,
    )
    const file = join(mkdtempSync(join(tmpdir(), 'proposal-msgs-')), 'p.json')
    writeFileSync(
      file,
      JSON.stringify({ messages: [{ '@type': '/cosmos.nft.v1beta1.MsgSend' }], title: 't', summary: 's' }),
    )
    const r = await runCli(
      'tx',
      'gov',
      'submit-proposal',
      file,
      '--from',
      'alice',
      '--node',
      'http://127.0.0.1:1',
    )
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown message type \/cosmos\.nft\.v1beta1\.MsgSend/)
  })
})
