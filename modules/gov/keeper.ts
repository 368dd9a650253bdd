// GovKeeper: proposals, their deposit and voting queues, deposits, votes, params and the constitution
// (cosmos x/gov/keeper). Deposits sit in the gov module account until refunded or burned.
import {
  Deposit,
  Params as ParamsProto,
  Proposal,
  ProposalStatus,
  Vote,
} from 'cosmjs-types/cosmos/gov/v1/gov'
import {
  addCoins,
  type Coin,
  type Context,
  coinsGte,
  coinsToString,
  type KVStore,
  parseAmount,
  prefixIterator,
  type Timestamp,
  utf8,
} from '../sdk/index.js'
import { decFromInt, decMul, decRoundInt, decTruncateInt } from './dec.js'
import { govErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import type {
  GovAccountKeeper,
  GovBankKeeper,
  GovDistributionKeeper,
  GovMsgRouter,
  GovStakingKeeper,
} from './expected-keepers.js'
import {
  ACTIVE_QUEUE_PREFIX,
  CONSTITUTION_KEY,
  depositKey,
  depositsPrefix,
  INACTIVE_QUEUE_PREFIX,
  MODULE_NAME,
  PARAMS_KEY,
  PROPOSAL_ID_KEY,
  proposalKey,
  queueEndBound,
  queueKey,
  readU64,
  STORE_KEY,
  u64,
  voteKey,
  votesPrefix,
} from './keys.js'
import { addSeconds, type GovParams, govParamsFromProto, govParamsToProto } from './params.js'

export interface GovKeeperDeps {
  bank: GovBankKeeper
  accounts: GovAccountKeeper
  staking: GovStakingKeeper
  /** The community pool (SDK `distrKeeper`); without it a `proposal_cancel_dest` is paid as a plain account. */
  distribution?: GovDistributionKeeper
  /** The app's router; may be set after construction (the app builds it from every module). */
  router?: GovMsgRouter
}

/** x/distribution's module name (SDK `disttypes.ModuleName`). */
const DISTRIBUTION_MODULE_NAME = 'distribution'

export const coinsFromProto = (cs: { denom: string; amount: string }[]): Coin[] =>
  cs.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))
export const coinsToProto = (cs: Coin[]) => cs.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))

export class GovKeeper {
  readonly bank: GovBankKeeper
  readonly staking: GovStakingKeeper
  readonly authority: string
  readonly distribution: GovDistributionKeeper | undefined
  /** The distribution module account: a `proposal_cancel_dest` equal to it funds the community pool. */
  readonly distributionAddress: string | undefined
  private routerRef: GovMsgRouter | undefined

  constructor(deps: GovKeeperDeps) {
    this.bank = deps.bank
    this.staking = deps.staking
    this.routerRef = deps.router
    const address = deps.accounts.getModuleAddress(MODULE_NAME)
    if (!address) throw new Error('the gov module account is not registered with the account keeper')
    this.authority = address
    this.distribution = deps.distribution
    this.distributionAddress = deps.accounts.getModuleAddress(DISTRIBUTION_MODULE_NAME)
  }

  setRouter(router: GovMsgRouter): void {
    this.routerRef = router
  }

  get router(): GovMsgRouter {
    if (!this.routerRef) throw new Error('gov keeper: message router not set')
    return this.routerRef
  }

  store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getParams(ctx: Context): GovParams {
    const raw = this.store(ctx).get(PARAMS_KEY)
    if (!raw) throw govErrors.invalidGenesis.wrap('gov params are not set')
    return govParamsFromProto(ParamsProto.decode(raw))
  }

  setParams(ctx: Context, p: GovParams): void {
    this.store(ctx).set(PARAMS_KEY, ParamsProto.encode(govParamsToProto(p)).finish())
  }

  getConstitution(ctx: Context): string {
    const raw = this.store(ctx).get(CONSTITUTION_KEY)
    return raw ? utf8.decode(raw) : ''
  }

  setConstitution(ctx: Context, c: string): void {
    this.store(ctx).set(CONSTITUTION_KEY, utf8.encode(c))
  }

  /** The id the next proposal gets (cosmos starts at 1). */
  getNextProposalId(ctx: Context): bigint {
    const raw = this.store(ctx).get(PROPOSAL_ID_KEY)
    return raw ? readU64(raw) : 1n
  }

  setNextProposalId(ctx: Context, id: bigint): void {
    this.store(ctx).set(PROPOSAL_ID_KEY, u64(id))
  }

  getProposal(ctx: Context, id: bigint): Proposal | undefined {
    const raw = this.store(ctx).get(proposalKey(id))
    return raw ? Proposal.decode(raw) : undefined
  }

  mustGetProposal(ctx: Context, id: bigint): Proposal {
    const p = this.getProposal(ctx, id)
    if (!p) throw govErrors.unknownProposal.wrap(`proposal ${id} doesn't exist`)
    return p
  }

  setProposal(ctx: Context, p: Proposal): void {
    this.store(ctx).set(proposalKey(p.id), Proposal.encode(p).finish())
  }

  /** Removes a proposal and its queue entries (deposits and votes are handled by the caller). */
  deleteProposal(ctx: Context, p: Proposal): void {
    const s = this.store(ctx)
    if (p.depositEndTime) s.delete(queueKey(INACTIVE_QUEUE_PREFIX, p.depositEndTime, p.id))
    if (p.votingEndTime) s.delete(queueKey(ACTIVE_QUEUE_PREFIX, p.votingEndTime, p.id))
    s.delete(proposalKey(p.id))
  }

  *proposals(ctx: Context): Generator<Proposal> {
    for (const { value } of prefixIterator(this.store(ctx), Uint8Array.of(0x00))) yield Proposal.decode(value)
  }

  insertInactiveQueue(ctx: Context, id: bigint, end: Timestamp): void {
    this.store(ctx).set(queueKey(INACTIVE_QUEUE_PREFIX, end, id), new Uint8Array())
  }

  insertActiveQueue(ctx: Context, id: bigint, end: Timestamp): void {
    this.store(ctx).set(queueKey(ACTIVE_QUEUE_PREFIX, end, id), new Uint8Array())
  }

  removeActiveQueue(ctx: Context, id: bigint, end: Timestamp): void {
    this.store(ctx).delete(queueKey(ACTIVE_QUEUE_PREFIX, end, id))
  }

  /** Ids whose queue end time is at or before `t`, in (end time, id) order; collected before any change. */
  dueIds(ctx: Context, active: boolean, t: Timestamp): bigint[] {
    const prefix = active ? ACTIVE_QUEUE_PREFIX : INACTIVE_QUEUE_PREFIX
    const out: bigint[] = []
    for (const { key } of this.store(ctx).iterator(prefix, queueEndBound(prefix, t)))
      out.push(readU64(key, 13))
    return out
  }

  /** The minimum deposit for this kind of proposal (expedited ones need more). */
  minDepositFor(params: GovParams, expedited: boolean): Coin[] {
    return expedited ? params.expeditedMinDeposit : params.minDeposit
  }

  /** Every deposited denom must be one of the min-deposit denoms (cosmos `validateDepositDenom`). */
  validateDepositDenom(params: GovParams, amount: Coin[]): void {
    const accepted = new Set(params.minDeposit.map((c) => c.denom))
    for (const c of amount)
      if (!accepted.has(c.denom))
        throw govErrors.invalidDepositDenom.wrap(
          `deposited ${coinsToString([c])}, but gov accepts only the following denom(s): [${[...accepted].join(' ')}]`,
        )
  }

  /** The initial deposit must reach min_initial_deposit_ratio × min deposit in every denom (rounded). */
  validateInitialDeposit(params: GovParams, initial: Coin[], expedited: boolean): void {
    if (params.minInitialDepositRatio === 0n) return
    const need = this.minDepositFor(params, expedited).map((c) => ({
      denom: c.denom,
      amount: decRoundInt(decMul(decFromInt(c.amount), params.minInitialDepositRatio)),
    }))
    if (!coinsGte(initial, need))
      throw govErrors.minDepositTooSmall.wrap(
        `was (${coinsToString(initial)}), need (${coinsToString(need.filter((c) => c.amount > 0n))})`,
      )
  }

  getDeposit(ctx: Context, id: bigint, depositor: string): Deposit | undefined {
    const raw = this.store(ctx).get(depositKey(id, depositor))
    return raw ? Deposit.decode(raw) : undefined
  }

  *deposits(ctx: Context, id: bigint): Generator<Deposit> {
    for (const { value } of prefixIterator(this.store(ctx), depositsPrefix(id))) yield Deposit.decode(value)
  }

  setDeposit(ctx: Context, d: Deposit): void {
    this.store(ctx).set(depositKey(d.proposalId, d.depositor), Deposit.encode(d).finish())
  }

  deleteDeposit(ctx: Context, id: bigint, depositor: string): void {
    this.store(ctx).delete(depositKey(id, depositor))
  }

  /**
   * Adds a deposit (cosmos `AddDeposit`): allowed in the deposit and voting periods, min-deposit denoms
   * only, at least min_deposit_ratio × min deposit in one denom. Returns true when it starts the voting period.
   */
  addDeposit(ctx: Context, id: bigint, depositor: string, amount: Coin[]): boolean {
    const proposal = this.mustGetProposal(ctx, id)
    if (
      proposal.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD &&
      proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD
    )
      throw govErrors.inactiveProposal.wrap(`${id}`)
    const params = this.getParams(ctx)
    const minDeposit = this.minDepositFor(params, proposal.expedited)
    this.validateDepositDenom(params, amount)
    if (params.minDepositRatio !== 0n) {
      const thresholds = minDeposit.map((c) => ({
        denom: c.denom,
        amount: decTruncateInt(decMul(decFromInt(c.amount), params.minDepositRatio)),
      }))
      const met = thresholds.some((t) => {
        const d = amount.find((c) => c.denom === t.denom)
        return d !== undefined && d.amount >= t.amount
      })
      if (!met)
        throw govErrors.minDepositTooSmall.wrap(
          `received ${coinsToString(amount)} but need at least one of the following: ${thresholds.map((t) => `${t.amount}${t.denom}`).join(',')}`,
        )
    }
    this.bank.sendCoinsFromAccountToModule(ctx, depositor, MODULE_NAME, amount)
    const total = addCoins(coinsFromProto(proposal.totalDeposit), amount)
    proposal.totalDeposit = coinsToProto(total)
    let activated = false
    if (proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && coinsGte(total, minDeposit)) {
      this.activateVotingPeriod(ctx, proposal)
      activated = true
    } else this.setProposal(ctx, proposal)
    const existing = this.getDeposit(ctx, id, depositor)
    const deposited = existing ? addCoins(coinsFromProto(existing.amount), amount) : amount
    ctx.events.emit(EVENT.proposalDeposit, [
      [ATTR.depositor, depositor],
      [ATTR.amount, coinsToString(amount)],
      [ATTR.proposalId, id.toString()],
    ])
    this.setDeposit(ctx, { proposalId: id, depositor, amount: coinsToProto(deposited) })
    return activated
  }

  activateVotingPeriod(ctx: Context, proposal: Proposal): void {
    const params = this.getParams(ctx)
    const period = proposal.expedited ? params.expeditedVotingPeriod : params.votingPeriod
    const s = this.store(ctx)
    if (proposal.depositEndTime)
      s.delete(queueKey(INACTIVE_QUEUE_PREFIX, proposal.depositEndTime, proposal.id))
    proposal.votingStartTime = ctx.time
    proposal.votingEndTime = addSeconds(ctx.time, period)
    proposal.status = ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD
    this.setProposal(ctx, proposal)
    this.insertActiveQueue(ctx, proposal.id, proposal.votingEndTime)
  }

  /** Pays every deposit back to its depositor and deletes them. */
  refundAndDeleteDeposits(ctx: Context, id: bigint): void {
    for (const d of [...this.deposits(ctx, id)]) {
      const amount = coinsFromProto(d.amount)
      if (amount.length > 0) this.bank.sendCoinsFromModuleToAccount(ctx, MODULE_NAME, d.depositor, amount)
      this.store(ctx).delete(depositKey(id, d.depositor))
    }
  }

  /** Burns every deposit of the proposal and deletes them. */
  deleteAndBurnDeposits(ctx: Context, id: bigint): void {
    let total: Coin[] = []
    for (const d of [...this.deposits(ctx, id)]) {
      total = addCoins(total, coinsFromProto(d.amount))
      this.store(ctx).delete(depositKey(id, d.depositor))
    }
    if (total.length > 0) this.bank.burnCoins(ctx, MODULE_NAME, total)
  }

  getVote(ctx: Context, id: bigint, voter: string): Vote | undefined {
    const raw = this.store(ctx).get(voteKey(id, voter))
    return raw ? Vote.decode(raw) : undefined
  }

  setVote(ctx: Context, v: Vote): void {
    this.store(ctx).set(voteKey(v.proposalId, v.voter), Vote.encode(v).finish())
  }

  deleteVote(ctx: Context, id: bigint, voter: string): void {
    this.store(ctx).delete(voteKey(id, voter))
  }

  *votes(ctx: Context, id: bigint): Generator<Vote> {
    for (const { value } of prefixIterator(this.store(ctx), votesPrefix(id))) yield Vote.decode(value)
  }
}
