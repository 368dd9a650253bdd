// LEGACY_AMINO_JSON sign bytes of a gov v1 MsgSubmitProposal carrying bank and auth MsgUpdateParams, against a
// fixture written by hand from cosmos-sdk v0.50's rules (not produced by this code):
// - amino names: `cosmos-sdk/v1/MsgSubmitProposal` (x/gov/types/v1/codec.go), `cosmos-sdk/x/bank/MsgUpdateParams`
//   (x/bank/types/codec.go `legacy.RegisterAminoMsg`), `cosmos-sdk/x/auth/MsgUpdateParams` (x/auth/types/codec.go);
//   each also the `amino.name` option of its tx.proto;
// - x/tx/signing/aminojson: every Any is `{"type": <amino name>, "value": …}`; a field is left out when empty
//   unless it carries `(amino.dont_omitempty)`: `params` of both MsgUpdateParams and gov's `initial_deposit` do,
//   so a bank Params whose `default_send_enabled` is false is `{}`; MsgSubmitProposal's `metadata` and
//   `expedited` (false) do not, so they are absent; nested messages (Params, despite their own `amino.name`)
//   are not wrapped; uint64 is a decimal string; the StdSignDoc keys are sorted, `memo` always present.
// The gov authority is the SDK's module address of "gov" (sha256("gov")[:20], here with Datum's prefix).
import { MsgUpdateParams as AuthMsgUpdateParams } from 'cosmjs-types/cosmos/auth/v1beta1/tx'
import { MsgUpdateParams as BankMsgUpdateParams } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import type { MsgSubmitProposal } from 'cosmjs-types/cosmos/gov/v1/tx'
import { AuthInfo, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterEach, describe, expect, it } from 'vitest'
import { aminoSignBytes } from '../auth/ante/sign-bytes.js'
import { msgUpdateAuthParamsDefinition } from '../auth/update-params.js'
import type { DecodedTx, MsgDefinition } from '../sdk/index.js'
import { addr, cleanupGovEnvs, govEnv } from './test-env.js'

afterEach(cleanupGovEnvs)

const GOV = 'datum10d07y265gmmuvt4z0w9aw880jnsr700jr9u3vx'

const FIXTURE = (proposer: string, bankParams: string) =>
  `{"account_number":"3","chain_id":"datum-1","fee":{"amount":[{"amount":"10000","denom":"udatum"}],"gas":"400000"},"memo":"","msgs":[{"type":"cosmos-sdk/v1/MsgSubmitProposal","value":{"initial_deposit":[{"amount":"10000000","denom":"udatum"}],"messages":[{"type":"cosmos-sdk/x/bank/MsgUpdateParams","value":{"authority":"${GOV}","params":${bankParams}}},{"type":"cosmos-sdk/x/auth/MsgUpdateParams","value":{"authority":"${GOV}","params":{"max_memo_characters":"512","sig_verify_cost_ed25519":"590","sig_verify_cost_secp256k1":"1000","tx_sig_limit":"7","tx_size_cost_per_byte":"10"}}}],"proposer":"${proposer}","summary":"Raise the memo limit","title":"Params"}}],"sequence":"0"}`

async function signBytes(defaultSendEnabled: boolean): Promise<{ json: string; proposer: string }> {
  const env = await govEnv()
  env.router.register(msgUpdateAuthParamsDefinition(env.accounts) as MsgDefinition, 'auth')
  expect(env.authority).toBe(GOV)
  const proposer = addr(1)
  const msg: MsgSubmitProposal = {
    messages: [
      {
        typeUrl: '/cosmos.bank.v1beta1.MsgUpdateParams',
        value: BankMsgUpdateParams.encode({
          authority: GOV,
          params: { sendEnabled: [], defaultSendEnabled },
        }).finish(),
      },
      {
        typeUrl: '/cosmos.auth.v1beta1.MsgUpdateParams',
        value: AuthMsgUpdateParams.encode({
          authority: GOV,
          params: {
            maxMemoCharacters: 512n,
            txSigLimit: 7n,
            txSizeCostPerByte: 10n,
            sigVerifyCostEd25519: 590n,
            sigVerifyCostSecp256k1: 1000n,
          },
        }).finish(),
      },
    ],
    initialDeposit: [{ denom: 'udatum', amount: '10000000' }],
    proposer,
    metadata: '',
    title: 'Params',
    summary: 'Raise the memo limit',
    expedited: false,
  }
  const def = env.router.route('/cosmos.gov.v1.MsgSubmitProposal')!.def
  const tx = {
    body: TxBody.fromPartial({ memo: '' }),
    authInfo: AuthInfo.fromPartial({
      fee: { amount: [{ denom: 'udatum', amount: '10000' }], gasLimit: 400_000n },
    }),
    msgs: [{ typeUrl: def.typeUrl, value: def.encode(msg), msg, def }],
  } as unknown as DecodedTx
  return { json: new TextDecoder().decode(aminoSignBytes(tx, 'datum-1', 3n, 0n)), proposer }
}

describe('amino JSON of gov-carried bank and auth MsgUpdateParams (SDK 0.50 rules)', () => {
  it('bank default_send_enabled false: params is {} (kept, dont_omitempty), the false flag omitted', async () => {
    const { json, proposer } = await signBytes(false)
    expect(json).toBe(FIXTURE(proposer, '{}'))
  })

  it('bank default_send_enabled true: params carries it', async () => {
    const { json, proposer } = await signBytes(true)
    expect(json).toBe(FIXTURE(proposer, '{"default_send_enabled":true}'))
  })
})
