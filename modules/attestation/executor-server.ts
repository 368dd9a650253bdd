// Executor lifecycle: register with a bond, auditor attestations of region and country, update, top-up and
// delayed unbonding (the bond stays slashable until it is paid back by the end-block queue).
import {
  EventExecutorAudited,
  EventExecutorRegistered,
  EventExecutorUnbonded,
  EventExecutorUnbonding,
  EventExecutorUnjailed,
  EventExecutorUpdated,
  type Executor,
  ExecutorKind,
  ExecutorState,
  type MsgAuditExecutor,
  type MsgRegisterExecutor,
  type MsgTopUpBond,
  type MsgUnbondExecutor,
  type MsgUpdateExecutor,
  type Params,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import type { AttestationKeeper } from './keeper.js'
import { sdkCoin } from './params.js'

const coinStr = (amount: bigint, denom: string): string => `${amount}${denom}`

export function requireExecutor(k: AttestationKeeper, ctx: Context, operator: string): Executor {
  const e = k.store.executor(ctx, operator)
  if (!e) throw E.executorNotFound.wrap(operator)
  return e
}

export const isTee = (kind: ExecutorKind): boolean =>
  kind === ExecutorKind.EXECUTOR_KIND_TEE_SGX ||
  kind === ExecutorKind.EXECUTOR_KIND_TEE_TDX ||
  kind === ExecutorKind.EXECUTOR_KIND_SEV ||
  kind === ExecutorKind.EXECUTOR_KIND_NITRO

function checkMeasurement(p: Params, kind: ExecutorKind, measurement: string): void {
  if (!isTee(kind)) return
  if (!p.measurements.some((m) => m.kind === kind && m.measurement === measurement))
    throw E.measurementNotAllowed.wrap(`${ExecutorKind[kind]} measurement ${measurement}`)
}

export function registerExecutor(k: AttestationKeeper, ctx: Context, m: MsgRegisterExecutor): void {
  const p = k.params(ctx)
  if (k.store.executor(ctx, m.operator)) throw E.executorExists.wrap(m.operator)
  const min = p.minExecutorBond ?? { denom: '', amount: '0' }
  if (m.bond?.denom !== min.denom || BigInt(m.bond.amount) < BigInt(min.amount))
    throw E.bondTooLow.wrap(`${m.bond?.amount}${m.bond?.denom} < ${min.amount}${min.denom}`)
  checkMeasurement(p, m.kind, m.measurement)
  k.deps.bank.sendCoinsFromAccountToModule(ctx, m.operator, k.moduleName, [sdkCoin(m.bond)])
  k.store.setExecutor(ctx, {
    operator: m.operator,
    bond: m.bond,
    kind: m.kind,
    measurement: m.measurement,
    declared: m.declared,
    audits: [],
    reputation: 0,
    state: ExecutorState.EXECUTOR_STATE_ACTIVE,
    unbondingUntil: 0n,
    locked: '0',
    pubKey: m.pubKey,
    endpoint: m.endpoint,
  })
  emit(ctx, EventExecutorRegistered, {
    operator: m.operator,
    kind: ExecutorKind[m.kind],
    bond: coinStr(BigInt(m.bond.amount), m.bond.denom),
    region: m.declared?.region ?? '',
  })
}

export function auditExecutor(k: AttestationKeeper, ctx: Context, m: MsgAuditExecutor): void {
  if (!k.params(ctx).auditors.includes(m.auditor)) throw E.notAuditor.wrap(m.auditor)
  const e = requireExecutor(k, ctx, m.executor)
  // One audit per auditor: a new audit by the same auditor replaces its previous one.
  e.audits = e.audits.filter((a) => a.auditor !== m.auditor)
  e.audits.push({ auditor: m.auditor, region: m.region, country: m.country, auditedAt: ctx.unixSeconds })
  k.store.setExecutor(ctx, e)
  emit(ctx, EventExecutorAudited, m)
}

export function updateExecutor(k: AttestationKeeper, ctx: Context, m: MsgUpdateExecutor): void {
  const e = requireExecutor(k, ctx, m.operator)
  if (e.state !== ExecutorState.EXECUTOR_STATE_ACTIVE) throw E.executorNotActive.wrap(m.operator)
  checkMeasurement(k.params(ctx), e.kind, m.measurement)
  // A changed measurement or region invalidates the audits: the auditor must look again.
  const regionChanged = (m.declared?.region ?? '') !== (e.declared?.region ?? '')
  if (m.measurement !== e.measurement || regionChanged) e.audits = []
  e.measurement = m.measurement
  e.declared = m.declared
  e.endpoint = m.endpoint
  // A new encryption key makes grants wrapped to the old one stale (dataasset checks the key at accept).
  if (m.pubKey !== '') e.pubKey = m.pubKey
  k.store.setExecutor(ctx, e)
  emit(ctx, EventExecutorUpdated, { operator: m.operator, bond: `${e.bond?.amount}${e.bond?.denom}` })
}

export function topUpBond(k: AttestationKeeper, ctx: Context, m: MsgTopUpBond): void {
  const e = requireExecutor(k, ctx, m.operator)
  if (e.state === ExecutorState.EXECUTOR_STATE_TOMBSTONED) throw E.executorNotActive.wrap(m.operator)
  if (!m.amount || m.amount.denom !== e.bond?.denom)
    throw E.invalidField.wrap(`amount must be in ${e.bond?.denom}`)
  k.deps.bank.sendCoinsFromAccountToModule(ctx, m.operator, k.moduleName, [sdkCoin(m.amount)])
  e.bond = { denom: e.bond.denom, amount: (BigInt(e.bond.amount) + BigInt(m.amount.amount)).toString() }
  const bond = `${e.bond.amount}${e.bond.denom}`
  const min = BigInt(k.params(ctx).minExecutorBond?.amount ?? '0')
  if (e.state === ExecutorState.EXECUTOR_STATE_JAILED && BigInt(e.bond.amount) >= min) {
    e.state = ExecutorState.EXECUTOR_STATE_ACTIVE
    emit(ctx, EventExecutorUnjailed, { executor: m.operator, bond })
  }
  k.store.setExecutor(ctx, e)
  emit(ctx, EventExecutorUpdated, { operator: m.operator, bond })
}

export function unbondExecutor(k: AttestationKeeper, ctx: Context, m: MsgUnbondExecutor): bigint {
  const e = requireExecutor(k, ctx, m.operator)
  const leaving = [ExecutorState.EXECUTOR_STATE_ACTIVE, ExecutorState.EXECUTOR_STATE_JAILED]
  if (!leaving.includes(e.state)) throw E.executorNotActive.wrap(m.operator)
  if (BigInt(e.locked) > 0n) throw E.openJobs.wrap(`${e.locked} locked in open jobs`)
  const until = ctx.unixSeconds + k.params(ctx).unbondingPeriodSeconds
  e.state = ExecutorState.EXECUTOR_STATE_UNBONDING
  e.unbondingUntil = until
  k.store.setExecutor(ctx, e)
  k.store.queueUnbonding(ctx, until, m.operator)
  emit(ctx, EventExecutorUnbonding, { operator: m.operator, unbondingUntil: until })
  return until
}

/** End-block: pays back the (possibly slashed) bonds whose unbonding period is over. */
export function completeUnbonding(k: AttestationKeeper, ctx: Context): void {
  for (const op of k.store.popDueUnbonding(ctx, ctx.unixSeconds)) {
    const e = k.store.executor(ctx, op)
    if (!e || e.state !== ExecutorState.EXECUTOR_STATE_UNBONDING || !e.bond) continue
    const amount = BigInt(e.bond.amount)
    if (amount > 0n)
      k.deps.bank.sendCoinsFromModuleToAccount(ctx, k.moduleName, op, [{ denom: e.bond.denom, amount }])
    k.store.deleteExecutor(ctx, op)
    emit(ctx, EventExecutorUnbonded, { operator: op, returned: coinStr(amount, e.bond.denom) })
  }
}
