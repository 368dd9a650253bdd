// Amino JSON of every staking Msg equals what @cosmjs/stargate's converters produce, so amino-signed txs verify.
import { createStakingAminoConverters } from '@cosmjs/stargate'
import { describe, expect, it } from 'vitest'
import { AccountKeeper } from '../auth/keeper.js'
import { BankKeeper } from '../bank/keeper.js'
import { StakingKeeper } from './keeper.js'
import { stakingMsgDefinitions } from './msg-server.js'
import { accountAddr, coin, createValidatorMsg, valAddr } from './test-env.js'

const auth = new AccountKeeper()
const defs = new Map(
  stakingMsgDefinitions(new StakingKeeper(new BankKeeper(auth), auth)).map((d) => [d.typeUrl, d]),
)
const cosmjs = createStakingAminoConverters()

const samples: Record<string, unknown> = {
  '/cosmos.staking.v1beta1.MsgCreateValidator': {
    ...createValidatorMsg(1, 5_000_000n, { rate: '0.05', maxRate: '0.2', maxChangeRate: '0.01' }),
    delegatorAddress: accountAddr(1),
  },
  '/cosmos.staking.v1beta1.MsgEditValidator': {
    description: {
      moniker: 'm',
      identity: '[do-not-modify]',
      website: '',
      securityContact: '',
      details: 'd',
    },
    validatorAddress: valAddr(1),
    commissionRate: '150000000000000000',
    minSelfDelegation: '',
  },
  '/cosmos.staking.v1beta1.MsgDelegate': {
    delegatorAddress: accountAddr(2),
    validatorAddress: valAddr(1),
    amount: coin(7n),
  },
  '/cosmos.staking.v1beta1.MsgUndelegate': {
    delegatorAddress: accountAddr(2),
    validatorAddress: valAddr(1),
    amount: coin(7n),
  },
  '/cosmos.staking.v1beta1.MsgBeginRedelegate': {
    delegatorAddress: accountAddr(2),
    validatorSrcAddress: valAddr(1),
    validatorDstAddress: valAddr(3),
    amount: coin(7n),
  },
  '/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation': {
    delegatorAddress: accountAddr(2),
    validatorAddress: valAddr(1),
    amount: coin(7n),
    creationHeight: 12n,
  },
}

describe('staking amino JSON', () => {
  it('matches createStakingAminoConverters for every Msg, with the same amino names', () => {
    // CosmJS has no converter for the gov-only MsgUpdateParams (it travels inside a proposal as proto).
    const userMsgs = [...defs.keys()].filter((u) => u !== '/cosmos.staking.v1beta1.MsgUpdateParams')
    expect(userMsgs.sort()).toEqual(Object.keys(samples).sort())
    for (const [typeUrl, msg] of Object.entries(samples)) {
      const def = defs.get(typeUrl)!
      const converter = cosmjs[typeUrl]!
      expect(def.aminoName).toBe(converter.aminoType)
      const ours = JSON.parse(JSON.stringify(def.toAmino(msg)))
      const theirs = JSON.parse(JSON.stringify(converter.toAmino(msg)))
      expect(ours, typeUrl).toEqual(theirs)
    }
  })
})
