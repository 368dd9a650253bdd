// The tally against the SDK's rules: inheritance and deductions, weighted votes, quorum at and just
// below its edge, abstain-only, veto (strictly above 1/3), threshold (strictly above 1/2, 2/3 expedited).
import { ProposalStatus, VoteOption, type WeightedVoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import { afterEach, describe, expect, it } from 'vitest'
import { parseDec } from './dec.js'
import { tally } from './tally.js'
import { addr, cleanupGovEnvs, type GovEnv, govEnv } from './test-env.js'

afterEach(cleanupGovEnvs)

const {
  VOTE_OPTION_YES: YES,
  VOTE_OPTION_NO: NO,
  VOTE_OPTION_ABSTAIN: ABSTAIN,
  VOTE_OPTION_NO_WITH_VETO: VETO,
} = VoteOption

const one = (option: VoteOption): WeightedVoteOption[] => [{ option, weight: '1.000000000000000000' }]

/** A proposal in its voting period (written directly: the tally is under test, not submission). */
function votingProposal(env: GovEnv, expedited = false): bigint {
  const ctx = env.ctx()
  const id = env.gov.getNextProposalId(ctx)
  env.gov.setNextProposalId(ctx, id + 1n)
  env.gov.setProposal(ctx, {
    id,
    messages: [],
    status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD,
    totalDeposit: [],
    metadata: 'm',
    title: 't',
    summary: 's',
    proposer: addr(99),
    expedited,
    failedReason: '',
  })
  return id
}

function vote(env: GovEnv, id: bigint, voter: string, options: WeightedVoteOption[]): void {
  env.gov.setVote(env.ctx(), { proposalId: id, voter, options, metadata: '' })
}

function run(env: GovEnv, id: bigint) {
  const ctx = env.ctx()
  return tally(ctx, env.gov, env.gov.getProposal(ctx, id)!, env.gov.getParams(ctx))
}

describe('tally', () => {
  it('a delegator who does not vote inherits its validator vote; one who votes is deducted from it', async () => {
    const env = await govEnv()
    const val = addr(1)
    const op = env.staking.bond(val, 600n)
    env.staking.delegate(addr(2), op, 300n)
    env.staking.delegate(addr(3), op, 100n)
    const id = votingProposal(env)
    vote(env, id, val, one(YES))
    vote(env, id, addr(3), one(NO))
    const out = run(env, id)
    expect(out.result).toEqual({ yes: 900n, abstain: 0n, no: 100n, noWithVeto: 0n })
    expect(out.passes).toBe(true)
    // Votes are consumed by the tally, as in the SDK.
    expect([...env.gov.votes(env.ctx(), id)]).toEqual([])
  })

  it('a delegator vote counts even when its validator does not vote; the validator share then stays silent', async () => {
    const env = await govEnv()
    const op = env.staking.bond(addr(1), 500n)
    env.staking.delegate(addr(2), op, 500n)
    const id = votingProposal(env)
    vote(env, id, addr(2), one(YES))
    const out = run(env, id)
    expect(out.result.yes).toBe(500n)
    // 500 of 1000 bonded voted: above quorum, all yes.
    expect(out.passes).toBe(true)
  })

  it('splits weighted votes by weight', async () => {
    const env = await govEnv()
    env.staking.bond(addr(1), 1000n)
    const id = votingProposal(env)
    vote(env, id, addr(1), [
      { option: YES, weight: '0.6' },
      { option: NO, weight: '0.3' },
      { option: ABSTAIN, weight: '0.1' },
    ])
    const out = run(env, id)
    expect(out.result).toEqual({ yes: 600n, abstain: 100n, no: 300n, noWithVeto: 0n })
    expect(out.passes).toBe(true)
  })

  it('quorum: exactly 33.4% of bonded voting reaches it, one token less does not', async () => {
    const env = await govEnv()
    env.staking.bond(addr(1), 334n)
    env.staking.bond(addr(2), 666n)
    const at = votingProposal(env)
    vote(env, at, addr(1), one(YES))
    expect(run(env, at).passes).toBe(true)

    const env2 = await govEnv()
    env2.staking.bond(addr(1), 333n)
    env2.staking.bond(addr(2), 667n)
    const below = votingProposal(env2)
    vote(env2, below, addr(1), one(YES))
    const out = run(env2, below)
    expect(out.passes).toBe(false)
    expect(out.burnDeposits).toBe(false)
    env2.setParams({ burnVoteQuorum: true })
    const again = votingProposal(env2)
    vote(env2, again, addr(1), one(YES))
    expect(run(env2, again).burnDeposits).toBe(true)
  })

  it('fails without burning when everyone abstains or nothing is bonded', async () => {
    const env = await govEnv()
    env.staking.bond(addr(1), 100n)
    const id = votingProposal(env)
    vote(env, id, addr(1), one(ABSTAIN))
    expect(run(env, id)).toMatchObject({ passes: false, burnDeposits: false })

    const empty = await govEnv()
    const none = votingProposal(empty)
    expect(run(empty, none)).toMatchObject({ passes: false, burnDeposits: false })
  })

  it('veto: strictly more than 1/3 of the voting power vetoes and burns; exactly 0.334 does not', async () => {
    const env = await govEnv()
    env.staking.bond(addr(1), 334n)
    env.staking.bond(addr(2), 666n)
    const at = votingProposal(env)
    vote(env, at, addr(1), one(VETO))
    vote(env, at, addr(2), one(YES))
    expect(run(env, at)).toMatchObject({ passes: true, burnDeposits: false })

    const env2 = await govEnv()
    env2.staking.bond(addr(1), 335n)
    env2.staking.bond(addr(2), 665n)
    const over = votingProposal(env2)
    vote(env2, over, addr(1), one(VETO))
    vote(env2, over, addr(2), one(YES))
    expect(run(env2, over)).toMatchObject({ passes: false, burnDeposits: true })
    env2.setParams({ burnVoteVeto: false })
    const again = votingProposal(env2)
    vote(env2, again, addr(1), one(VETO))
    vote(env2, again, addr(2), one(YES))
    expect(run(env2, again)).toMatchObject({ passes: false, burnDeposits: false })
  })

  it('threshold: yes must be strictly above half of the non-abstaining power (2/3 expedited)', async () => {
    const env = await govEnv()
    env.staking.bond(addr(1), 500n)
    env.staking.bond(addr(2), 500n)
    env.staking.bond(addr(3), 1000n)
    const tie = votingProposal(env)
    vote(env, tie, addr(1), one(YES))
    vote(env, tie, addr(2), one(NO))
    vote(env, tie, addr(3), one(ABSTAIN))
    expect(run(env, tie).passes).toBe(false)

    const env2 = await govEnv()
    env2.staking.bond(addr(1), 667n)
    env2.staking.bond(addr(2), 333n)
    const regular = votingProposal(env2)
    vote(env2, regular, addr(1), one(YES))
    vote(env2, regular, addr(2), one(NO))
    expect(run(env2, regular).passes).toBe(true)
    // 0.667 exactly is not above the expedited threshold 0.667.
    const expedited = votingProposal(env2, true)
    vote(env2, expedited, addr(1), one(YES))
    vote(env2, expedited, addr(2), one(NO))
    expect(run(env2, expedited).passes).toBe(false)
  })
})

describe('tally property', () => {
  it('matches a direct reference computation over random stake and votes', async () => {
    const seed = Number(process.env.GOV_TALLY_SEED ?? 0x5eed ^ (Date.now() & 0xffff))
    console.log(`gov tally property seed: ${seed} (GOV_TALLY_SEED to replay)`)
    let s = seed >>> 0
    const rand = (n: number) => {
      s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0
      return (s >>> 8) % n
    }
    const options = [YES, NO, ABSTAIN, VETO]
    for (let round = 0; round < 12; round++) {
      const env = await govEnv()
      const nVals = 1 + rand(4)
      const vals = Array.from({ length: nVals }, (_, i) => addr(10 + i))
      const ops = vals.map((v) => env.staking.bond(v, BigInt(1 + rand(10_000))))
      const dels = Array.from({ length: 1 + rand(6) }, (_, i) => addr(40 + i))
      for (const d of dels)
        for (const op of ops) if (rand(2) === 0) env.staking.delegate(d, op, BigInt(1 + rand(10_000)))
      const id = votingProposal(env)
      const votes = new Map<string, WeightedVoteOption[]>()
      for (const voter of [...vals, ...dels]) {
        if (rand(3) === 0) continue
        const a = options[rand(4)]!
        const b = options.filter((o) => o !== a)[rand(3)]!
        const w = rand(11)
        const opts =
          w === 0 || w === 10
            ? one(a)
            : [
                { option: a, weight: `0.${w}` },
                { option: b, weight: `0.${10 - w}` },
              ]
        votes.set(voter, opts)
        vote(env, id, voter, opts)
      }
      // Reference: every delegation's tokens follow its delegator's vote, else its validator's vote.
      const ref = new Map<VoteOption, number>(options.map((o) => [o, 0]))
      for (const d of env.staking.delegations) {
        const v = env.staking.validators.get(d.validator)!
        const tokens = (Number(d.shares) / Number(v.delegatorShares)) * Number(v.tokens)
        const own = votes.get(d.delegator)
        const inherited = vals[ops.indexOf(d.validator)]
        const chosen = own ?? (inherited ? votes.get(inherited) : undefined)
        for (const o of chosen ?? [])
          ref.set(o.option, ref.get(o.option)! + (tokens * Number(parseDec(o.weight))) / 1e18)
      }
      const out = run(env, id).result
      const got = new Map([
        [YES, out.yes],
        [NO, out.no],
        [ABSTAIN, out.abstain],
        [VETO, out.noWithVeto],
      ])
      for (const o of options)
        expect(Math.abs(Number(got.get(o)!) - ref.get(o)!)).toBeLessThanOrEqual(nVals + dels.length + 1)
      const total = out.yes + out.no + out.abstain + out.noWithVeto
      expect(total).toBeLessThanOrEqual(env.staking.bondedTokens(env.ctx()))
    }
  })
})
