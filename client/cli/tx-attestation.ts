// `datum tx attestation …`: one command per Msg of the attestation module.
import { readFileSync } from 'node:fs'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { bool, type ParsedArgs, positional, str } from './args.js'
import { coinsFromString } from './coins.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { runTx } from './tx-run.js'

const msg = (name: string, value: unknown) => ({ typeUrl: `/datum.attestation.v1.${name}`, value })

const tx = (name: string, summary: string, c: Omit<Command, 'path' | 'summary' | 'kind'>): Command => ({
  path: ['tx', 'attestation', name],
  summary,
  kind: 'tx',
  ...c,
})

function oneCoin(field: string, s: string | undefined) {
  if (s === undefined) throw new UsageError(`--${field} is required`)
  const cs = coinsFromString(s)
  if (cs.length !== 1) throw new UsageError(`--${field} must be one coin, e.g. 1000000udatum`)
  return { denom: cs[0]!.denom, amount: cs[0]!.amount.toString() }
}

function jobIdOf(a: ParsedArgs): bigint {
  const s = positional(a, 0, 'job-id')
  if (!/^[1-9]\d{0,19}$/.test(s)) throw new UsageError('<job-id> must be a positive integer')
  return BigInt(s)
}

function kindOf(s: string | undefined): T.ExecutorKind {
  const k = T.ExecutorKind[
    `EXECUTOR_KIND_${(s ?? 'plain').toUpperCase().replace('-', '_')}` as never
  ] as unknown
  if (typeof k !== 'number' || k === 0)
    throw new UsageError('--kind must be plain, tee-sgx, tee-tdx, sev, nitro or mpc')
  return k as T.ExecutorKind
}

const hex = (name: string, s: string, len: RegExp): string => {
  if (!len.test(s)) throw new UsageError(`${name} must be lower-case hex`)
  return s
}

const JOB = '<job-id>'

function evidenceOf(file: string | undefined): Uint8Array {
  if (file === undefined) return new Uint8Array()
  try {
    return new Uint8Array(readFileSync(file))
  } catch (e) {
    throw new UsageError(`--evidence-file: ${(e as Error).message}`)
  }
}

export const attestationTxCommands: Command[] = [
  tx('register-executor', 'register as an executor with a bond', {
    flags: {
      bond: { type: 'string', description: 'bond, e.g. 1000000udatum', required: true, value: '<coin>' },
      kind: {
        type: 'string',
        description: 'plain|tee-sgx|tee-tdx|sev|nitro|mpc',
        default: 'plain',
        value: '<kind>',
      },
      measurement: { type: 'string', description: 'enclave measurement (hex)', default: '', value: '<hex>' },
      region: { type: 'string', description: 'ISO 3166 region', required: true, value: '<CC>' },
      country: { type: 'string', description: 'ISO 3166 country', required: true, value: '<CC>' },
      'pub-key': {
        type: 'string',
        description: 'compressed secp256k1 key (hex) for dataset keys',
        required: true,
        value: '<hex>',
      },
      endpoint: { type: 'string', description: 'URL serving encrypted results', default: '', value: '<url>' },
    },
    run: (a) =>
      runTx(
        a,
        (operator) =>
          msg('MsgRegisterExecutor', {
            operator,
            bond: oneCoin('bond', str(a, 'bond')),
            kind: kindOf(str(a, 'kind')),
            measurement: str(a, 'measurement') ?? '',
            declared: { region: str(a, 'region'), country: str(a, 'country'), capabilities: [] },
            pubKey: str(a, 'pub-key'),
            endpoint: str(a, 'endpoint') ?? '',
          }),
        T.MsgRegisterExecutorResponse,
      ),
  }),
  tx('audit', 'as an auditor, attest an executor region and country', {
    args: '<executor>',
    flags: {
      region: { type: 'string', description: 'audited region', required: true, value: '<CC>' },
      country: { type: 'string', description: 'audited country', required: true, value: '<CC>' },
    },
    run: (a) =>
      runTx(
        a,
        (auditor) =>
          msg('MsgAuditExecutor', {
            auditor,
            executor: positional(a, 0, 'executor'),
            region: str(a, 'region'),
            country: str(a, 'country'),
          }),
        T.MsgAuditExecutorResponse,
      ),
  }),
  tx('audit-account', "as an auditor, attest an account's jurisdiction (licences may require one)", {
    args: '<account>',
    flags: {
      jurisdiction: { type: 'string', description: 'ISO 3166 alpha-2 code', required: true, value: '<CC>' },
    },
    run: (a) =>
      runTx(
        a,
        (auditor) =>
          msg('MsgAuditAccount', {
            auditor,
            account: positional(a, 0, 'account'),
            jurisdiction: str(a, 'jurisdiction'),
          }),
        T.MsgAuditAccountResponse,
      ),
  }),
  tx('revoke-account-audit', "as an auditor, withdraw your attestation of an account's jurisdiction", {
    args: '<account>',
    run: (a) =>
      runTx(
        a,
        (auditor) => msg('MsgRevokeAccountAudit', { auditor, account: positional(a, 0, 'account') }),
        T.MsgRevokeAccountAuditResponse,
      ),
  }),
  tx('top-up', 'add to the executor bond', {
    args: '<coin>',
    run: (a) =>
      runTx(
        a,
        (operator) => msg('MsgTopUpBond', { operator, amount: oneCoin('amount', positional(a, 0, 'coin')) }),
        T.MsgTopUpBondResponse,
      ),
  }),
  tx('unbond', 'start unbonding (the bond returns after the unbonding period)', {
    run: (a) => runTx(a, (operator) => msg('MsgUnbondExecutor', { operator }), T.MsgUnbondExecutorResponse),
  }),
  tx('accept', 'accept a job (locks the job stake)', {
    args: JOB,
    run: (a) =>
      runTx(a, (executor) => msg('MsgAcceptJob', { executor, jobId: jobIdOf(a) }), T.MsgAcceptJobResponse),
  }),
  tx('commit', 'commit sha256(result digest ‖ salt)', {
    args: `${JOB} <commitment-hex>`,
    run: (a) =>
      runTx(
        a,
        (executor) =>
          msg('MsgCommitResult', {
            executor,
            jobId: jobIdOf(a),
            commitment: hex('<commitment-hex>', positional(a, 1, 'commitment-hex'), /^[0-9a-f]{64}$/),
          }),
        T.MsgCommitResultResponse,
      ),
  }),
  tx('reveal', 'reveal the result digest and salt', {
    args: `${JOB} <digest-hex> <salt-hex>`,
    flags: {
      'output-uri': {
        type: 'string',
        description: 'where the encrypted result is served',
        required: true,
        value: '<uri>',
      },
      'epsilon-micro': {
        type: 'string',
        description: 'ε actually spent, micro-units',
        default: '0',
        value: '<n>',
      },
      'evidence-file': {
        type: 'string',
        description: 'TEE quote or report binding the job and digest (TEE executors)',
        value: '<path>',
      },
    },
    run: (a) =>
      runTx(
        a,
        (executor) =>
          msg('MsgRevealResult', {
            executor,
            jobId: jobIdOf(a),
            resultDigest: hex('<digest-hex>', positional(a, 1, 'digest-hex'), /^[0-9a-f]{64}$/),
            salt: hex('<salt-hex>', positional(a, 2, 'salt-hex'), /^[0-9a-f]+$/),
            outputUri: str(a, 'output-uri'),
            epsilonSpentMicro: BigInt(hex('--epsilon-micro', str(a, 'epsilon-micro') ?? '0', /^\d{1,19}$/)),
            evidence: evidenceOf(str(a, 'evidence-file')),
          }),
        T.MsgRevealResultResponse,
      ),
  }),
  tx('finalize', 'finalize an attested job after the challenge window', {
    args: JOB,
    run: (a) =>
      runTx(a, (sender) => msg('MsgFinalizeJob', { sender, jobId: jobIdOf(a) }), T.MsgFinalizeJobResponse),
  }),
  tx('claim-expired', 'fail a job past its reveal deadline (requester refunded)', {
    args: JOB,
    run: (a) =>
      runTx(a, (sender) => msg('MsgClaimExpired', { sender, jobId: jobIdOf(a) }), T.MsgClaimExpiredResponse),
  }),
  tx('challenge', 'challenge an attested job within the window, with a bond', {
    args: JOB,
    flags: {
      bond: {
        type: 'string',
        description: 'challenge bond, e.g. 100000udatum',
        required: true,
        value: '<coin>',
      },
      reason: { type: 'string', description: 'why the result is wrong', default: '', value: '<text>' },
    },
    run: (a) =>
      runTx(
        a,
        (challenger) =>
          msg('MsgChallenge', {
            challenger,
            jobId: jobIdOf(a),
            bond: oneCoin('bond', str(a, 'bond')),
            reason: str(a, 'reason') ?? '',
          }),
        T.MsgChallengeResponse,
      ),
  }),
  tx('resolve', 'as the arbiter, uphold or reject a challenge', {
    args: '<dispute-id>',
    flags: { uphold: { type: 'boolean', description: 'uphold (default: reject)' } },
    run: (a) => {
      const id = positional(a, 0, 'dispute-id')
      if (!/^[1-9]\d{0,19}$/.test(id)) throw new UsageError('<dispute-id> must be a positive integer')
      return runTx(
        a,
        (arbiter) =>
          msg('MsgResolveChallenge', { arbiter, disputeId: BigInt(id), uphold: bool(a, 'uphold') }),
        T.MsgResolveChallengeResponse,
      )
    },
  }),
]
