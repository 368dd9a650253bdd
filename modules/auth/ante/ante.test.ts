// The ante chain end to end over real keepers, with txs signed by the real CosmJS wallets.

import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { Any } from 'cosmjs-types/google/protobuf/any'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { propertySeed } from '../../../node/testing/property-seed.js'
import { BankKeeper } from '../../bank/keeper.js'
import { msgMultiSendDefinition, msgSendDefinition } from '../../bank/msg-server.js'
import { type Context, type DecodedTx, type ExecMode, moduleAddress, toBech32 } from '../../sdk/index.js'
import { AccountKeeper } from '../keeper.js'
import { FEE_COLLECTOR_NAME } from '../keys.js'
import {
  aminoSigner,
  decodeTestTx,
  directSigner,
  expectAbciError,
  type SignArgs,
  type StoreEnv,
  signTx,
  storeEnv,
  type TestSigner,
} from '../test-env.js'

const expectCode = (fn: () => unknown, code: number, text?: string | RegExp) =>
  expectAbciError(fn, 'sdk', code, text)

import { newAnteHandler } from './handler.js'

const SEED = propertySeed('modules/auth/ante/ante.test.ts')

const CHAIN = 'datum-test-1'
const FEE = { amount: [{ denom: 'udatum', amount: '5000' }], gas: '200000' }

let env: StoreEnv
let accounts: AccountKeeper
let bank: BankKeeper
let alice: TestSigner
let aliceAmino: TestSigner
let bob: TestSigner
let aliceNumber: bigint

/** A context over everything written so far (the previous context's writes are flushed), at height 10. */
const ctxFor = (mode: ExecMode = 'deliver', gas?: number): Context => env.ctx(mode, gas)

const defs = () => [msgSendDefinition(bank), msgMultiSendDefinition(bank)]

const send = (from: string, to: string, amount = '100') => ({
  typeUrl: '/cosmos.bank.v1beta1.MsgSend',
  value: { fromAddress: from, toAddress: to, amount: [{ denom: 'udatum', amount }] },
})

async function tx(signer: TestSigner, overrides: Partial<SignArgs> = {}): Promise<DecodedTx> {
  const raw = await signTx(signer, {
    messages: [send(signer.address, bob.address)],
    fee: FEE,
    accountNumber: aliceNumber,
    sequence: 0n,
    chainId: CHAIN,
    ...overrides,
  })
  return decodeTestTx(raw, defs())
}

const ante = (opts: { minGasPrices?: string; blockMaxGas?: bigint } = {}) =>
  newAnteHandler({
    accountKeeper: accounts,
    bankKeeper: bank,
    minGasPrices: opts.minGasPrices,
    blockMaxGas: () => opts.blockMaxGas ?? 10_000_000n,
  })

afterEach(() => env.cleanup())

beforeEach(async () => {
  env = await storeEnv({ height: 10n, chainId: CHAIN })
  accounts = new AccountKeeper({ moduleAccountPermissions: { mint: ['minter'] } })
  bank = new BankKeeper(accounts)
  alice = await directSigner(0)
  aliceAmino = await aminoSigner(0)
  bob = await directSigner(1)
  const ctx = ctxFor()
  accounts.getModuleAccount(ctx, FEE_COLLECTOR_NAME)
  accounts.ensureAccount(ctx, bob.address)
  aliceNumber = accounts.ensureAccount(ctx, alice.address).accountNumber
  bank.mintCoins(ctx, 'mint', [{ denom: 'udatum', amount: 1_000_000n }])
  bank.sendCoinsFromModuleToAccount(ctx, 'mint', alice.address, [{ denom: 'udatum', amount: 1_000_000n }])
})

describe('ante: accepted txs', () => {
  it('DIRECT: deducts the fee, sets the pubkey, bumps the sequence, charges gas, emits tx events', async () => {
    const t = await tx(alice, { memo: 'hello' })
    const ctx = ctxFor('check')
    const result = ante({ minGasPrices: '0.025udatum' })(ctx, t, false)
    expect(result.priority).toBe((5000n * 1_000_000n) / 200_000n)
    const acc = accounts.getAccount(ctx, alice.address)!
    expect(acc.sequence).toBe(1n)
    expect(acc.pubKey?.typeUrl).toBe('/cosmos.crypto.secp256k1.PubKey')
    expect(bank.getBalance(ctx, alice.address, 'udatum').amount).toBe(995_000n)
    const collector = toBech32(moduleAddress(FEE_COLLECTOR_NAME))
    expect(bank.getBalance(ctx, collector, 'udatum').amount).toBe(5000n)
    // Store access is metered too, so compare two like txs: raising the per-byte cost by 1000 adds
    // 1000 gas per tx byte (give or take the few bytes of store values that grew by a digit, the params
    // among them, read at each of their four uses).
    const second = await tx(alice, { memo: 'hello', sequence: 1n })
    const secondCtx = ctxFor('check')
    ante()(secondCtx, second, false)
    const p = ctxFor()
    accounts.setParams(p, { ...accounts.getParams(p), txSizeCostPerByte: 1010n })
    const third = await tx(alice, { memo: 'hello', sequence: 2n })
    expect(third.raw.length).toBe(second.raw.length)
    const thirdCtx = ctxFor('check')
    ante()(thirdCtx, third, false)
    const delta = thirdCtx.gasMeter.consumed() - secondCtx.gasMeter.consumed()
    expect(Math.abs(delta - 1000 * third.raw.length)).toBeLessThan(250)
    expect(ctx.gasMeter.consumed()).toBeGreaterThan(10 * t.raw.length + 1000)
    const txEvents = ctx.events.events().filter((e) => e.type === 'tx')
    expect(txEvents.map((e) => e.attributes.map((a) => [a.key, a.value]))).toEqual([
      [
        ['fee', '5000udatum'],
        ['fee_payer', alice.address],
      ],
      [['acc_seq', `${alice.address}/0`]],
      [['signature', Buffer.from(t.signatures[0]!).toString('base64')]],
    ])
  })

  it('LEGACY_AMINO_JSON signed by Secp256k1HdWallet, memo with & < >', async () => {
    const t = await tx(aliceAmino, { memo: 'a&b<c>', timeoutHeight: 50n })
    expect(t.authInfo.signerInfos[0]!.modeInfo?.single?.mode).toBe(SignMode.SIGN_MODE_LEGACY_AMINO_JSON)
    ante()(ctxFor(), t, false)
    expect(accounts.getAccount(ctxFor(), alice.address)!.sequence).toBe(1n)
  })

  it('consecutive sequences pass and a replay fails with 32', async () => {
    const h = ante()
    const first = await tx(alice)
    h(ctxFor(), first, false)
    h(ctxFor(), await tx(alice, { sequence: 1n }), false)
    expectCode(() => h(ctxFor(), first, false), 32, 'account sequence mismatch, expected 2, got 0')
  })

  it('min gas price applies only in CheckTx', async () => {
    const t = await tx(alice, { fee: { amount: [{ denom: 'udatum', amount: '1' }], gas: '200000' } })
    expectCode(
      () => ante({ minGasPrices: '0.025udatum' })(ctxFor('check'), t, false),
      13,
      'insufficient fees; got: 1udatum required: 5000udatum',
    )
    ante({ minGasPrices: '0.025udatum' })(ctxFor('deliver'), t, false)
  })

  it('simulate: no signature, no fee, no gas limit; still checks sequence and pubkey', async () => {
    const t = await tx(alice, { fee: { amount: [], gas: '0' } })
    t.signatures = [new Uint8Array()]
    t.authInfo.signerInfos[0]!.modeInfo = { single: { mode: SignMode.SIGN_MODE_UNSPECIFIED } }
    const ctx = ctxFor('simulate')
    ante({ minGasPrices: '1udatum' })(ctx, t, true)
    expect(ctx.gasMeter.consumed()).toBeGreaterThan(10 * t.raw.length + 1000)
    expectCode(() => ante()(ctxFor('simulate'), t, true), 32, 'expected 1, got 0')
    const wrongKey = await tx(bob, { messages: [send(alice.address, bob.address)], sequence: 1n })
    expectCode(() => ante()(ctxFor('simulate'), wrongKey, true), 8, 'pubKey does not match signer address')
  })

  it('recheck skips the signature but not the sequence', async () => {
    const t = await tx(alice)
    t.signatures = [new Uint8Array(64).fill(1)]
    ante()(ctxFor('recheck'), t, false)
    expectCode(() => ante()(ctxFor('recheck'), t, false), 32)
  })
})

describe('ante: rejections with the cosmos code', () => {
  it('41: zero gas, gas above the block max, gas of 2^64-1', async () => {
    const zero = await tx(alice)
    zero.authInfo.fee!.gasLimit = 0n
    expectCode(() => ante()(ctxFor(), zero, false), 41, 'must provide positive gas')
    const big = await tx(alice)
    expectCode(
      () => ante({ blockMaxGas: 100_000n })(ctxFor(), big, false),
      41,
      'exceeds block max gas 100000',
    )
    const huge = await tx(alice)
    huge.authInfo.fee!.gasLimit = 0xffff_ffff_ffff_ffffn
    expectCode(() => ante({ blockMaxGas: -1n })(ctxFor(), huge, false), 41)
  })

  it('31: extension options', async () => {
    const t = await tx(alice)
    t.body.extensionOptions = [Any.fromPartial({ typeUrl: '/x.Ext' })]
    expectCode(() => ante()(ctxFor(), t, false), 31)
    const n = await tx(alice)
    n.body.nonCriticalExtensionOptions = [Any.fromPartial({ typeUrl: '/x.Ext' })]
    expectCode(() => ante()(ctxFor(), n, false), 31)
  })

  it('15: no signatures; 4: more signatures than signers', async () => {
    const none = await tx(alice)
    none.signatures = []
    expectCode(() => ante()(ctxFor(), none, false), 15, 'no signatures supplied')
    const two = await tx(alice)
    two.signatures = [two.signatures[0]!, two.signatures[0]!]
    expectCode(() => ante()(ctxFor(), two, false), 4, 'wrong number of signers; expected 1, got 2')
  })

  it('30: timeout height passed (valid up to and including it)', async () => {
    ante()(ctxFor(), await tx(alice, { timeoutHeight: 10n }), false)
    await env.tc.commit()
    const late = await tx(alice, { timeoutHeight: 10n, sequence: 1n })
    expectCode(() => ante()(ctxFor(), late, false), 30, 'block height: 11, timeout height: 10')
  })

  it('2: unordered or timeout-timestamp txs; 18: tips', async () => {
    const unordered = await tx(alice)
    unordered.body.unordered = true
    expectCode(() => ante()(ctxFor(), unordered, false), 2, 'not supported')
    const timed = await tx(alice)
    timed.body.timeoutTimestamp = { seconds: 1n, nanos: 0 }
    expectCode(() => ante()(ctxFor(), timed, false), 2, 'not supported')
    const tipped = await tx(alice)
    tipped.authInfo.tip = { amount: [], tipper: alice.address }
    expectCode(() => ante()(ctxFor(), tipped, false), 18, 'tips are not supported')
  })

  it('12: memo over 256 bytes', async () => {
    const t = await tx(alice, { memo: 'x'.repeat(257) })
    expectCode(() => ante()(ctxFor(), t, false), 12, 'maximum number of characters is 256 but received 257')
  })

  it('11: tx size gas beyond the limit (out of gas from the meter)', async () => {
    const t = await tx(alice)
    expect(() => ante()(ctxFor('deliver', 1000), t, false)).toThrow(/out of gas/)
  })

  it('10: malformed or negative fee amounts', async () => {
    const t = await tx(alice)
    t.authInfo.fee!.amount = [{ denom: 'udatum', amount: '-5' }]
    expectCode(() => ante()(ctxFor(), t, false), 10)
    t.authInfo.fee!.amount = [{ denom: 'udatum', amount: '1e3' }]
    expectCode(() => ante()(ctxFor(), t, false), 10)
  })

  it('5: fee larger than the balance, with no partial debit', async () => {
    const t = await tx(alice, { fee: { amount: [{ denom: 'udatum', amount: '2000000' }], gas: '200000' } })
    expectCode(() => ante()(ctxFor(), t, false), 5)
    expect(bank.getBalance(ctxFor(), alice.address, 'udatum').amount).toBe(1_000_000n)
  })

  it('9: unknown signer account; 18: fee granter', async () => {
    const carol = await directSigner(2)
    const unknown = await tx(carol)
    expectCode(
      () => ante()(ctxFor(), unknown, false),
      9,
      `fee payer address: ${carol.address} does not exist`,
    )
    const g = await tx(alice)
    g.authInfo.fee!.granter = bob.address
    expectCode(() => ante()(ctxFor(), g, false), 18, 'fee grants are not enabled')
    const payer = await tx(alice)
    payer.authInfo.fee!.payer = bob.address
    expectCode(() => ante()(ctxFor(), payer, false), 18, `fee payer ${bob.address} is not a signer of the tx`)
  })

  it('8: pubkey of another key, or no pubkey on first use', async () => {
    const wrong = await tx(bob, { messages: [send(alice.address, bob.address)] })
    expectCode(
      () => ante()(ctxFor(), wrong, false),
      8,
      `pubKey does not match signer address ${alice.address} with signer index: 0`,
    )
    const missing = await tx(alice)
    missing.authInfo.signerInfos[0]!.publicKey = undefined
    expectCode(() => ante()(ctxFor(), missing, false), 8, 'pubkey on account is not set')
  })

  it('14: more keys than the tx signature limit', async () => {
    const p = ctxFor()
    accounts.setParams(p, { ...accounts.getParams(p), txSigLimit: 0n })
    const t = await tx(alice)
    expectCode(() => ante()(ctxFor(), t, false), 14, 'signatures: 1, limit: 0')
  })

  it('4: wrong chain id or account number, with the cosmos message', async () => {
    const chain = await tx(alice, { chainId: 'other-chain' })
    expectCode(
      () => ante()(ctxFor(), chain, false),
      4,
      `signature verification failed; please verify account number (${aliceNumber}), sequence (0) and chain-id (${CHAIN})`,
    )
    const number = await tx(alice, { accountNumber: aliceNumber + 7n })
    expectCode(() => ante()(ctxFor(), number, false), 4, 'signature verification failed')
    const amino = await tx(aliceAmino, { chainId: 'other-chain' })
    expectCode(() => ante()(ctxFor(), amino, false), 4)
  })

  it('4: the high-S twin of a valid signature, and a signature by another key', async () => {
    const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
    const t = await tx(alice)
    const sig = t.signatures[0]!
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).toString('hex')}`)
    const twin = Buffer.from((N - s).toString(16).padStart(64, '0'), 'hex')
    t.signatures = [Uint8Array.from([...sig.subarray(0, 32), ...twin])]
    expectCode(() => ante()(ctxFor(), t, false), 4)
    const other = await tx(alice)
    other.signatures = [(await tx(bob, { messages: [send(bob.address, alice.address)] })).signatures[0]!]
    expectCode(() => ante()(ctxFor(), other, false), 4)
  })

  it('4: an unsupported sign mode', async () => {
    const t = await tx(alice)
    t.authInfo.signerInfos[0]!.modeInfo = { single: { mode: SignMode.SIGN_MODE_TEXTUAL } }
    expectCode(() => ante()(ctxFor(), t, false), 4, 'unsupported sign mode')
  })

  it('10: a message that fails its own validate basic (a non-canonical amount)', async () => {
    const t = await tx(alice, { messages: [send(alice.address, bob.address, '01')] })
    expectCode(() => ante()(ctxFor(), t, false), 10, 'invalid amount')
  })

  it('4, not 7: the message server refuses a bad recipient (SDK 0.50), so a bad signature is found first', async () => {
    const bad = 'tgrade1z363ulwcrxged4z5jswyt5dn5v3lzsemwz9ewj'
    const t = await tx(alice, { messages: [send(alice.address, bad)] })
    ante()(ctxFor(), t, false) // a good signature passes the ante; the server refuses the recipient (7)
    expectCode(
      () => msgSendDefinition(bank).handle(ctxFor(), t.msgs[0]!.msg as never),
      7,
      'invalid to address',
    )
    const forged = await tx(alice, {
      messages: [send(alice.address, bad)],
      sequence: 1n,
      chainId: 'other-chain',
    })
    expectCode(() => ante()(ctxFor(), forged, false), 4)
  })

  it("4, not 7, for MsgMultiSend too: its output addresses are the server's to check (SDK 0.50)", async () => {
    const bad = 'tgrade1z363ulwcrxged4z5jswyt5dn5v3lzsemwz9ewj'
    const multi = {
      typeUrl: '/cosmos.bank.v1beta1.MsgMultiSend',
      value: {
        inputs: [{ address: alice.address, coins: [{ denom: 'udatum', amount: '3' }] }],
        outputs: [
          { address: bob.address, coins: [{ denom: 'udatum', amount: '1' }] },
          { address: bad, coins: [{ denom: 'udatum', amount: '2' }] },
        ],
      },
    }
    const t = await tx(alice, { messages: [multi] })
    ante()(ctxFor(), t, false)
    const ctx = ctxFor()
    const before = bank.getAllBalances(ctx, alice.address)
    expectCode(
      () => msgMultiSendDefinition(bank).handle(ctx, t.msgs[0]!.msg as never),
      7,
      'invalid output address',
    )
    expect(bank.getAllBalances(ctx, alice.address)).toEqual(before)
    expect(bank.getAllBalances(ctx, bob.address)).toEqual([])
    const forged = await tx(alice, { messages: [multi], sequence: 1n, chainId: 'other-chain' })
    expectCode(() => ante()(ctxFor(), forged, false), 4)
  })
})

describe('ante: mutated signatures and keys (property)', () => {
  it('any flipped signature bit gives code 4; any garbage pubkey gives code 8; nothing else escapes', async () => {
    const t = await tx(alice)
    const good = t.signatures[0]!
    fc.assert(
      fc.property(fc.nat(63), fc.integer({ min: 1, max: 255 }), (index, mask) => {
        const sig = Uint8Array.from(good)
        sig[index]! ^= mask
        expectCode(() => ante()(ctxFor(), { ...t, signatures: [sig] }, false), 4)
      }),
      { numRuns: 60, seed: SEED },
    )
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 40 }), (value) => {
        const bad = structuredClone(t.authInfo)
        bad.signerInfos[0]!.publicKey = { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value }
        expectCode(() => ante()(ctxFor(), { ...t, authInfo: bad }, false), 8)
      }),
      { numRuns: 60, seed: SEED },
    )
    ante()(ctxFor(), t, false)
  })
})
