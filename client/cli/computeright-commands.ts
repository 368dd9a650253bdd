// `datum tx computeright …` and `datum query computeright …`: offerings, rights, jobs, escrow and the
// settlement preview. Arguments are parsed before connecting, so command-line mistakes never wait on the node.

import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type ComputeRightExtension, setupComputeRightExtension } from '../sdk/computeright/queries.js'
import { type FlagSpecs, many, type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { withNode } from './connect.js'
import { UsageError } from './errors.js'
import { algorithmOf, epsilonMicro, mechanismOf, uint } from './parse-dataasset.js'
import { runTx } from './tx-run.js'

const CR = '/datum.computeright.v1.'
type Q = ComputeRightExtension['computeright']

function idOf(what: string, v: string): bigint {
  if (!/^[1-9][0-9]{0,19}$/.test(v)) throw new UsageError(`${what} must be a positive integer`)
  return BigInt(v)
}

function coinOf(flag: string, v: string | undefined): { denom: string; amount: string } {
  const m = /^([0-9]+)([a-z][a-z0-9/:._-]{2,127})$/.exec(v ?? '')
  if (!m) throw new UsageError(`--${flag} must be an amount with its denom, e.g. 1000udatum`)
  return { amount: m[1]!, denom: m[2]! }
}

const query = (
  name: string,
  summary: string,
  args: string | undefined,
  f: (a: ParsedArgs) => (q: Q) => Promise<unknown>,
): Command => ({
  path: ['query', 'computeright', name],
  summary,
  args,
  kind: 'query',
  run: async (a) => {
    const call = f(a)
    const node = str(a, 'node')!
    const comet = await withNode(node, () => Comet38Client.connect(node))
    try {
      return await withNode(node, () =>
        call(QueryClient.withExtensions(comet, setupComputeRightExtension).computeright),
      )
    } finally {
      comet.disconnect()
    }
  },
})

const tx = (name: string, summary: string, c: Omit<Command, 'path' | 'summary' | 'kind'>): Command => ({
  path: ['tx', 'computeright', name],
  summary,
  kind: 'tx',
  ...c,
})

const TRANSFER: Record<string, T.TransferMode> = {
  none: T.TransferMode.TRANSFER_MODE_NONE,
  gift: T.TransferMode.TRANSFER_MODE_GIFT,
  resale: T.TransferMode.TRANSFER_MODE_RESALE,
}

const OFFERING_FLAGS: FlagSpecs = {
  price: { type: 'string', description: 'price per use, e.g. 1000udatum (required)', value: '<coin>' },
  uses: { type: 'string', description: 'uses per right (required)', value: '<n>' },
  validity: { type: 'string', description: 'validity in seconds (required)', value: '<s>' },
  'epsilon-per-use': { type: 'string', description: 'ε per use, decimal (required)', value: '<ε>' },
  'max-supply': { type: 'string', description: 'rights for sale, 0 = unlimited', value: '<n>' },
  'buyer-cap': { type: 'string', description: 'rights per buyer, 0 = unlimited', value: '<n>' },
  transfer: { type: 'string', description: 'none (default), gift or resale', value: '<mode>' },
  hold: { type: 'string', description: 'seconds before a right may move', value: '<s>' },
}

function termsOf(a: ParsedArgs): T.OfferingTermsInput {
  const need = (f: string) => {
    const v = str(a, f)
    if (v === undefined) throw new UsageError(`--${f} is required`)
    return v
  }
  const mode = TRANSFER[str(a, 'transfer') ?? 'none']
  if (mode === undefined) throw new UsageError('--transfer must be none, gift or resale')
  return {
    pricePerUse: coinOf('price', need('price')),
    usesPerRight: uint('uses', need('uses'), 1_000_000)!,
    validitySeconds: BigInt(uint('validity', need('validity'))!),
    epsilonPerUseMicro: epsilonMicro('epsilon-per-use', need('epsilon-per-use')),
    maxSupply: BigInt(uint('max-supply', str(a, 'max-supply')) ?? 0),
    perBuyerCap: uint('buyer-cap', str(a, 'buyer-cap'), 2 ** 32 - 1) ?? 0,
    transferPolicy: { mode, holdSeconds: BigInt(uint('hold', str(a, 'hold')) ?? 0), royaltyBps: 0 },
  }
}

const JOB_FLAGS: FlagSpecs = {
  algorithm: { type: 'string', description: '<code-hash>:sha256:<image-digest> (required)', value: '<algo>' },
  mechanism: { type: 'string', description: 'dp, tee, mpc, fl or replicated (required)', value: '<m>' },
  epsilon: { type: 'string', description: 'ε for the job, decimal (required)', value: '<ε>' },
  'max-compute-fee': { type: 'string', description: 'locked compute fee, e.g. 500udatum', value: '<coin>' },
  'output-key': { type: 'string', description: 'requester public key for the result, hex', value: '<hex>' },
  viewer: { type: 'repeat', description: 'address that may also read the result', value: '<address>' },
}

function jobOf(a: ParsedArgs): T.JobRequestInput {
  const need = (f: string) => {
    const v = str(a, f)
    if (v === undefined) throw new UsageError(`--${f} is required`)
    return v
  }
  const algo = algorithmOf(need('algorithm'))
  const key = str(a, 'output-key') ?? ''
  if (!/^([0-9a-f]{2}){0,65}$/.test(key)) throw new UsageError('--output-key must be hex, at most 65 bytes')
  return {
    algorithm: { codeHash: algo.codeHash, imageDigest: algo.imageDigest, paramsHash: '', params: '' },
    mechanism: mechanismOf(need('mechanism')),
    epsilonMicro: epsilonMicro('epsilon', need('epsilon')),
    maxComputeFee: coinOf('max-compute-fee', str(a, 'max-compute-fee') ?? '0udatum'),
    outputKey: new Uint8Array(Buffer.from(key, 'hex')),
    viewers: many(a, 'viewer'),
  }
}

const STATES: Record<string, T.OfferingState> = {
  active: T.OfferingState.OFFERING_STATE_ACTIVE,
  paused: T.OfferingState.OFFERING_STATE_PAUSED,
  closed: T.OfferingState.OFFERING_STATE_CLOSED,
}

export const computeRightCommands: Command[] = [
  tx('create-offering', 'offer compute rights on an asset you own', {
    args: '<asset-id>',
    flags: OFFERING_FLAGS,
    run: (a) =>
      runTx(
        a,
        (owner) => ({
          typeUrl: `${CR}MsgCreateOffering`,
          value: { owner, assetId: positional(a, 0, 'asset-id'), terms: termsOf(a) },
        }),
        T.MsgCreateOfferingResponse,
      ),
  }),
  tx('set-offering-state', 'pause, resume or close an offering', {
    args: '<offering-id> <active|paused|closed>',
    run: (a) => {
      const state = STATES[positional(a, 1, 'state')]
      if (state === undefined) throw new UsageError('state must be active, paused or closed')
      const offeringId = idOf('offering-id', positional(a, 0, 'offering-id'))
      return runTx(
        a,
        (owner) => ({ typeUrl: `${CR}MsgSetOfferingState`, value: { owner, offeringId, state } }),
        T.MsgSetOfferingStateResponse,
      )
    },
  }),
  tx('purchase', 'buy a compute right (payment goes to escrow)', {
    args: '<offering-id>',
    run: (a) => {
      const offeringId = idOf('offering-id', positional(a, 0, 'offering-id'))
      return runTx(
        a,
        (buyer) => ({ typeUrl: `${CR}MsgPurchaseRight`, value: { buyer, offeringId } }),
        T.MsgPurchaseRightResponse,
      )
    },
  }),
  tx('request-job', 'open a job on rights you hold (locks one use of each and the compute fee)', {
    args: '<right-id>...',
    flags: JOB_FLAGS,
    run: (a) => {
      if (a.positionals.length === 0) throw new UsageError('at least one <right-id> is required')
      const rightIds = a.positionals.map((v) => idOf('right-id', v))
      const job = jobOf(a)
      return runTx(
        a,
        (requester) => ({ typeUrl: `${CR}MsgRequestJob`, value: { requester, rightIds, job } }),
        T.MsgRequestJobResponse,
      )
    },
  }),
  tx('purchase-and-request', 'buy a right and open a job on it in one transaction', {
    args: '<offering-id>',
    flags: JOB_FLAGS,
    run: (a) => {
      const offeringId = idOf('offering-id', positional(a, 0, 'offering-id'))
      const job = jobOf(a)
      return runTx(
        a,
        (buyer) => ({ typeUrl: `${CR}MsgPurchaseAndRequest`, value: { buyer, offeringId, job } }),
        T.MsgPurchaseAndRequestResponse,
      )
    },
  }),
  tx('list', 'set a resale ask on a right (RESALE policy); 0<denom> withdraws it', {
    args: '<right-id> <price>',
    run: (a) => {
      const rightId = idOf('right-id', positional(a, 0, 'right-id'))
      const price = coinOf('price', positional(a, 1, 'price'))
      return runTx(
        a,
        (holder) => ({ typeUrl: `${CR}MsgListRight`, value: { holder, rightId, price } }),
        T.MsgListRightResponse,
      )
    },
  }),
  tx('buy-listed', 'buy a listed right, paying at most <max-price>', {
    args: '<right-id> <max-price>',
    run: (a) => {
      const rightId = idOf('right-id', positional(a, 0, 'right-id'))
      const maxPrice = coinOf('max-price', positional(a, 1, 'max-price'))
      return runTx(
        a,
        (buyer) => ({ typeUrl: `${CR}MsgBuyListedRight`, value: { buyer, rightId, maxPrice } }),
        T.MsgBuyListedRightResponse,
      )
    },
  }),
  tx('gift', 'give a right away (when its policy allows, after the hold period)', {
    args: '<right-id> <recipient>',
    run: (a) => {
      const rightId = idOf('right-id', positional(a, 0, 'right-id'))
      const recipient = positional(a, 1, 'recipient')
      return runTx(
        a,
        (holder) => ({ typeUrl: `${CR}MsgGiftRight`, value: { holder, rightId, recipient } }),
        T.MsgGiftRightResponse,
      )
    },
  }),
  tx('cancel-job', 'cancel a job nobody accepted (full refund)', {
    args: '<job-id>',
    run: (a) => {
      const jobId = idOf('job-id', positional(a, 0, 'job-id'))
      return runTx(
        a,
        (requester) => ({ typeUrl: `${CR}MsgCancelJob`, value: { requester, jobId } }),
        T.MsgCancelJobResponse,
      )
    },
  }),
  tx('claim-expired-job', 'end a job past its final deadline (executor fault, full refund)', {
    args: '<job-id>',
    run: (a) => {
      const jobId = idOf('job-id', positional(a, 0, 'job-id'))
      return runTx(
        a,
        (claimer) => ({ typeUrl: `${CR}MsgClaimExpiredJob`, value: { claimer, jobId } }),
        T.MsgClaimExpiredJobResponse,
      )
    },
  }),
  query('offering', 'show an offering', '<offering-id>', (a) => {
    const id = idOf('offering-id', positional(a, 0, 'offering-id'))
    return (q) => q.offering(id)
  }),
  query('right', 'show a compute right', '<right-id>', (a) => {
    const id = idOf('right-id', positional(a, 0, 'right-id'))
    return (q) => q.right(id)
  }),
  query('job', 'show a job', '<job-id>', (a) => {
    const id = idOf('job-id', positional(a, 0, 'job-id'))
    return (q) => q.job(id)
  }),
  query('rights-by-holder', 'list the rights an address holds', '<address>', (a) => {
    const holder = positional(a, 0, 'address')
    return (q) => q.rightsByHolder(holder)
  }),
  query('rights-by-asset', 'list the live rights on an asset', '<asset-id>', (a) => {
    const id = positional(a, 0, 'asset-id')
    return (q) => q.rightsByAsset(id)
  }),
  query('offerings-by-asset', 'list the offerings on an asset', '<asset-id>', (a) => {
    const id = positional(a, 0, 'asset-id')
    return (q) => q.offeringsByAsset(id)
  }),
  query('jobs-by-requester', 'list the jobs an address requested', '<address>', (a) => {
    const requester = positional(a, 0, 'address')
    return (q) => q.jobsByRequester(requester)
  }),
  query('escrow', 'escrow address, balance and what it owes', undefined, () => (q) => q.escrow()),
  query('settlement-preview', 'what one use of an offering pays each party', '<offering-id>', (a) => {
    const id = idOf('offering-id', positional(a, 0, 'offering-id'))
    return (q) => q.settlementPreview(id)
  }),
  query('params', 'module params', undefined, () => (q) => q.params()),
]
