// `datum tx computeright …` and `datum query computeright …`: offerings, rights, jobs, escrow and the
// settlement preview. Arguments are parsed before connecting, so command-line mistakes never wait on the node.

import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type FlagSpecs, type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { coinOf, JOB_FLAGS, jobOf, withSignerOutputKey } from './computeright-job-args.js'
import { computeRightQueryCommands, idOf } from './computeright-queries.js'
import { UsageError } from './errors.js'
import { epsilonMicro, uint } from './parse-dataasset.js'
import { runTx } from './tx-run.js'

const CR = '/datum.computeright.v1.'

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
  'train-families': {
    type: 'string',
    description: 'model families a right may train, comma-separated: linear, logistic, mlp (default: none)',
    value: '<list>',
  },
}

const FAMILIES: Record<string, T.ModelFamily> = {
  linear: T.ModelFamily.MODEL_FAMILY_LINEAR,
  logistic: T.ModelFamily.MODEL_FAMILY_LOGISTIC,
  mlp: T.ModelFamily.MODEL_FAMILY_MLP,
}

function familiesOf(v: string | undefined): T.ModelFamily[] {
  if (v === undefined) return []
  return v.split(',').map((f) => {
    const family = FAMILIES[f.trim()]
    if (family === undefined) throw new UsageError('--train-families takes linear, logistic and mlp')
    return family
  })
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
    trainFamilies: familiesOf(str(a, 'train-families')),
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
    run: async (a) => {
      if (a.positionals.length === 0) throw new UsageError('at least one <right-id> is required')
      const rightIds = a.positionals.map((v) => idOf('right-id', v))
      const job = await withSignerOutputKey(a, jobOf(a))
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
    run: async (a) => {
      const offeringId = idOf('offering-id', positional(a, 0, 'offering-id'))
      const job = await withSignerOutputKey(a, jobOf(a))
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
  ...computeRightQueryCommands,
]
