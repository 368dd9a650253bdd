// Issue 15 on a 4-validator `npm run testnet` network, driven through the `datum` CLI as operators would.
// Gov runs on its default params with every window divided by one factor (2880: deposit and voting periods
// 172800 s → 60 s). The validators are gentx validators of 10 DATUM each; the dev account delegates 20 DATUM to
// validator0, so bonded stake is 60 DATUM and validator0 (voting for its silent delegator) holds half of it.
// One network run, four proposals submitted from proposal files (proto JSON, as simd takes them):
//  (a) an attestation MsgUpdateParams (trust +1): validator0 YES (30), validators 1 and 2 NO (20), validator3
//      ABSTAIN (10). One validator against two, yet it passes, since 30 / (60 − 10) > 0.5 by stake; the new
//      trust holds from exactly the block whose time reaches the voting end;
//  (b) a text proposal nobody votes on misses quorum; as burn_vote_quorum is false by default, its deposit
//      returns to the depositor in the closing block;
//  (c) a MsgCommunityPoolSpend, voted YES by validator0, pays its recipient from the pool in its closing block;
//  (d) a proposal withdrawn by `tx gov cancel-proposal`: half its deposit burned (proposal_cancel_ratio 0.5).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import {
  QueryBalanceRequest,
  QueryBalanceResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
} from 'cosmjs-types/cosmos/bank/v1beta1/query'
import {
  QuerySigningInfosRequest,
  QuerySigningInfosResponse,
} from 'cosmjs-types/cosmos/slashing/v1beta1/query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../client/cli/test-cli.js'
import { GOV_AUTHORITY } from '../../modules/sdk/index.js'
import { homeKeyringFile } from '../../node/daemon/gentx.js'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import { LocalTestnet } from '../runner/testnet.js'

// biome-ignore lint/suspicious/noExplicitAny: CLI output and genesis sections are raw JSON
type Json = any

const SCALE = 2_880n
const DEPOSIT = 10_000_000n
const SPEND = 4_000_000n

async function ok(...argv: string[]): Promise<Json> {
  const r = await runCli(...argv)
  expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0)
  return JSON.parse(r.out)
}

describe('governance on a 4-validator testnet', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({
      validators: 4,
      blockTimeMs: 500,
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

  it('passes a params change by stake, refunds a quorum miss, pays a pool spend, burns half a cancelled deposit', async () => {
    const url = net.node(0).rpcUrl
    const n = ['--node', url]
    const kr = ['--keyring-file', join(net.dir, 'e2e-keyring.json')]
    const mnemonicFile = join(net.dir, 'dev.mnemonic')
    writeFileSync(mnemonicFile, `${net.mnemonic}\n`)
    await ok('keys', 'add', 'dev', '--mnemonic-file', mnemonicFile, ...kr)
    const asDev = ['--from', 'dev', ...kr, ...n]
    const asValidator = (i: number) => [
      '--from',
      'validator',
      '--keyring-file',
      homeKeyringFile(net.node(i).home),
      ...n,
    ]
    const recipient = (await ok('keys', 'add', 'auditor-fund', ...kr)).address as string
    const comet = await Comet38Client.connect(url)
    try {
      const query = async <T>(
        path: string,
        data: Uint8Array,
        codec: { decode(b: Uint8Array): T },
        height?: number,
      ) => {
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
      const trustAt = async (height: number) =>
        (
          await query(
            '/datum.attestation.v1.Query/Params',
            A.QueryParamsRequest.encode({}),
            { decode: (b) => A.QueryParamsResponse.decode(b) },
            height,
          )
        ).params!.trust

      const bonded = (await ok('query', 'staking', 'validators', '--status', 'bonded', ...n)).validators
      const operator0 = bonded.find((v: Json) => v.description.moniker === 'validator0').operator_address
      await ok('tx', 'staking', 'delegate', operator0, '20000000udatum', ...asDev)
      await ok('tx', 'distribution', 'fund-community-pool', '5000000udatum', ...asDev)

      const params = (await ok('query', 'attestation', 'params', ...n)).params
      const trust0 = Number(params.trust)
      const file = (name: string, body: Json) => {
        const path = join(net.dir, `${name}.json`)
        writeFileSync(
          path,
          JSON.stringify({ metadata: 'ipfs://datum-e2e', deposit: `${DEPOSIT}udatum`, ...body }),
        )
        return path
      }
      const submit = async (path: string, from = asDev) =>
        BigInt((await ok('tx', 'gov', 'submit-proposal', path, ...from)).response.proposal_id)
      const height0 = Number((await comet.status()).syncInfo.latestBlockHeight)
      const trustId = await submit(
        file('trust', {
          title: 'Trust one more',
          summary: 'attestation trust + 1',
          messages: [
            {
              '@type': '/datum.attestation.v1.MsgUpdateParams',
              authority: GOV_AUTHORITY,
              params: { ...params, trust: trust0 + 1 },
            },
          ],
        }),
      )
      // Proposal 1's votes go in at once, from four accounts in parallel, so a slow machine cannot push one past
      // its (scaled) voting period; validator3 first submits proposal 2 from its operator account, whose
      // balance nothing else moves while it waits, then abstains.
      let quietId = 0n
      await Promise.all([
        ok('tx', 'gov', 'vote', '1', 'yes', ...asValidator(0)),
        ok('tx', 'gov', 'vote', '1', 'no', ...asValidator(1)),
        ok('tx', 'gov', 'vote', '1', 'no', ...asValidator(2)),
        (async () => {
          quietId = await submit(
            file('quiet', { title: 'Signal', summary: 'nobody votes', messages: [] }),
            asValidator(3),
          )
          await ok('tx', 'gov', 'vote', '1', 'abstain', ...asValidator(3))
        })(),
      ])
      const spendId = await submit(
        file('spend', {
          title: 'Fund the auditors',
          summary: 'community-pool spend',
          messages: [
            {
              '@type': '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend',
              authority: GOV_AUTHORITY,
              recipient,
              amount: [{ denom: 'udatum', amount: `${SPEND}` }],
            },
          ],
        }),
      )
      const cancelId = await submit(file('oops', { title: 'Oops', summary: 'withdrawn', messages: [] }))
      expect([trustId, quietId, spendId, cancelId]).toEqual([1n, 2n, 3n, 4n])

      await ok('tx', 'gov', 'vote', '3', 'yes', ...asValidator(0))
      // (d) cancel: only the proposer may (gov 18), then half the deposit comes back and half is burned.
      const stranger = await runCli('tx', 'gov', 'cancel-proposal', '4', ...asValidator(1))
      expect(stranger.code).toBe(1)
      expect(stranger.err).toMatch(/invalid proposer/)
      const cancelled = await ok('tx', 'gov', 'cancel-proposal', '4', ...asDev)
      expect(cancelled.response.proposal_id).toBe('4')
      const missing = await runCli('query', 'gov', 'proposal', '4', ...n)
      expect(missing.code).toBe(1)

      const final = await waitForClose(net, n, [1n, 2n, 3n])
      expect(final.map((p: Json) => p.status)).toEqual([
        'PROPOSAL_STATUS_PASSED',
        'PROPOSAL_STATUS_REJECTED',
        'PROPOSAL_STATUS_PASSED',
      ])
      // By stake: validator0 carries its delegator's 20 DATUM; 30 yes, 20 no, 10 abstain.
      // A tally short of a voter says why: each validator's status and liveness record at the close.
      const closing = await Promise.all([
        ok('query', 'staking', 'validators', ...n),
        query(
          '/cosmos.slashing.v1beta1.Query/SigningInfos',
          QuerySigningInfosRequest.encode({}).finish(),
          QuerySigningInfosResponse,
        ),
      ])
      const why = JSON.stringify({
        validators: closing[0].validators.map((v: Json) => [
          v.description.moniker,
          v.status,
          v.jailed,
          v.tokens,
        ]),
        liveness: closing[1].info.map((i) => [i.address, `${i.startHeight}`, `${i.missedBlocksCounter}`]),
        height: (await comet.status()).syncInfo.latestBlockHeight,
      })
      const tally = field(final[0], 'final_tally_result')
      expect(
        ['yes_count', 'no_count', 'abstain_count', 'no_with_veto_count'].map((k) => String(field(tally, k))),
        why,
      ).toEqual(['30000000', '20000000', '10000000', '0'])

      // The closing block of each: its end-block emitted `active_proposal` for it.
      const top = Number((await comet.status()).syncInfo.latestBlockHeight)
      const closedAt = new Map<string, number>()
      let cancelHeight = 0
      const minted = new Map<number, bigint>()
      for (let h = height0; h <= top; h++) {
        const r = await comet.blockResults(h)
        for (const e of r.finalizeBlockEvents) {
          const attr = (k: string) => e.attributes.find((x) => x.key === k)?.value ?? ''
          if (e.type === 'active_proposal') closedAt.set(attr('proposal_id'), h)
          if (e.type === 'mint') minted.set(h, BigInt(attr('amount') || '0'))
        }
        for (const t of r.results) if (t.events.some((e) => e.type === 'cancel_proposal')) cancelHeight = h
      }
      const time = async (h: number) => (await comet.block(h)).block.header.time.getTime()
      const endOf = (p: Json) => new Date(field(p, 'voting_end_time')).getTime()
      for (const [id, p] of [
        ['1', final[0]],
        ['2', final[1]],
        ['3', final[2]],
      ] as const) {
        const h = closedAt.get(id)!
        expect(h, `proposal ${id} closed`).toBeGreaterThan(0)
        expect(await time(h)).toBeGreaterThanOrEqual(endOf(p))
        expect(await time(h - 1)).toBeLessThan(endOf(p))
      }
      // (a) in force from exactly its closing block, on every validator.
      const passedAt = closedAt.get('1')!
      expect(await trustAt(passedAt - 1)).toBe(trust0)
      expect(await trustAt(passedAt)).toBe(trust0 + 1)
      for (const i of [1, 2, 3]) {
        const p = (await ok('query', 'attestation', 'params', '--node', net.node(i).rpcUrl)).params
        expect(Number(p.trust)).toBe(trust0 + 1)
      }
      // (b) the deposit came back to its depositor in the closing block (the only change to it there).
      const rejectedAt = closedAt.get('2')!
      const v3 = (await ok('keys', 'show', 'validator', '--keyring-file', homeKeyringFile(net.node(3).home)))
        .address as string
      expect((await balance(v3, rejectedAt)) - (await balance(v3, rejectedAt - 1))).toBe(DEPOSIT)
      // (c) paid from the pool in its closing block.
      const spentAt = closedAt.get('3')!
      expect(await balance(recipient, spentAt - 1)).toBe(0n)
      expect(await balance(recipient, spentAt)).toBe(SPEND)
      // (d) half of the cancelled deposit burned: in the cancel's block the supply changed by the block's mint
      // (the default schedule mints every block; its `mint` event says how much) minus that half.
      expect(cancelHeight).toBeGreaterThan(0)
      expect(minted.has(cancelHeight)).toBe(true)
      const supply = async (h: number) =>
        BigInt(
          (
            await query(
              '/cosmos.bank.v1beta1.Query/SupplyOf',
              QuerySupplyOfRequest.encode({ denom: 'udatum' }).finish(),
              QuerySupplyOfResponse,
              h,
            )
          ).amount!.amount,
        )
      expect(
        (await supply(cancelHeight - 1)) + minted.get(cancelHeight)! - (await supply(cancelHeight)),
      ).toBe(DEPOSIT / 2n)
      // Every deposit is settled: the gov account holds nothing.
      expect(await balance(GOV_AUTHORITY)).toBe(0n)
      await net.assertSameChain(BigInt(top), [0, 1, 2, 3])
    } finally {
      comet.disconnect()
    }
  })
})

/** A field of CLI JSON by its proto name, whichever case the printer used. */
function field(o: Json, snake: string): Json {
  return o[snake] ?? o[snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())]
}

async function waitForClose(net: LocalTestnet, n: string[], ids: bigint[]): Promise<Json[]> {
  let last: Json[] = []
  await net.waitUntil(
    'the proposals to close',
    async () => {
      last = await Promise.all(
        ids.map(
          async (id) => JSON.parse((await runCli('query', 'gov', 'proposal', String(id), ...n)).out).proposal,
        ),
      )
      return last.every((p) => p.status !== 'PROPOSAL_STATUS_VOTING_PERIOD')
    },
    150_000,
  )
  return last
}
