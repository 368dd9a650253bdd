// The `cosmos.staking.v1beta1.Msg` service. Amino JSON equals @cosmjs/stargate's
// `createStakingAminoConverters` output, so amino-signed staking txs verify (tested).

import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import {
  MsgBeginRedelegate,
  MsgBeginRedelegateResponse,
  MsgCancelUnbondingDelegation,
  MsgCancelUnbondingDelegationResponse,
  MsgCreateValidator,
  MsgCreateValidatorResponse,
  MsgDelegate,
  MsgDelegateResponse,
  MsgEditValidator,
  MsgEditValidatorResponse,
  MsgUndelegate,
  MsgUndelegateResponse,
} from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { decAbs, decToString } from '../sdk/dec.js'
import type { Context, MsgDefinition } from '../sdk/index.js'
import { sdkErrors } from '../sdk/index.js'
import {
  beginRedelegation,
  cancelUnbondingDelegation,
  delegate,
  undelegate,
  validateUnbondAmount,
} from './delegation.js'
import { stakingErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import { consAddress, operatorAccount, type StakingKeeper } from './keeper.js'
import { BondStatus, compareTime, rfc3339, type Validator } from './records.js'
import { msgUpdateStakingParamsDefinition } from './update-params.js'
import {
  accAddress,
  checkBondDenom,
  consensusPubKey,
  decField,
  ensureDescriptionLength,
  intField,
  isEmptyDescription,
  positiveAmount,
  updateDescription,
  valAddress,
  validateCommissionRates,
} from './validate.js'

/** Datum's consensus params accept only ed25519 validator keys. */
const PUBKEY_TYPES = ['ed25519'] as const
const DAY_SECONDS = 24n * 3600n

const aminoDescription = (d: MsgCreateValidator['description']) => ({
  moniker: d.moniker,
  identity: d.identity,
  website: d.website,
  security_contact: d.securityContact,
  details: d.details,
})

interface Spec<T, R> {
  name: string
  codec: { decode(b: Uint8Array): T; encode(m: T): { finish(): Uint8Array } }
  response: { encode(m: R): { finish(): Uint8Array } }
  toAmino(m: T): unknown
  signer(m: T): string
  handle(ctx: Context, m: T): R
}

function define<T, R>(spec: Spec<T, R>): MsgDefinition<T> {
  return {
    typeUrl: `/cosmos.staking.v1beta1.${spec.name}`,
    aminoName: `cosmos-sdk/${spec.name}`,
    decode: (b) => {
      try {
        return spec.codec.decode(b)
      } catch (e) {
        throw sdkErrors.txDecode.wrap(`${spec.name}: ${(e as Error).message}`)
      }
    },
    encode: (m) => spec.codec.encode(m).finish(),
    toAmino: spec.toAmino,
    signers: (m) => [spec.signer(m)],
    // SDK 0.50 staking Msgs have no ValidateBasic: every check runs in the handler.
    validateBasic: () => {},
    handle: (ctx, m) => ({
      typeUrl: `/cosmos.staking.v1beta1.${spec.name}Response`,
      value: spec.response.encode(spec.handle(ctx, m)).finish(),
    }),
  }
}

const coinString = (amount: bigint, denom: string) => `${amount}${denom}`

export function msgCreateValidatorDefinition(k: StakingKeeper): MsgDefinition<MsgCreateValidator> {
  return define({
    name: 'MsgCreateValidator',
    codec: MsgCreateValidator,
    response: MsgCreateValidatorResponse,
    toAmino: (m) => ({
      description: aminoDescription(m.description),
      commission: {
        rate: decToString(decField(m.commission.rate, 'rate')),
        max_rate: decToString(decField(m.commission.maxRate, 'max rate')),
        max_change_rate: decToString(decField(m.commission.maxChangeRate, 'max change rate')),
      },
      min_self_delegation: m.minSelfDelegation,
      delegator_address: m.delegatorAddress,
      validator_address: m.validatorAddress,
      pubkey: m.pubkey
        ? {
            type: 'tendermint/PubKeyEd25519',
            value: Buffer.from(Ed25519PubKey.decode(m.pubkey.value).key).toString('base64'),
          }
        : undefined,
      value: m.value,
    }),
    signer: (m) => operatorAccount(valAddress(m.validatorAddress)),
    handle(ctx, m) {
      const val = valAddress(m.validatorAddress)
      const key = consensusPubKey(m.pubkey, PUBKEY_TYPES)
      const amount = positiveAmount(m.value, 'invalid delegation amount')
      if (isEmptyDescription(m.description)) throw sdkErrors.invalidRequest.wrap('empty description')
      const c = m.commission
      if (!c || (c.rate === '' && c.maxRate === '' && c.maxChangeRate === ''))
        throw sdkErrors.invalidRequest.wrap('empty commission')
      const rate = decField(c.rate, 'commission rate')
      const maxRate = decField(c.maxRate, 'max commission rate')
      const maxChangeRate = decField(c.maxChangeRate, 'max commission change rate')
      validateCommissionRates(rate, maxRate, maxChangeRate)
      const minSelf = intField(m.minSelfDelegation, 'minimum self delegation')
      if (minSelf <= 0n)
        throw sdkErrors.invalidRequest.wrap('minimum self delegation must be a positive integer')
      if (amount < minSelf) throw stakingErrors.selfDelegationBelowMinimum.wrap('')
      const params = k.getParams(ctx)
      if (rate < params.minCommissionRate)
        throw stakingErrors.commissionLTMinRate.wrap(
          `cannot set validator commission to less than minimum rate of ${decToString(params.minCommissionRate)}`,
        )
      if (k.getValidator(ctx, val)) throw stakingErrors.validatorOwnerExists.wrap('')
      if (k.getValidatorByConsAddr(ctx, consAddress(key))) throw stakingErrors.validatorPubKeyExists.wrap('')
      checkBondDenom(m.value.denom, params.bondDenom)
      const v: Validator = {
        operator: val,
        consPubKey: key,
        jailed: false,
        status: BondStatus.BOND_STATUS_UNBONDED,
        tokens: 0n,
        delegatorShares: 0n,
        description: ensureDescriptionLength(m.description),
        unbondingHeight: 0n,
        unbondingTime: { seconds: 0n, nanos: 0 },
        commission: { rate, maxRate, maxChangeRate, updateTime: ctx.time },
        minSelfDelegation: minSelf,
      }
      k.setValidator(ctx, v)
      k.setValidatorByConsAddr(ctx, v)
      k.setValidatorByPowerIndex(ctx, v)
      k.hook('afterValidatorCreated', ctx, val)
      delegate(k, ctx, operatorAccount(val), amount, BondStatus.BOND_STATUS_UNBONDED, v, true)
      ctx.events.emit(EVENT.createValidator, [
        [ATTR.validator, val],
        [ATTR.amount, coinString(amount, m.value.denom)],
      ])
      return {}
    },
  })
}

export function msgEditValidatorDefinition(k: StakingKeeper): MsgDefinition<MsgEditValidator> {
  return define({
    name: 'MsgEditValidator',
    codec: MsgEditValidator,
    response: MsgEditValidatorResponse,
    toAmino: (m) => ({
      description: aminoDescription(m.description),
      commission_rate: m.commissionRate ? decToString(decField(m.commissionRate, 'rate')) : undefined,
      min_self_delegation: m.minSelfDelegation ? m.minSelfDelegation : undefined,
      validator_address: m.validatorAddress,
    }),
    signer: (m) => operatorAccount(valAddress(m.validatorAddress)),
    handle(ctx, m) {
      const val = valAddress(m.validatorAddress)
      if (isEmptyDescription(m.description)) throw sdkErrors.invalidRequest.wrap('empty description')
      const params = k.getParams(ctx)
      const newRate = m.commissionRate === '' ? undefined : decField(m.commissionRate, 'commission rate')
      if (newRate !== undefined) {
        if (newRate > 10n ** 18n || newRate < 0n)
          throw sdkErrors.invalidRequest.wrap('commission rate must be between 0 and 1 (inclusive)')
        if (newRate < params.minCommissionRate)
          throw sdkErrors.invalidRequest.wrap(
            `commission rate cannot be less than the min commission rate ${decToString(params.minCommissionRate)}`,
          )
      }
      const newMin =
        m.minSelfDelegation === '' ? undefined : intField(m.minSelfDelegation, 'minimum self delegation')
      if (newMin !== undefined && newMin <= 0n)
        throw sdkErrors.invalidRequest.wrap('minimum self delegation must be a positive integer')
      const v = k.mustGetValidator(ctx, val)
      v.description = updateDescription(v.description, m.description)
      if (newRate !== undefined) {
        const c = v.commission
        if (
          compareTime(ctx.time, { seconds: c.updateTime.seconds + DAY_SECONDS, nanos: c.updateTime.nanos }) <
          0
        )
          throw stakingErrors.commissionUpdateTime.wrap('')
        if (newRate > c.maxRate) throw stakingErrors.commissionGTMaxRate.wrap('')
        if (decAbs(newRate - c.rate) > c.maxChangeRate) throw stakingErrors.commissionGTMaxChangeRate.wrap('')
        k.hook('beforeValidatorModified', ctx, val)
        v.commission = { ...c, rate: newRate, updateTime: ctx.time }
      }
      if (newMin !== undefined) {
        if (newMin <= v.minSelfDelegation) throw stakingErrors.minSelfDelegationDecreased.wrap('')
        if (newMin > v.tokens) throw stakingErrors.selfDelegationBelowMinimum.wrap('')
        v.minSelfDelegation = newMin
      }
      k.setValidator(ctx, v)
      ctx.events.emit(EVENT.editValidator, [
        [ATTR.commissionRate, decToString(v.commission.rate)],
        [ATTR.minSelfDelegation, v.minSelfDelegation.toString()],
      ])
      return {}
    },
  })
}

export function msgDelegateDefinition(k: StakingKeeper): MsgDefinition<MsgDelegate> {
  return define({
    name: 'MsgDelegate',
    codec: MsgDelegate,
    response: MsgDelegateResponse,
    toAmino: (m) => ({
      delegator_address: m.delegatorAddress,
      validator_address: m.validatorAddress,
      amount: m.amount,
    }),
    signer: (m) => m.delegatorAddress,
    handle(ctx, m) {
      const val = valAddress(m.validatorAddress)
      const del = accAddress(m.delegatorAddress)
      const amount = positiveAmount(m.amount, 'invalid delegation amount')
      const v = k.mustGetValidator(ctx, val)
      checkBondDenom(m.amount.denom, k.bondDenom(ctx))
      const shares = delegate(k, ctx, del, amount, BondStatus.BOND_STATUS_UNBONDED, v, true)
      ctx.events.emit(EVENT.delegate, [
        [ATTR.validator, val],
        [ATTR.delegator, del],
        [ATTR.amount, coinString(amount, m.amount.denom)],
        [ATTR.newShares, decToString(shares)],
      ])
      return {}
    },
  })
}

export function msgUndelegateDefinition(k: StakingKeeper): MsgDefinition<MsgUndelegate> {
  return define({
    name: 'MsgUndelegate',
    codec: MsgUndelegate,
    response: MsgUndelegateResponse,
    toAmino: (m) => ({
      delegator_address: m.delegatorAddress,
      validator_address: m.validatorAddress,
      amount: m.amount,
    }),
    signer: (m) => m.delegatorAddress,
    handle(ctx, m) {
      const val = valAddress(m.validatorAddress)
      const del = accAddress(m.delegatorAddress)
      const amount = positiveAmount(m.amount, 'invalid shares amount')
      const shares = validateUnbondAmount(k, ctx, del, val, amount)
      checkBondDenom(m.amount.denom, k.bondDenom(ctx))
      const out = undelegate(k, ctx, del, val, shares)
      ctx.events.emit(EVENT.unbond, [
        [ATTR.validator, val],
        [ATTR.delegator, del],
        [ATTR.amount, coinString(out.amount, m.amount.denom)],
        [ATTR.completionTime, rfc3339(out.completionTime)],
      ])
      return {
        completionTime: out.completionTime,
        amount: { denom: m.amount.denom, amount: out.amount.toString() },
      }
    },
  })
}

export function msgBeginRedelegateDefinition(k: StakingKeeper): MsgDefinition<MsgBeginRedelegate> {
  return define({
    name: 'MsgBeginRedelegate',
    codec: MsgBeginRedelegate,
    response: MsgBeginRedelegateResponse,
    toAmino: (m) => ({
      delegator_address: m.delegatorAddress,
      validator_src_address: m.validatorSrcAddress,
      validator_dst_address: m.validatorDstAddress,
      amount: m.amount,
    }),
    signer: (m) => m.delegatorAddress,
    handle(ctx, m) {
      const src = valAddress(m.validatorSrcAddress, 'source validator')
      const dst = valAddress(m.validatorDstAddress, 'destination validator')
      k.mustGetValidator(ctx, src)
      k.mustGetValidator(ctx, dst)
      const del = accAddress(m.delegatorAddress)
      const amount = positiveAmount(m.amount, 'invalid shares amount')
      if (!k.getDelegation(ctx, del, src))
        throw sdkErrors.notFound.wrap(`delegation with delegator ${del} not found for validator ${src}`)
      const shares = validateUnbondAmount(k, ctx, del, src, amount)
      checkBondDenom(m.amount.denom, k.bondDenom(ctx))
      const completionTime = beginRedelegation(k, ctx, del, src, dst, shares)
      ctx.events.emit(EVENT.redelegate, [
        [ATTR.sourceValidator, src],
        [ATTR.destinationValidator, dst],
        [ATTR.amount, coinString(amount, m.amount.denom)],
        [ATTR.completionTime, rfc3339(completionTime)],
      ])
      return { completionTime }
    },
  })
}

export function msgCancelUnbondingDelegationDefinition(
  k: StakingKeeper,
): MsgDefinition<MsgCancelUnbondingDelegation> {
  return define({
    name: 'MsgCancelUnbondingDelegation',
    codec: MsgCancelUnbondingDelegation,
    response: MsgCancelUnbondingDelegationResponse,
    toAmino: (m) => ({
      delegator_address: m.delegatorAddress,
      validator_address: m.validatorAddress,
      amount: m.amount,
      creation_height: m.creationHeight.toString(),
    }),
    signer: (m) => m.delegatorAddress,
    handle(ctx, m) {
      const val = valAddress(m.validatorAddress)
      const del = accAddress(m.delegatorAddress)
      const amount = positiveAmount(m.amount, 'invalid amount')
      if (m.creationHeight <= 0n) throw sdkErrors.invalidRequest.wrap('invalid height')
      k.mustGetValidator(ctx, val)
      checkBondDenom(m.amount.denom, k.bondDenom(ctx))
      cancelUnbondingDelegation(k, ctx, del, val, amount, m.creationHeight)
      ctx.events.emit(EVENT.cancelUnbondingDelegation, [
        [ATTR.amount, coinString(amount, m.amount.denom)],
        [ATTR.validator, val],
        [ATTR.delegator, del],
        [ATTR.creationHeight, m.creationHeight.toString()],
      ])
      return {}
    },
  })
}

export function stakingMsgDefinitions(k: StakingKeeper): MsgDefinition[] {
  return [
    msgCreateValidatorDefinition(k),
    msgEditValidatorDefinition(k),
    msgDelegateDefinition(k),
    msgUndelegateDefinition(k),
    msgBeginRedelegateDefinition(k),
    msgCancelUnbondingDelegationDefinition(k),
    msgUpdateStakingParamsDefinition(k),
  ] as MsgDefinition[]
}
