// Governance end to end on a real single-validator node (consensus, mempool, RPC), tallied by bonded stake.
// The node's own consensus key becomes a staking validator inside the test (MsgCreateValidator from the dev
// account, plus a delegation from a second account), so the tally counts real bonded tokens. Gov runs on its
// default params with every window scaled by one factor (1/8640: 172800 s → 20 s, expedited 86400 s → 10 s):
//  1. an attestation MsgUpdateParams (trust 2 → 3), voted YES by the validator (its delegator's stake is
//     inherited), takes effect in exactly the block whose time first reaches the voting end;
//  2. a proposal nobody votes on fails quorum and, as `burn_vote_quorum` is false by default, its deposit
//     returns to the depositor in that block;
//  3. a MsgCommunityPoolSpend, voted YES, pays its recipient from the community pool; one asking for more
//     than the pool holds passes its vote but fails in execution (FAILED, distribution 9), paying nothing.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { MsgCommunityPoolSpend } from 'cosmjs-types/cosmos/distribution/v1beta1/tx'
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import { QueryProposalRequest, QueryProposalResponse } from 'cosmjs-types/cosmos/gov/v1/query'
import { QueryValidatorsRequest, QueryValidatorsResponse } from 'cosmjs-types/cosmos/staking/v1beta1/query'
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromBech32, GOV_AUTHORITY, toBech32, VALOPER_PREFIX } from '../../modules/sdk/index.js'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import { loadGenesis, saveGenesis } from '../config/genesis.js'
import type { NodeConfig } from '../config/node-config.js'
import { waitForHeight } from '../testing/wait-for-height.js'
import { initHome } from './init-home.js'
import { DatumNode } from './node.js'

// biome-ignore lint/suspicious/noExplicitAny: app_state sections are edited as JSON
type Json = any

const SCALE = 8_640n
const DEPOSIT = 10_000_000n
const FEE = { amount: [{ denom: 'udatum', amount: '10000' }], gas: '600000' }

const POLL = { broadcastPollIntervalMs: 250 }

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let consPubKey: Uint8Array
let dev: { mnemonic: string; address: string }

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

const seconds = (d: { seconds: string }) => BigInt(d.seconds)

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-gov-flow-'))
  // No gentx: the test bonds the node's own consensus key itself, by MsgCreateValidator, so it knows every stake.
  const init = await initHome({ home, devAccount: true, gentx: false, configure: freePorts })
  dev = init.devAccount!
  const genesis = loadGenesis(init.paths.genesisFile)
  const gov = (genesis.appState as Json).gov.params
  for (const k of ['max_deposit_period', 'voting_period', 'expedited_voting_period'])
    gov[k] = { seconds: (seconds(gov[k]) / SCALE).toString(), nanos: 0 }
  saveGenesis(init.paths.genesisFile, genesis)
  consPubKey = genesis.validators[0]!.pubKey
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${(node.rpc.app.server.address() as { port: number }).port}`
  await waitForHeight(node, 1n)
}, 60_000)

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = performance.now() + ms
  for (;;) {
    const v = await probe()
    if (v !== undefined) return v
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

describe('governance on a real node, tallied by bonded stake', () => {
  it('passes a params change at the voting end, refunds a proposal that missed quorum, spends the community pool', async () => {
    const devWallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: 'datum' })
    const delWallet = await DirectSecp256k1HdWallet.generate(24, { prefix: 'datum' })
    const [delegator] = await delWallet.getAccounts()
    const recipient = toBech32(new Uint8Array(20).fill(0x5a))
    const greedy = toBech32(new Uint8Array(20).fill(0x5b))
    const operator = toBech32(fromBech32(dev.address), VALOPER_PREFIX)
    const comet = await Comet38Client.connect(rpcUrl)
    const devClient = await SigningStargateClient.connectWithSigner(rpcUrl, devWallet, POLL)
    const delClient = await SigningStargateClient.connectWithSigner(rpcUrl, delWallet, POLL)
    const query = async <T>(
      path: string,
      data: Uint8Array,
      codec: { decode(b: Uint8Array): T },
      height?: number,
    ): Promise<T> => {
      const r = await comet.abciQuery({ path, data, ...(height ? { height } : {}) })
      expect(r.code, r.log).toBe(0)
      return codec.decode(r.value)
    }
    const balance = async (address: string, height?: number) =>
      BigInt(
        (
          await query(
            '/cosmos.bank.v1beta1.Query/Balance',
            QueryBalanceRequest.encode({ address, denom: 'udatum' }).finish(),
            QueryBalanceResponse,
            height,
          )
        ).balance!.amount,
      )
    const trust = async (height: number) =>
      (
        await query(
          '/datum.attestation.v1.Query/Params',
          A.QueryParamsRequest.encode({}),
          { decode: (b) => A.QueryParamsResponse.decode(b) },
          height,
        )
      ).params!.trust
    const proposal = async (id: bigint) =>
      (
        await query(
          '/cosmos.gov.v1.Query/Proposal',
          QueryProposalRequest.encode({ proposalId: id }).finish(),
          QueryProposalResponse,
        )
      ).proposal!
    const ok = (r: { code: number; rawLog?: string }) => expect(r.code, r.rawLog).toBe(0)
    try {
      // The node's consensus key becomes a staking validator: 10 DATUM self-bond + 20 DATUM delegated.
      ok(
        await devClient.signAndBroadcast(
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
                  value: Ed25519PubKey.encode({ key: consPubKey }).finish(),
                },
                value: { denom: 'udatum', amount: '10000000' },
              },
            },
            {
              typeUrl: '/cosmos.bank.v1beta1.MsgSend',
              value: {
                fromAddress: dev.address,
                toAddress: delegator!.address,
                amount: [{ denom: 'udatum', amount: '100000000' }],
              },
            },
            {
              typeUrl: '/cosmos.distribution.v1beta1.MsgFundCommunityPool',
              value: { depositor: dev.address, amount: [{ denom: 'udatum', amount: '5000000' }] },
            },
          ],
          FEE,
        ),
      )
      ok(
        await delClient.signAndBroadcast(
          delegator!.address,
          [
            {
              typeUrl: '/cosmos.staking.v1beta1.MsgDelegate',
              value: {
                delegatorAddress: delegator!.address,
                validatorAddress: operator,
                amount: { denom: 'udatum', amount: '20000000' },
              },
            },
          ],
          FEE,
        ),
      )
      const bonded = await query(
        '/cosmos.staking.v1beta1.Query/Validators',
        QueryValidatorsRequest.encode({ status: 'BOND_STATUS_BONDED' }).finish(),
        QueryValidatorsResponse,
      )
      expect(bonded.validators.map((v) => [v.operatorAddress, v.status, v.tokens])).toEqual([
        [operator, BondStatus.BOND_STATUS_BONDED, '30000000'],
      ])

      const submit = (
        messages: { typeUrl: string; value: Uint8Array }[],
        proposer: string,
        title: string,
      ) => ({
        typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
        value: {
          messages,
          initialDeposit: [{ denom: 'udatum', amount: DEPOSIT.toString() }],
          proposer,
          metadata: 'ipfs://datum-test',
          title,
          summary: `${title} (test)`,
          expedited: false,
        },
      })
      const height0 = Number((await comet.status()).syncInfo.latestBlockHeight)
      const current = (
        await query('/datum.attestation.v1.Query/Params', A.QueryParamsRequest.encode({}), {
          decode: (b) => A.QueryParamsResponse.decode(b),
        })
      ).params!
      expect(current.trust).toBe(2)
      const trustMsg = {
        typeUrl: '/datum.attestation.v1.MsgUpdateParams',
        value: A.MsgUpdateParams.encode({ authority: GOV_AUTHORITY, params: { ...current, trust: 3 } }),
      }
      const spendMsg = {
        typeUrl: '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend',
        value: MsgCommunityPoolSpend.encode({
          authority: GOV_AUTHORITY,
          recipient,
          amount: [{ denom: 'udatum', amount: '4000000' }],
        }).finish(),
      }
      ok(
        await devClient.signAndBroadcast(
          dev.address,
          [
            submit([trustMsg], dev.address, 'Trust three'),
            submit([spendMsg], dev.address, 'Pay the auditor'),
          ],
          FEE,
        ),
      )
      ok(
        await delClient.signAndBroadcast(delegator!.address, [submit([], delegator!.address, 'Signal')], FEE),
      )
      // More than the pool holds: passes the vote, fails in execution (distribution 9), nothing paid.
      const overspend = {
        typeUrl: spendMsg.typeUrl,
        value: MsgCommunityPoolSpend.encode({
          authority: GOV_AUTHORITY,
          recipient: greedy,
          amount: [{ denom: 'udatum', amount: '1000000000000000' }],
        }).finish(),
      }
      ok(await devClient.signAndBroadcast(dev.address, [submit([overspend], dev.address, 'Too much')], FEE))
      expect((await proposal(1n)).status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD)
      expect((await proposal(3n)).proposer).toBe(delegator!.address)
      ok(
        await devClient.signAndBroadcast(
          dev.address,
          [1n, 2n, 4n].map((proposalId) => ({
            typeUrl: '/cosmos.gov.v1.MsgVote',
            value: { proposalId, voter: dev.address, option: 1, metadata: '' },
          })),
          FEE,
        ),
      )

      const final = await waitFor('all four proposals to close', async () => {
        const ps = await Promise.all([1n, 2n, 3n, 4n].map(proposal))
        return ps.every((p) => p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) ? ps : undefined
      })
      expect(final.map((p) => p.status)).toEqual([
        ProposalStatus.PROPOSAL_STATUS_PASSED,
        ProposalStatus.PROPOSAL_STATUS_PASSED,
        ProposalStatus.PROPOSAL_STATUS_REJECTED,
        ProposalStatus.PROPOSAL_STATUS_FAILED,
      ])
      expect(final[3]!.failedReason).toMatch(/community pool does not have sufficient coins/)
      // The validator's vote carried its own 10 DATUM and its silent delegator's 20 DATUM.
      expect(final[0]!.finalTallyResult).toEqual({
        yesCount: '30000000',
        abstainCount: '0',
        noCount: '0',
        noWithVetoCount: '0',
      })
      expect(final[2]!.finalTallyResult!.yesCount).toBe('0')

      // The block where each proposal closed: its end-block emitted `active_proposal` for it.
      const top = Number((await comet.status()).syncInfo.latestBlockHeight)
      const closedAt = new Map<string, { height: number; result: string }>()
      for (let h = height0; h <= top; h++) {
        for (const e of (await comet.blockResults(h)).finalizeBlockEvents) {
          if (e.type !== 'active_proposal') continue
          const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value ?? ''
          closedAt.set(attr('proposal_id'), { height: h, result: attr('proposal_result') })
        }
      }
      expect([...closedAt.keys()].sort()).toEqual(['1', '2', '3', '4'])
      expect(closedAt.get('4')!.result).toBe('proposal_failed')
      expect(closedAt.get('1')!.result).toBe('proposal_passed')
      expect(closedAt.get('3')!.result).toBe('proposal_rejected')
      const time = async (h: number) => (await comet.block(h)).block.header.time.getTime()
      for (const [id, p] of [
        ['1', final[0]!],
        ['3', final[2]!],
      ] as const) {
        const h = closedAt.get(id)!.height
        const end = Number(p.votingEndTime!.seconds) * 1000 + Math.floor(p.votingEndTime!.nanos / 1e6)
        // closed in the first block whose time reached the voting end, not one block early or late
        expect(await time(h)).toBeGreaterThanOrEqual(end)
        expect(await time(h - 1)).toBeLessThan(end)
      }
      const passedAt = closedAt.get('1')!.height
      expect(await trust(passedAt - 1)).toBe(2)
      expect(await trust(passedAt)).toBe(3)

      // Missed quorum: the deposit returns to its depositor in the closing block (nothing else moved it).
      const rejectedAt = closedAt.get('3')!.height
      expect(
        (await balance(delegator!.address, rejectedAt)) - (await balance(delegator!.address, rejectedAt - 1)),
      ).toBe(DEPOSIT)
      const spentAt = closedAt.get('2')!.height
      expect(await balance(recipient, spentAt - 1)).toBe(0n)
      expect(await balance(recipient, spentAt)).toBe(4_000_000n)
      expect(await balance(greedy)).toBe(0n)
      // Deposits of closed proposals are all gone from the gov account (refunded, none burned).
      expect(await balance(GOV_AUTHORITY)).toBe(0n)
    } finally {
      devClient.disconnect()
      delClient.disconnect()
      comet.disconnect()
    }
  }, 120_000)
})
