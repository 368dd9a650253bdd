// gen_txs entries: the SDK's proto JSON, a round trip to the signed bytes, and the shapes validateGenesis refuses.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import { gentxBytes, gentxJson, MSG_CREATE_VALIDATOR } from './gentx-json.js'
import { GenutilModule } from './module.js'

const create = MsgCreateValidator.encode(
  MsgCreateValidator.fromPartial({
    description: { moniker: 'v' },
    commission: {
      rate: '100000000000000000',
      maxRate: '200000000000000000',
      maxChangeRate: '10000000000000000',
    },
    minSelfDelegation: '1',
    validatorAddress: 'datumvaloper1xyz',
    pubkey: {
      typeUrl: '/cosmos.crypto.ed25519.PubKey',
      value: Ed25519PubKey.encode({ key: new Uint8Array(32).fill(1) }).finish(),
    },
    value: { denom: 'udatum', amount: '10000000' },
  }),
).finish()
const send = MsgSend.encode(MsgSend.fromPartial({ fromAddress: 'a', toAddress: 'b' })).finish()
const body = (typeUrls: string[]) =>
  TxBody.encode(
    TxBody.fromPartial({
      messages: typeUrls.map((typeUrl) => ({
        typeUrl,
        value: typeUrl === MSG_CREATE_VALIDATOR ? create : send,
      })),
    }),
  ).finish()
const authInfo = AuthInfo.encode(AuthInfo.fromPartial({ fee: { gasLimit: 200_000n } })).finish()
const sig = [new Uint8Array(64).fill(3)]
// biome-ignore lint/suspicious/noExplicitAny: JSON inspected by the assertions
const jsonOf = (urls: string[], sigs = sig): any =>
  JSON.parse(JSON.stringify(gentxJson({ bodyBytes: body(urls), authInfoBytes: authInfo, signatures: sigs })))

describe('gentx JSON', () => {
  it("is the SDK's proto JSON and re-encodes to exactly the bytes that were signed", () => {
    const json = jsonOf([MSG_CREATE_VALIDATOR])
    expect(json.body.messages[0]).toMatchObject({
      '@type': MSG_CREATE_VALIDATOR,
      commission: {
        rate: '0.100000000000000000',
        max_rate: '0.200000000000000000',
        max_change_rate: '0.010000000000000000',
      },
      min_self_delegation: '1',
      validator_address: 'datumvaloper1xyz',
      pubkey: { '@type': '/cosmos.crypto.ed25519.PubKey', key: Buffer.alloc(32, 1).toString('base64') },
    })
    expect(json.auth_info.fee.gas_limit).toBe('200000')
    const raw = { bodyBytes: body([MSG_CREATE_VALIDATOR]), authInfoBytes: authInfo, signatures: sig }
    expect(gentxBytes(json)).toEqual(TxRaw.encode(raw).finish())
  })

  it('refuses non-objects, other messages, several messages and several signatures', () => {
    const m = new GenutilModule({ applyAndReturnValidatorSetUpdates: () => [] })
    expect(() => m.validateGenesis({ gen_txs: ['x'] })).toThrow(/gen_txs\[0\]: a gentx must be a JSON object/)
    expect(() => jsonOf(['/cosmos.bank.v1beta1.MsgSend'])).toThrow(
      /cannot hold \/cosmos.bank.v1beta1.MsgSend/,
    )
    const other = jsonOf([MSG_CREATE_VALIDATOR])
    other.body.messages[0]['@type'] = '/cosmos.bank.v1beta1.MsgSend'
    expect(() => m.validateGenesis({ gen_txs: [other] })).toThrow(/cannot hold \/cosmos.bank.v1beta1.MsgSend/)
    expect(() =>
      m.validateGenesis({ gen_txs: [jsonOf([MSG_CREATE_VALIDATOR, MSG_CREATE_VALIDATOR])] }),
    ).toThrow(/exactly one/)
    expect(() => m.validateGenesis({ gen_txs: [jsonOf([MSG_CREATE_VALIDATOR], [...sig, ...sig])] })).toThrow(
      /exactly one signature/,
    )
    expect(() => m.validateGenesis({ gen_txs: {} })).toThrow(/gen_txs must be a list/)
    expect(() => m.validateGenesis({ gen_txs: [jsonOf([MSG_CREATE_VALIDATOR])] })).not.toThrow()
    expect(m.initGenesis({} as never, { gen_txs: [] })).toEqual([])
    expect(() => m.initGenesis({} as never, { gen_txs: [jsonOf([MSG_CREATE_VALIDATOR])] })).toThrow(
      /no tx deliverer/,
    )
  })
})
