// Gov genesis (`app_state.gov`): cosmos.gov.v1.GenesisState in proto-JSON with snake_case field names
// (the SDK's shape; durations and Anys as ts-proto writes them). Import restores params, the constitution,
// the next proposal id, proposals with their queue entries, deposits and votes.
import { GenesisState } from 'cosmjs-types/cosmos/gov/v1/genesis'
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import type { Context } from '../sdk/index.js'
import { govErrors } from './errors.js'
import type { GovKeeper } from './keeper.js'
import {
  defaultGovParams,
  type GovParams,
  govParamsFromProto,
  govParamsToProto,
  validateGovParams,
} from './params.js'

export interface GovGenesis {
  state: GenesisState
  params: GovParams
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())

function rekey(v: unknown, f: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => rekey(x, f))
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).map(([k, x]) => [f(k), rekey(x, f)]),
    )
  return v
}

export function defaultGovGenesisJson(): unknown {
  return rekey(
    GenesisState.toJSON({
      startingProposalId: 1n,
      deposits: [],
      votes: [],
      proposals: [],
      params: govParamsToProto(defaultGovParams()),
      constitution: '',
    }),
    snake,
  )
}

export function parseGovGenesis(json: unknown): GovGenesis {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw govErrors.invalidGenesis.wrap('gov genesis must be an object')
  let state: GenesisState
  try {
    state = GenesisState.fromJSON(rekey(json, camel))
  } catch (e) {
    throw govErrors.invalidGenesis.wrap((e as Error).message)
  }
  if (!state.params) throw govErrors.invalidGenesis.wrap('params must be set')
  const params = govParamsFromProto(state.params)
  validateGovParams(params)
  if (state.startingProposalId === 0n)
    throw govErrors.invalidGenesis.wrap('starting proposal id must be positive')
  const ids = new Set<bigint>()
  for (const p of state.proposals) {
    if (ids.has(p.id)) throw govErrors.invalidGenesis.wrap(`duplicate proposal id: ${p.id}`)
    if (p.id >= state.startingProposalId)
      throw govErrors.invalidGenesis.wrap(`proposal id ${p.id} is not below starting_proposal_id`)
    ids.add(p.id)
  }
  for (const d of state.deposits)
    if (!ids.has(d.proposalId))
      throw govErrors.invalidGenesis.wrap(`deposit for unknown proposal ${d.proposalId}`)
  for (const v of state.votes)
    if (!ids.has(v.proposalId))
      throw govErrors.invalidGenesis.wrap(`vote for unknown proposal ${v.proposalId}`)
  return { state, params }
}

export function initGovGenesis(ctx: Context, keeper: GovKeeper, g: GovGenesis): void {
  keeper.setNextProposalId(ctx, g.state.startingProposalId)
  keeper.setParams(ctx, g.params)
  keeper.setConstitution(ctx, g.state.constitution)
  for (const d of g.state.deposits) keeper.setDeposit(ctx, d)
  for (const v of g.state.votes) keeper.setVote(ctx, v)
  for (const p of g.state.proposals) {
    if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p.depositEndTime)
      keeper.insertInactiveQueue(ctx, p.id, p.depositEndTime)
    if (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD && p.votingEndTime)
      keeper.insertActiveQueue(ctx, p.id, p.votingEndTime)
    keeper.setProposal(ctx, p)
  }
}

export function exportGovGenesis(ctx: Context, keeper: GovKeeper): unknown {
  const proposals = [...keeper.proposals(ctx)]
  return rekey(
    GenesisState.toJSON({
      startingProposalId: keeper.getNextProposalId(ctx),
      proposals,
      deposits: proposals.flatMap((p) => [...keeper.deposits(ctx, p.id)]),
      votes: proposals.flatMap((p) => [...keeper.votes(ctx, p.id)]),
      params: govParamsToProto(keeper.getParams(ctx)),
      constitution: keeper.getConstitution(ctx),
    }),
    snake,
  )
}
