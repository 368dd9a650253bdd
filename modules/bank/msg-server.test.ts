import { AminoTypes, createBankAminoConverters } from '@cosmjs/stargate'
import { MsgMultiSend, MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { msgMultiSendDefinition, msgSendDefinition } from './msg-server.js'
import {
  addr,
  type BankEnv,
  bankEnv,
  cleanupBankEnvs,
  expectAbciError,
  moduleAddr,
  udatum,
} from './test-env.js'

afterAll(cleanupBankEnvs)

const coins = (amount: string, denom = 'udatum') => [{ denom, amount }]

describe('MsgSend', () => {
  let env: BankEnv
  let def: ReturnType<typeof msgSendDefinition>
  beforeAll(async () => {
    env = await bankEnv({ blockedAddresses: [moduleAddr('plain')] })
    def = msgSendDefinition(env.bank)
  })

  it('matches the CosmJS amino converter, type URL and signers', async () => {
    const msg = MsgSend.fromPartial({ fromAddress: addr(1), toAddress: addr(2), amount: coins('7') })
    const cosmjs = new AminoTypes(createBankAminoConverters())
    expect({ type: def.aminoName, value: def.toAmino(msg) }).toEqual(
      cosmjs.toAmino({ typeUrl: def.typeUrl, value: msg }),
    )
    expect(def.signers(msg)).toEqual([addr(1)])
    expect(def.decode(def.encode(msg))).toEqual(msg)
  })

  it('validate basic checks amounts (sdk 10); the server checks addresses (sdk 7), as in SDK 0.50', async () => {
    const ok = { fromAddress: addr(1), toAddress: addr(2), amount: coins('1') }
    def.validateBasic(MsgSend.fromPartial(ok))
    for (const bad of [{ fromAddress: 'datum1bad' }, { toAddress: '' }]) {
      const msg = MsgSend.fromPartial({ ...ok, ...bad })
      def.validateBasic(msg)
      expectAbciError(() => def.handle(env.ctx(), msg), 'sdk', 7)
    }
    for (const amount of [
      [],
      coins('0'),
      coins('01'),
      coins('-1'),
      coins('1.5'),
      coins('0x10'),
      coins('1', 'x'),
    ])
      expectAbciError(() => def.validateBasic(MsgSend.fromPartial({ ...ok, amount })), 'sdk', 10)
    const unsorted = [...coins('1', 'ubbb'), ...coins('1', 'uaaa')]
    expectAbciError(() => def.validateBasic(MsgSend.fromPartial({ ...ok, amount: unsorted })), 'sdk', 10)
  })

  it('handles a send and returns MsgSendResponse', async () => {
    env.fund(addr(1), udatum(50))
    const ctx = env.ctx()
    const res = def.handle(
      ctx,
      MsgSend.fromPartial({ fromAddress: addr(1), toAddress: addr(2), amount: coins('20') }),
    )
    expect(res.typeUrl).toBe('/cosmos.bank.v1beta1.MsgSendResponse')
    expect(MsgSendResponse.decode(res.value)).toEqual({})
    expect(env.bank.getBalance(ctx, addr(2), 'udatum').amount).toBe(20n)
  })

  it('refuses disabled denoms (bank 5), blocked recipients (sdk 4), overspends (sdk 5)', async () => {
    const ctx = env.ctx()
    expectAbciError(
      () =>
        def.handle(
          ctx,
          MsgSend.fromPartial({ fromAddress: addr(1), toAddress: moduleAddr('plain'), amount: coins('1') }),
        ),
      'sdk',
      4,
    )
    expectAbciError(
      () =>
        def.handle(
          ctx,
          MsgSend.fromPartial({ fromAddress: addr(1), toAddress: addr(2), amount: coins('1000') }),
        ),
      'sdk',
      5,
    )
    env.bank.setSendEnabled(ctx, 'udatum', false)
    expectAbciError(
      () =>
        def.handle(
          ctx,
          MsgSend.fromPartial({ fromAddress: addr(1), toAddress: addr(2), amount: coins('1') }),
        ),
      'bank',
      5,
    )
  })
})

describe('MsgMultiSend', () => {
  let env: BankEnv
  let def: ReturnType<typeof msgMultiSendDefinition>
  beforeAll(async () => {
    env = await bankEnv()
    def = msgMultiSendDefinition(env.bank)
  })
  const io = (seed: number, amount: string) => ({ address: addr(seed), coins: coins(amount) })

  it('matches the CosmJS amino converter', async () => {
    const msg = MsgMultiSend.fromPartial({ inputs: [io(1, '3')], outputs: [io(2, '1'), io(3, '2')] })
    const cosmjs = new AminoTypes(createBankAminoConverters())
    expect({ type: def.aminoName, value: def.toAmino(msg) }).toEqual(
      cosmjs.toAmino({ typeUrl: def.typeUrl, value: msg }),
    )
  })

  it('validate basic: bank codes 2, 3, 4 and 9', async () => {
    expectAbciError(() => def.validateBasic(MsgMultiSend.fromPartial({ outputs: [io(2, '1')] })), 'bank', 2)
    expectAbciError(() => def.validateBasic(MsgMultiSend.fromPartial({ inputs: [io(1, '1')] })), 'bank', 3)
    expectAbciError(
      () => def.validateBasic(MsgMultiSend.fromPartial({ inputs: [io(1, '2')], outputs: [io(2, '1')] })),
      'bank',
      4,
    )
    expectAbciError(
      () =>
        def.validateBasic(
          MsgMultiSend.fromPartial({ inputs: [io(1, '1'), io(2, '1')], outputs: [io(3, '2')] }),
        ),
      'bank',
      9,
    )
  })

  it('validate basic leaves addresses to the server (SDK 0.50): sdk 7 at delivery, nothing moved', async () => {
    env.fund(addr(20), udatum(10))
    for (const bad of ['datum1bad', '', 'tgrade1z363ulwcrxged4z5jswyt5dn5v3lzsemwz9ewj']) {
      const msg = MsgMultiSend.fromPartial({
        inputs: [io(20, '3')],
        outputs: [io(21, '1'), { address: bad, coins: coins('2') }],
      })
      def.validateBasic(msg)
      const ctx = env.ctx()
      expectAbciError(() => def.handle(ctx, msg), 'sdk', 7, 'invalid output address')
      expect(env.bank.getAllBalances(ctx, addr(20))).toEqual(udatum(10))
      expect(env.bank.getAllBalances(ctx, addr(21))).toEqual([])
    }
    const badInput = MsgMultiSend.fromPartial({
      inputs: [{ address: 'datum1bad', coins: coins('1') }],
      outputs: [io(21, '1')],
    })
    def.validateBasic(badInput)
    expectAbciError(() => def.handle(env.ctx(), badInput), 'sdk', 7, 'invalid input address')
    // the amounts stay stateless (sdk 10), whatever the addresses
    expectAbciError(
      () =>
        def.validateBasic(
          MsgMultiSend.fromPartial({ inputs: [io(20, '01')], outputs: [{ address: '', coins: coins('1') }] }),
        ),
      'sdk',
      10,
    )
  })

  it('pays every output', async () => {
    env.fund(addr(1), udatum(10))
    const ctx = env.ctx()
    const msg = MsgMultiSend.fromPartial({ inputs: [io(1, '3')], outputs: [io(2, '1'), io(3, '2')] })
    def.validateBasic(msg)
    expect(def.handle(ctx, msg).typeUrl).toBe('/cosmos.bank.v1beta1.MsgMultiSendResponse')
    expect(env.bank.getAllBalances(ctx, addr(1))).toEqual(udatum(7))
    expect(env.bank.getAllBalances(ctx, addr(3))).toEqual(udatum(2))
  })
})
