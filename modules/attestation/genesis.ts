// Genesis of the attestation module; export(init(g)) == g.
import { GenesisState } from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import type { AttestationKeeper } from './keeper.js'
import { DEFAULT_PARAMS, validateParams } from './params.js'

export const defaultGenesis = (): GenesisState => ({
  params: DEFAULT_PARAMS,
  executors: [],
  attestations: [],
  disputes: [],
  disputeSequence: 0n,
  pool: '0',
  accountAudits: [],
})

export function parseGenesis(json: unknown): GenesisState {
  let g: GenesisState
  try {
    g = GenesisState.fromJson(json)
  } catch (e) {
    throw E.invalidGenesis.wrap((e as Error).message)
  }
  validateParams(g.params ?? DEFAULT_PARAMS)
  // Slashed bonds go to the community pool in the Msg that slashes them; a pool here would be stranded.
  if (g.pool !== '' && g.pool !== '0')
    throw E.invalidGenesis.wrap('pool must be 0: slashed bonds belong to the community pool')
  const ops = new Set<string>()
  for (const e of g.executors) {
    if (ops.has(e.operator)) throw E.invalidGenesis.wrap(`executor ${e.operator} twice`)
    ops.add(e.operator)
  }
  const audited = new Set<string>()
  for (const a of g.accountAudits) {
    if (!/^[A-Z]{2}$/.test(a.jurisdiction))
      throw E.invalidGenesis.wrap(`account audit of ${a.account}: jurisdiction ${a.jurisdiction}`)
    const key = `${a.account}/${a.auditor}`
    if (audited.has(key)) throw E.invalidGenesis.wrap(`account audit ${key} twice`)
    audited.add(key)
  }
  for (const d of g.disputes)
    if (d.id > g.disputeSequence) throw E.invalidGenesis.wrap(`dispute ${d.id} above the sequence`)
  return g
}

export function initGenesis(ctx: Context, k: AttestationKeeper, g: GenesisState): void {
  k.store.setParams(ctx, g.params ?? DEFAULT_PARAMS)
  for (const e of g.executors) {
    k.store.setExecutor(ctx, e)
    if (e.state === 3) k.store.queueUnbonding(ctx, e.unbondingUntil, e.operator)
  }
  for (const a of g.attestations) k.store.setAttestation(ctx, a)
  for (const d of g.disputes) k.store.setDispute(ctx, d)
  k.store.setDisputeSequence(ctx, g.disputeSequence)
  for (const a of g.accountAudits) k.store.setAccountAudit(ctx, a)
}

export function exportGenesis(ctx: Context, k: AttestationKeeper): GenesisState {
  return {
    params: k.params(ctx),
    executors: [...k.store.executors(ctx)],
    attestations: [...k.store.attestations(ctx)],
    disputes: [...k.store.disputes(ctx)],
    disputeSequence: k.store.disputeSequence(ctx),
    pool: '0',
    accountAudits: [...k.store.accountAudits(ctx)],
  }
}
