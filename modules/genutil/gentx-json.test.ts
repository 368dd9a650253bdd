// gen_txs entries: a round trip to the signed bytes, and the shapes validateGenesis refuses.
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import { gentxBytes, gentxJson, MSG_CREATE_VALIDATOR } from './gentx-json.js'
import { GenutilModule } from './module.js'

const body = (typeUrls: string[]) =>
  TxBody.encode(
    TxBody.fromPartial({
      messages: typeUrls.map((typeUrl) => ({ typeUrl, value: new Uint8Array([10, 1, 120]) })),
    }),
  ).finish()
const authInfo = AuthInfo.encode(AuthInfo.fromPartial({ fee: { gasLimit: 200_000n } })).finish()

describe('gentx JSON', () => {
  it('re-encodes to exactly the bytes that were signed', () => {
    const raw = {
      bodyBytes: body([MSG_CREATE_VALIDATOR]),
      authInfoBytes: authInfo,
      signatures: [new Uint8Array(64).fill(3)],
    }
    const json = JSON.parse(JSON.stringify(gentxJson(raw)))
    expect(gentxBytes(json)).toEqual(TxRaw.encode(raw).finish())
  })

  it('refuses non-objects, other messages, several messages and several signatures', () => {
    const m = new GenutilModule({ applyAndReturnValidatorSetUpdates: () => [] })
    const sig = [new Uint8Array(64)]
    const of = (urls: string[], sigs = sig) =>
      JSON.parse(
        JSON.stringify(gentxJson({ bodyBytes: body(urls), authInfoBytes: authInfo, signatures: sigs })),
      )
    expect(() => m.validateGenesis({ gen_txs: ['x'] })).toThrow(/gen_txs\[0\]: a gentx must be a JSON object/)
    expect(() => m.validateGenesis({ gen_txs: [of(['/cosmos.bank.v1beta1.MsgSend'])] })).toThrow(
      /exactly one/,
    )
    expect(() => m.validateGenesis({ gen_txs: [of([MSG_CREATE_VALIDATOR, MSG_CREATE_VALIDATOR])] })).toThrow(
      /exactly one/,
    )
    expect(() => m.validateGenesis({ gen_txs: [of([MSG_CREATE_VALIDATOR], [...sig, ...sig])] })).toThrow(
      /exactly one signature/,
    )
    expect(() => m.validateGenesis({ gen_txs: {} })).toThrow(/gen_txs must be a list/)
    expect(() => m.validateGenesis({ gen_txs: [of([MSG_CREATE_VALIDATOR])] })).not.toThrow()
    expect(m.initGenesis({} as never, { gen_txs: [] })).toEqual([])
    expect(() => m.initGenesis({} as never, { gen_txs: [of([MSG_CREATE_VALIDATOR])] })).toThrow(
      /no tx deliverer/,
    )
  })
})
