// The `cosmos.distribution.v1beta1.Msg` service (withdraw rewards and commission, set the withdraw address,
// fund the community pool; with the gov authority: spend from the community pool, update params). Amino names
// and JSON equal @cosmjs/stargate's distribution converters and the SDK's amino registrations.
import {
  MsgCommunityPoolSpend,
  MsgCommunityPoolSpendResponse,
  MsgFundCommunityPool,
  MsgFundCommunityPoolResponse,
  MsgSetWithdrawAddress,
  MsgSetWithdrawAddressResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawValidatorCommission,
  MsgWithdrawValidatorCommissionResponse,
} from 'cosmjs-types/cosmos/distribution/v1beta1/tx'
import {
  type Coin,
  type Context,
  checkAuthority,
  checkParamsWith,
  decCoinsFromCoins,
  decToString,
  fromBech32,
  type MsgDefinition,
  normalizeAddress,
  parseAmount,
  sdkErrors,
  toBech32,
  VALOPER_PREFIX,
  validateCoins,
} from '../sdk/index.js'
import { distributionErrors } from './errors.js'
import type { DistributionKeeper } from './keeper.js'
import { MODULE_NAME } from './keys.js'
import { paramsFromProto, validateDistributionParams } from './params.js'

function address(a: string, what: string, prefix?: string): string {
  try {
    return normalizeAddress(a, prefix)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${what} address: ${(e as Error).message}`)
  }
}

const toProtoCoins = (coins: Coin[]) => coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))

interface Spec<T, R> {
  name: string
  aminoName: string
  codec: { decode(b: Uint8Array): T; encode(m: T): { finish(): Uint8Array } }
  response: { encode(m: R): { finish(): Uint8Array } }
  toAmino(m: T): unknown
  signer(m: T): string
  /** Stateless checks; gov runs them at proposal submission. */
  validateBasic?(m: T): void
  handle(ctx: Context, m: T): R
}

/** cosmos distribution `validateAuthority`: a parseable address (sdk 7), then the gov account (gov 13). */
function authority(a: string): void {
  address(a, 'authority')
  checkAuthority(a)
}

/** The SDK's `validateAmount`: non-empty (a nil `Coins` on the Go side) and valid, else sdk 10. */
function spendAmount(m: MsgCommunityPoolSpend): Coin[] {
  const amount = m.amount.map((c) => {
    try {
      return { denom: c.denom, amount: parseAmount(c.amount) }
    } catch (e) {
      throw sdkErrors.invalidCoins.wrap((e as Error).message)
    }
  })
  if (amount.length === 0) throw sdkErrors.invalidCoins.wrap('amount cannot be nil')
  validateCoins(amount)
  return amount
}

function updateParams(m: MsgUpdateParams) {
  if (!m.params) throw sdkErrors.invalidRequest.wrap('params are required')
  const params = m.params
  let p: ReturnType<typeof paramsFromProto> | undefined
  checkParamsWith(() => {
    p = paramsFromProto(params)
  })
  // The SDK refuses to set the deprecated proposer rewards at all (sdk 18).
  if (p!.baseProposerReward !== 0n || p!.bonusProposerReward !== 0n)
    throw sdkErrors.invalidRequest.wrap(
      'cannot update base or bonus proposer reward because these are deprecated fields',
    )
  checkParamsWith(() => validateDistributionParams(p!))
  return p!
}

function define<T, R>(spec: Spec<T, R>): MsgDefinition<T> {
  return {
    typeUrl: `/cosmos.distribution.v1beta1.${spec.name}`,
    aminoName: spec.aminoName,
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
    validateBasic: (m) => spec.validateBasic?.(m),
    handle: (ctx, m) => ({
      typeUrl: `/cosmos.distribution.v1beta1.${spec.name}Response`,
      value: spec.response.encode(spec.handle(ctx, m)).finish(),
    }),
  }
}

export function distributionMsgDefinitions(k: DistributionKeeper): MsgDefinition[] {
  return [
    define({
      name: 'MsgSetWithdrawAddress',
      aminoName: 'cosmos-sdk/MsgModifyWithdrawAddress',
      codec: MsgSetWithdrawAddress,
      response: MsgSetWithdrawAddressResponse,
      toAmino: (m) => ({ delegator_address: m.delegatorAddress, withdraw_address: m.withdrawAddress }),
      signer: (m) => m.delegatorAddress,
      handle(ctx, m) {
        const del = address(m.delegatorAddress, 'delegator')
        const withdraw = address(m.withdrawAddress, 'withdraw')
        if (!k.getParams(ctx).withdrawAddrEnabled) throw distributionErrors.setWithdrawAddrDisabled.wrap('')
        if (k.bank.blockedAddr(withdraw))
          throw sdkErrors.unauthorized.wrap(`${withdraw} is not allowed to receive external funds`)
        k.setWithdrawAddr(ctx, del, withdraw)
        ctx.events.emit('set_withdraw_address', [['withdraw_address', withdraw]])
        return {}
      },
    }),
    define({
      name: 'MsgWithdrawDelegatorReward',
      aminoName: 'cosmos-sdk/MsgWithdrawDelegationReward',
      codec: MsgWithdrawDelegatorReward,
      response: MsgWithdrawDelegatorRewardResponse,
      toAmino: (m) => ({ delegator_address: m.delegatorAddress, validator_address: m.validatorAddress }),
      signer: (m) => m.delegatorAddress,
      handle(ctx, m) {
        const del = address(m.delegatorAddress, 'delegator')
        const val = address(m.validatorAddress, 'validator', VALOPER_PREFIX)
        if (!k.staking.getValidator(ctx, val)) throw distributionErrors.noValidatorExists.wrap('')
        if (!k.staking.getDelegation(ctx, del, val)) throw distributionErrors.emptyDelegationDistInfo.wrap('')
        const amount = k.withdrawDelegationRewards(ctx, val, del)
        k.initializeDelegation(ctx, val, del)
        return { amount: toProtoCoins(amount) }
      },
    }),
    define({
      name: 'MsgWithdrawValidatorCommission',
      aminoName: 'cosmos-sdk/MsgWithdrawValidatorCommission',
      codec: MsgWithdrawValidatorCommission,
      response: MsgWithdrawValidatorCommissionResponse,
      toAmino: (m) => ({ validator_address: m.validatorAddress }),
      signer: (m) =>
        toBech32(fromBech32(address(m.validatorAddress, 'validator', VALOPER_PREFIX), VALOPER_PREFIX)),
      handle(ctx, m) {
        const val = address(m.validatorAddress, 'validator', VALOPER_PREFIX)
        return { amount: toProtoCoins(k.withdrawValidatorCommission(ctx, val)) }
      },
    }),
    define({
      name: 'MsgFundCommunityPool',
      aminoName: 'cosmos-sdk/MsgFundCommunityPool',
      codec: MsgFundCommunityPool,
      response: MsgFundCommunityPoolResponse,
      toAmino: (m) => ({ amount: [...m.amount], depositor: m.depositor }),
      signer: (m) => m.depositor,
      handle(ctx, m) {
        const depositor = address(m.depositor, 'depositor')
        const amount = m.amount.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))
        if (amount.length === 0) throw sdkErrors.invalidCoins.wrap('amount must not be empty')
        validateCoins(amount)
        k.bank.sendCoinsFromAccountToModule(ctx, depositor, MODULE_NAME, amount)
        k.addToCommunityPool(ctx, decCoinsFromCoins(amount))
        return {}
      },
    }),
    define({
      name: 'MsgCommunityPoolSpend',
      aminoName: 'cosmos-sdk/distr/MsgCommunityPoolSpend',
      codec: MsgCommunityPoolSpend,
      response: MsgCommunityPoolSpendResponse,
      toAmino: (m) => ({ authority: m.authority, recipient: m.recipient, amount: [...m.amount] }),
      signer: (m) => m.authority,
      handle(ctx, m) {
        authority(m.authority)
        const amount = spendAmount(m)
        const recipient = address(m.recipient, 'recipient')
        if (k.bank.blockedAddr(recipient))
          throw sdkErrors.unauthorized.wrap(`${recipient} is not allowed to receive external funds`)
        k.distributeFromFeePool(ctx, amount, recipient)
        ctx.events.emit('community_pool_spend', [
          ['recipient', recipient],
          ['amount', amount.map((c) => `${c.amount}${c.denom}`).join(',')],
        ])
        return {}
      },
    }),
    define({
      name: 'MsgUpdateParams',
      aminoName: 'cosmos-sdk/distribution/MsgUpdateParams',
      codec: MsgUpdateParams,
      response: MsgUpdateParamsResponse,
      toAmino: (m) => {
        const p = m.params ? paramsFromProto(m.params) : undefined
        return {
          authority: m.authority,
          params: p && {
            community_tax: decToString(p.communityTax),
            base_proposer_reward: decToString(p.baseProposerReward),
            bonus_proposer_reward: decToString(p.bonusProposerReward),
            withdraw_addr_enabled: p.withdrawAddrEnabled,
          },
        }
      },
      signer: (m) => m.authority,
      validateBasic: (m) => {
        updateParams(m)
      },
      handle(ctx, m) {
        authority(m.authority)
        k.setParams(ctx, updateParams(m))
        return {}
      },
    }),
  ]
}
