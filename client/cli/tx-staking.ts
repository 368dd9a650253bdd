// `datum tx staking|slashing|distribution …`: the cosmos x/staking, x/slashing and x/distribution Msgs, with
// the flags and defaults of simd's CLI (commission 0.1 / 0.2 / 0.01, min self-delegation 1).
import { fromBech32, toBech32 } from '@cosmjs/encoding'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import {
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
} from 'cosmjs-types/cosmos/distribution/v1beta1/query'
import {
  MsgFundCommunityPoolResponse,
  MsgSetWithdrawAddressResponse,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawValidatorCommissionResponse,
} from 'cosmjs-types/cosmos/distribution/v1beta1/tx'
import { MsgUnjailResponse } from 'cosmjs-types/cosmos/slashing/v1beta1/tx'
import {
  MsgBeginRedelegateResponse,
  MsgCancelUnbondingDelegationResponse,
  MsgCreateValidatorResponse,
  MsgDelegateResponse,
  MsgEditValidatorResponse,
  MsgUndelegateResponse,
} from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { type FlagSpecs, type ParsedArgs, positional, str } from './args.js'
import { coinsFromString } from './coins.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { abciQuery } from './query-command.js'
import { runTx, runTxMsgs } from './tx-run.js'

const tx = (
  module: string,
  name: string,
  summary: string,
  c: Omit<Command, 'path' | 'summary' | 'kind'>,
): Command => ({
  path: ['tx', module, name],
  summary,
  kind: 'tx',
  ...c,
})

/** `datumvaloper…` of an account address (same bytes), as the SDK derives the operator of a key. */
export function valoperOfAccount(address: string): string {
  return toBech32('datumvaloper', fromBech32(address).data)
}

export function valoperArg(a: ParsedArgs, i: number, what = 'validator-addr'): string {
  const s = positional(a, i, what)
  let prefix: string
  try {
    prefix = fromBech32(s).prefix
  } catch {
    throw new UsageError(`<${what}> ${JSON.stringify(s)} is not a bech32 address`)
  }
  if (prefix !== 'datumvaloper') throw new UsageError(`<${what}> must be a datumvaloper… address`)
  return s
}

function accountArg(a: ParsedArgs, i: number, what: string): string {
  const s = positional(a, i, what)
  try {
    if (fromBech32(s).prefix === 'datum') return s
  } catch {}
  throw new UsageError(`<${what}> ${JSON.stringify(s)} is not a datum… address`)
}

function oneCoin(s: string, what: string) {
  const coins = coinsFromString(s)
  if (coins.length !== 1) throw new UsageError(`<${what}> is one coin, e.g. 1000000udatum`)
  return coins[0]!
}

/** A decimal flag (`0.1`) as the LegacyDec atomics (× 10^18) the wire carries. */
export function decAtomics(s: string, what: string): string {
  const m = /^(\d{1,30})(?:\.(\d{1,18}))?$/.exec(s)
  if (!m) throw new UsageError(`${what} must be a decimal like 0.1 (got ${s})`)
  return (BigInt(m[1]!) * 10n ** 18n + BigInt((m[2] ?? '').padEnd(18, '0'))).toString()
}

function positiveInt(s: string, what: string): string {
  if (!/^[1-9]\d{0,77}$/.test(s)) throw new UsageError(`${what} must be a positive integer (got ${s})`)
  return s
}

/**
 * The consensus key: base64 of the 32 bytes, the SDK's `{"@type":"/cosmos.crypto.ed25519.PubKey","key":…}`,
 * or what `datumd keys show-validator` prints (`{"pub_key":{"type":"tendermint/PubKeyEd25519","value":…}}`).
 */
export function consensusPubkey(s: string) {
  let b64 = s.trim()
  if (b64.startsWith('{')) {
    let j: { key?: string; value?: string; pub_key?: { value?: string } }
    try {
      j = JSON.parse(b64)
    } catch {
      throw new UsageError('--pubkey is not valid JSON')
    }
    b64 = j.key ?? j.value ?? j.pub_key?.value ?? ''
  }
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(b64)
    ? new Uint8Array(Buffer.from(b64, 'base64'))
    : new Uint8Array()
  if (key.length !== 32) throw new UsageError('--pubkey must be a 32-byte ed25519 key (base64 or JSON)')
  return { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKey.encode({ key }).finish() }
}

const DESCRIPTION_FLAGS: FlagSpecs = {
  moniker: { type: 'string', description: 'validator name', value: '<name>' },
  identity: { type: 'string', description: 'keybase identity', value: '<id>' },
  website: { type: 'string', description: 'website', value: '<url>' },
  'security-contact': { type: 'string', description: 'security contact email', value: '<email>' },
  details: { type: 'string', description: 'free text', value: '<text>' },
}

const KEEP = '[do-not-modify]'
const description = (a: ParsedArgs, fallback: string) => ({
  moniker: str(a, 'moniker') ?? fallback,
  identity: str(a, 'identity') ?? (fallback === KEEP ? KEEP : ''),
  website: str(a, 'website') ?? (fallback === KEEP ? KEEP : ''),
  securityContact: str(a, 'security-contact') ?? (fallback === KEEP ? KEEP : ''),
  details: str(a, 'details') ?? (fallback === KEEP ? KEEP : ''),
})

export const stakingTxCommands: Command[] = [
  tx('staking', 'create-validator', 'become a validator: self-delegate and register a consensus key', {
    details:
      'The signer (--from) is the operator; its datumvaloper address has the same bytes. --pubkey takes the output of `datumd keys show-validator`.',
    flags: {
      amount: { type: 'string', description: 'self-delegation', required: true, value: '<coin>' },
      pubkey: {
        type: 'string',
        description: 'ed25519 consensus key',
        required: true,
        value: '<json|base64>',
      },
      ...DESCRIPTION_FLAGS,
      'commission-rate': { type: 'string', description: 'initial rate', default: '0.1', value: '<dec>' },
      'commission-max-rate': {
        type: 'string',
        description: 'highest rate ever',
        default: '0.2',
        value: '<dec>',
      },
      'commission-max-change-rate': {
        type: 'string',
        description: 'largest daily change',
        default: '0.01',
        value: '<dec>',
      },
      'min-self-delegation': {
        type: 'string',
        description: 'in bond-denom units',
        default: '1',
        value: '<n>',
      },
    },
    run: (a) => {
      const value = oneCoin(str(a, 'amount')!, 'amount')
      const pubkey = consensusPubkey(str(a, 'pubkey')!)
      if (str(a, 'moniker') === undefined) throw new UsageError('--moniker is required')
      const commission = {
        rate: decAtomics(str(a, 'commission-rate')!, '--commission-rate'),
        maxRate: decAtomics(str(a, 'commission-max-rate')!, '--commission-max-rate'),
        maxChangeRate: decAtomics(str(a, 'commission-max-change-rate')!, '--commission-max-change-rate'),
      }
      const minSelfDelegation = positiveInt(str(a, 'min-self-delegation')!, '--min-self-delegation')
      return runTx(
        a,
        (sender) => ({
          typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
          value: {
            description: description(a, ''),
            commission,
            minSelfDelegation,
            delegatorAddress: '',
            validatorAddress: sender ? valoperOfAccount(sender) : '',
            pubkey,
            value,
          },
        }),
        MsgCreateValidatorResponse,
      )
    },
  }),
  tx(
    'staking',
    'edit-validator',
    "change the signer's validator description, commission rate or min self-delegation",
    {
      flags: {
        ...DESCRIPTION_FLAGS,
        'commission-rate': {
          type: 'string',
          description: 'new rate (at most once per 24 h)',
          value: '<dec>',
        },
        'min-self-delegation': { type: 'string', description: 'new minimum (only up)', value: '<n>' },
      },
      run: (a) => {
        const rate = str(a, 'commission-rate')
        const commissionRate = rate === undefined ? '' : decAtomics(rate, '--commission-rate')
        const min = str(a, 'min-self-delegation')
        const minSelfDelegation = min === undefined ? '' : positiveInt(min, '--min-self-delegation')
        return runTx(
          a,
          (sender) => ({
            typeUrl: '/cosmos.staking.v1beta1.MsgEditValidator',
            value: {
              description: description(a, KEEP),
              validatorAddress: sender ? valoperOfAccount(sender) : '',
              commissionRate,
              minSelfDelegation,
            },
          }),
          MsgEditValidatorResponse,
        )
      },
    },
  ),
  tx('staking', 'delegate', 'delegate tokens to a validator', {
    args: '<validator-addr> <amount>',
    run: (a) => {
      const validatorAddress = valoperArg(a, 0)
      const amount = oneCoin(positional(a, 1, 'amount'), 'amount')
      return runTx(
        a,
        (delegatorAddress) => ({
          typeUrl: '/cosmos.staking.v1beta1.MsgDelegate',
          value: { delegatorAddress, validatorAddress, amount },
        }),
        MsgDelegateResponse,
      )
    },
  }),
  tx('staking', 'unbond', 'undelegate tokens; they return after the unbonding time', {
    args: '<validator-addr> <amount>',
    run: (a) => {
      const validatorAddress = valoperArg(a, 0)
      const amount = oneCoin(positional(a, 1, 'amount'), 'amount')
      return runTx(
        a,
        (delegatorAddress) => ({
          typeUrl: '/cosmos.staking.v1beta1.MsgUndelegate',
          value: { delegatorAddress, validatorAddress, amount },
        }),
        MsgUndelegateResponse,
      )
    },
  }),
  tx('staking', 'redelegate', 'move a delegation to another validator at once', {
    args: '<src-validator-addr> <dst-validator-addr> <amount>',
    run: (a) => {
      const validatorSrcAddress = valoperArg(a, 0, 'src-validator-addr')
      const validatorDstAddress = valoperArg(a, 1, 'dst-validator-addr')
      const amount = oneCoin(positional(a, 2, 'amount'), 'amount')
      return runTx(
        a,
        (delegatorAddress) => ({
          typeUrl: '/cosmos.staking.v1beta1.MsgBeginRedelegate',
          value: { delegatorAddress, validatorSrcAddress, validatorDstAddress, amount },
        }),
        MsgBeginRedelegateResponse,
      )
    },
  }),
  tx('staking', 'cancel-unbond', 'delegate back (part of) an unbonding entry', {
    args: '<validator-addr> <amount> <creation-height>',
    run: (a) => {
      const validatorAddress = valoperArg(a, 0)
      const amount = oneCoin(positional(a, 1, 'amount'), 'amount')
      const creationHeight = BigInt(positiveInt(positional(a, 2, 'creation-height'), '<creation-height>'))
      return runTx(
        a,
        (delegatorAddress) => ({
          typeUrl: '/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation',
          value: { delegatorAddress, validatorAddress, amount, creationHeight },
        }),
        MsgCancelUnbondingDelegationResponse,
      )
    },
  }),
  tx('slashing', 'unjail', "unjail the signer's validator after its downtime jail", {
    run: (a) =>
      runTx(
        a,
        (sender) => ({
          typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail',
          value: { validatorAddr: sender ? valoperOfAccount(sender) : '' },
        }),
        MsgUnjailResponse,
      ),
  }),
  tx('distribution', 'withdraw-rewards', "withdraw the signer's rewards from one validator", {
    args: '<validator-addr>',
    run: (a) => {
      const validatorAddress = valoperArg(a, 0)
      return runTx(
        a,
        (delegatorAddress) => ({
          typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward',
          value: { delegatorAddress, validatorAddress },
        }),
        MsgWithdrawDelegatorRewardResponse,
      )
    },
  }),
  tx(
    'distribution',
    'withdraw-all-rewards',
    "withdraw the signer's rewards from every validator it delegates to",
    {
      run: (a) =>
        runTxMsgs(
          a,
          async (delegatorAddress) => {
            const res = QueryDelegatorValidatorsResponse.decode(
              await abciQuery(
                a,
                '/cosmos.distribution.v1beta1.Query/DelegatorValidators',
                QueryDelegatorValidatorsRequest.encode({ delegatorAddress }).finish(),
              ),
            )
            return res.validators.map((validatorAddress) => ({
              typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward',
              value: { delegatorAddress, validatorAddress },
            }))
          },
          MsgWithdrawDelegatorRewardResponse,
        ),
    },
  ),
  tx('distribution', 'set-withdraw-addr', 'where the signer’s rewards go from now on', {
    args: '<withdraw-addr>',
    run: (a) => {
      const withdrawAddress = accountArg(a, 0, 'withdraw-addr')
      return runTx(
        a,
        (delegatorAddress) => ({
          typeUrl: '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress',
          value: { delegatorAddress, withdrawAddress },
        }),
        MsgSetWithdrawAddressResponse,
      )
    },
  }),
  tx('distribution', 'fund-community-pool', 'send coins to the community pool', {
    args: '<coins>',
    run: (a) => {
      const amount = coinsFromString(positional(a, 0, 'coins'))
      return runTx(
        a,
        (depositor) => ({
          typeUrl: '/cosmos.distribution.v1beta1.MsgFundCommunityPool',
          value: { depositor, amount },
        }),
        MsgFundCommunityPoolResponse,
      )
    },
  }),
  tx('distribution', 'withdraw-commission', "withdraw the commission of the signer's validator", {
    run: (a) =>
      runTx(
        a,
        (sender) => ({
          typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission',
          value: { validatorAddress: sender ? valoperOfAccount(sender) : '' },
        }),
        MsgWithdrawValidatorCommissionResponse,
      ),
  }),
]
