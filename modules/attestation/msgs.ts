// Every Msg of the attestation module: stateless checks (validateBasic) and the handler each one runs.
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import type { MsgDefinition } from '../sdk/index.js'
import { defineMsg } from '../sdk/proto-services.js'
import { auditAccount, revokeAccountAudit } from './account-audit-server.js'
import { openChallenge, resolveChallenge } from './dispute-server.js'
import { attestationErrors as E } from './errors.js'
import * as ex from './executor-server.js'
import { acceptJob, commitResult, revealResult } from './job-server.js'
import type { AttestationKeeper } from './keeper.js'
import { AMINO_PREFIX } from './msg-types.js'
import { claimExpired, finalizeJob } from './settlement-server.js'
import { MAX_EVIDENCE_BYTES } from './tee-evidence.js'
import * as v from './validate.js'

/** Runs a handler whose response message is empty. */
const done = (_: unknown): Record<string, never> => ({})

export function attestationMsgs(k: AttestationKeeper): MsgDefinition[] {
  const defs = [
    defineMsg({
      codec: T.MsgRegisterExecutor,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgRegisterExecutorResponse,
      signer: (m) => m.operator,
      validateBasic: (m) => {
        v.checkAddress('operator', m.operator)
        v.checkCoin('bond', m.bond)
        v.checkKind(m.kind)
        v.checkMeasurementField(m.kind, m.measurement)
        v.checkAttributes(m.declared)
        v.checkPubKey(m.pubKey)
        v.checkUri('endpoint', m.endpoint, false)
      },
      handle: (ctx, m) => done(ex.registerExecutor(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgAuditExecutor,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgAuditExecutorResponse,
      signer: (m) => m.auditor,
      validateBasic: (m) => {
        v.checkAddress('auditor', m.auditor)
        v.checkAddress('executor', m.executor)
        v.checkRegionCode('region', m.region)
        v.checkRegionCode('country', m.country)
      },
      handle: (ctx, m) => done(ex.auditExecutor(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgUpdateExecutor,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgUpdateExecutorResponse,
      signer: (m) => m.operator,
      validateBasic: (m) => {
        v.checkAddress('operator', m.operator)
        v.checkText('measurement', m.measurement, v.LIMITS.measurement)
        v.checkAttributes(m.declared)
        v.checkUri('endpoint', m.endpoint, false)
        if (m.pubKey !== '') v.checkPubKey(m.pubKey)
      },
      handle: (ctx, m) => done(ex.updateExecutor(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgTopUpBond,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgTopUpBondResponse,
      signer: (m) => m.operator,
      validateBasic: (m) => {
        v.checkAddress('operator', m.operator)
        v.checkCoin('amount', m.amount)
      },
      handle: (ctx, m) => done(ex.topUpBond(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgUnbondExecutor,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgUnbondExecutorResponse,
      signer: (m) => m.operator,
      validateBasic: (m) => v.checkAddress('operator', m.operator),
      handle: (ctx, m) => ({ unbondingUntil: ex.unbondExecutor(k, ctx, m) }),
    }),
    defineMsg({
      codec: T.MsgAcceptJob,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgAcceptJobResponse,
      signer: (m) => m.executor,
      validateBasic: (m) => {
        v.checkAddress('executor', m.executor)
        v.checkJobId(m.jobId)
      },
      handle: (ctx, m) => done(acceptJob(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgCommitResult,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgCommitResultResponse,
      signer: (m) => m.executor,
      validateBasic: (m) => {
        v.checkAddress('executor', m.executor)
        v.checkJobId(m.jobId)
        v.checkHex64('commitment', m.commitment)
      },
      handle: (ctx, m) => done(commitResult(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgRevealResult,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgRevealResultResponse,
      signer: (m) => m.executor,
      validateBasic: (m) => {
        v.checkAddress('executor', m.executor)
        v.checkJobId(m.jobId)
        v.checkHex64('result_digest', m.resultDigest)
        v.checkSalt(m.salt)
        // A fault report carries no result, so no output URI.
        const fault = m.fault !== T.ReportedFault.REPORTED_FAULT_UNSPECIFIED
        if (T.ReportedFault[m.fault] === undefined) throw E.invalidField.wrap(`fault ${m.fault}`)
        v.checkUri('output_uri', m.outputUri, !fault)
        v.checkText('fault_reason', m.faultReason)
        if (m.evidence.length > MAX_EVIDENCE_BYTES)
          throw E.invalidField.wrap(`evidence is over ${MAX_EVIDENCE_BYTES} bytes`)
        v.checkAttribution(m.attributionPpm, fault)
      },
      handle: (ctx, m) => ({ attested: revealResult(k, ctx, m) }),
    }),
    defineMsg({
      codec: T.MsgFinalizeJob,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgFinalizeJobResponse,
      signer: (m) => m.sender,
      validateBasic: (m) => {
        v.checkAddress('sender', m.sender)
        v.checkJobId(m.jobId)
      },
      handle: (ctx, m) => done(finalizeJob(k, ctx, m.jobId)),
    }),
    defineMsg({
      codec: T.MsgClaimExpired,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgClaimExpiredResponse,
      signer: (m) => m.sender,
      validateBasic: (m) => {
        v.checkAddress('sender', m.sender)
        v.checkJobId(m.jobId)
      },
      handle: (ctx, m) => done(claimExpired(k, ctx, m.jobId)),
    }),
    defineMsg({
      codec: T.MsgChallenge,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgChallengeResponse,
      signer: (m) => m.challenger,
      validateBasic: (m) => {
        v.checkAddress('challenger', m.challenger)
        v.checkJobId(m.jobId)
        v.checkCoin('bond', m.bond)
        v.checkText('reason', m.reason)
      },
      handle: (ctx, m) => ({ disputeId: openChallenge(k, ctx, m) }),
    }),
    defineMsg({
      codec: T.MsgResolveChallenge,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgResolveChallengeResponse,
      signer: (m) => m.arbiter,
      validateBasic: (m) => {
        v.checkAddress('arbiter', m.arbiter)
        if (m.disputeId <= 0n) throw v.invalid('dispute_id must be positive')
      },
      handle: (ctx, m) => done(resolveChallenge(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgAuditAccount,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgAuditAccountResponse,
      signer: (m) => m.auditor,
      validateBasic: (m) => {
        v.checkAddress('auditor', m.auditor)
        v.checkAddress('account', m.account)
        v.checkRegionCode('jurisdiction', m.jurisdiction)
      },
      handle: (ctx, m) => done(auditAccount(k, ctx, m)),
    }),
    defineMsg({
      codec: T.MsgRevokeAccountAudit,
      aminoPrefix: AMINO_PREFIX,
      response: T.MsgRevokeAccountAuditResponse,
      signer: (m) => m.auditor,
      validateBasic: (m) => {
        v.checkAddress('auditor', m.auditor)
        v.checkAddress('account', m.account)
      },
      handle: (ctx, m) => done(revokeAccountAudit(k, ctx, m)),
    }),
  ]
  return defs as MsgDefinition[]
}
