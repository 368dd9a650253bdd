// cosmjs-compat.md Appendix A: the DIRECT and LEGACY_AMINO_JSON vectors from the cosmjs faucet key.
import { sha256 } from '@noble/hashes/sha2.js'
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { AuthInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import type { BankKeeper } from '../../bank/keeper.js'
import { msgSendDefinition } from '../../bank/msg-server.js'
import { fromHex, toHex } from '../../sdk/index.js'
import { decodeTestTx } from '../test-env.js'
import { verifySecp256k1 } from './secp256k1.js'
import { aminoSignBytes, directSignBytes } from './sign-bytes.js'

const TX_RAW =
  '0a94010a8d010a1c2f636f736d6f732e62616e6b2e763162657461312e4d736753656e64126d0a2d636f736d6f7331706b707472653766646b6c366766727a6c65736a6a766878686c63337234676d6d6b38727336122d636f736d6f7331636a737865707439726b67677a787a74736c6165396e646770647974323430386c6b383530751a0d0a0575636f736d1204313233341202686912650a4e0a460a1f2f636f736d6f732e63727970746f2e736563703235366b312e5075624b657912230a21034f04181eeba35391b858633a765c4a0c189697b40d216354d50890d350c7029012040a02080112130a0d0a0575636f736d12043230303010c09a0c1a40ad1b0f3bd486d6ccc0b36edaaba4e593377883fe5254a66ce930d0011edf368c406dfe253e989ce931b0f89a2609929b8e462958608081cae88175c24bbcbc18'
const SIGN_BYTES =
  '0a94010a8d010a1c2f636f736d6f732e62616e6b2e763162657461312e4d736753656e64126d0a2d636f736d6f7331706b707472653766646b6c366766727a6c65736a6a766878686c63337234676d6d6b38727336122d636f736d6f7331636a737865707439726b67677a787a74736c6165396e646770647974323430386c6b383530751a0d0a0575636f736d1204313233341202686912650a4e0a460a1f2f636f736d6f732e63727970746f2e736563703235366b312e5075624b657912230a21034f04181eeba35391b858633a765c4a0c189697b40d216354d50890d350c7029012040a02080112130a0d0a0575636f736d12043230303010c09a0c1a0c73696d642d74657374696e672001'
const PUBKEY = Buffer.from('A08EGB7ro1ORuFhjOnZcSgwYlpe0DSFjVNUIkNNQxwKQ', 'base64')
const AMINO_DOC =
  '{"account_number":"1","chain_id":"simd-testing","fee":{"amount":[{"amount":"2000","denom":"ucosm"}],"gas":"200000"},"memo":"a\\u0026b\\u003cc\\u003e","msgs":[{"type":"cosmos-sdk/MsgSend","value":{"amount":[{"amount":"1234","denom":"ucosm"}],"from_address":"cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6","to_address":"cosmos1cjsxept9rkggzxztslae9ndgpdyt2408lk850u"}}],"sequence":"0"}'
const AMINO_SIG =
  '0d93bc3cf4be080f2271a9c6088b18963c3d92afd2d180782b3ba9986bc7a3081bc7a33e0f7468f41fa0e9230fa9b519e861a01de88f780ae0366e96d99c2b09'
const GRANTER_DOC =
  '{"account_number":"1","chain_id":"simd-testing","fee":{"amount":[{"amount":"2000","denom":"ucosm"}],"gas":"200000","granter":"cosmos1xy"},"memo":"","msgs":[{"type":"cosmos-sdk/MsgSend","value":{"amount":[{"amount":"1234","denom":"ucosm"}],"from_address":"cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6","to_address":"cosmos1cjsxept9rkggzxztslae9ndgpdyt2408lk850u"}}],"sequence":"5","timeout_height":"100"}'

const defs = [msgSendDefinition(undefined as unknown as BankKeeper)]

describe('sign bytes (cosmjs-compat Appendix A)', () => {
  const tx = decodeTestTx(fromHex(TX_RAW), defs)

  it('DIRECT: SignDoc over the received bytes, its sha256 and the signature verify', () => {
    const bytes = directSignBytes(tx, 'simd-testing', 1n)
    expect(toHex(bytes)).toBe(SIGN_BYTES)
    const digest = sha256(bytes)
    expect(toHex(digest)).toBe('14996354fb88eb38b9122cee3eb8c45fa52a777363bed0943b5ef22e4ecf555d')
    expect(verifySecp256k1(tx.signatures[0]!, digest, PUBKEY)).toBe(true)
    expect(toHex(tx.hash).toUpperCase()).toBe(
      '868FD0BD962F8FB4B70F726B5C0C3ACBE80ABCD5A88EC966BB2684D71EEA690F',
    )
  })

  it('DIRECT: another chain id or account number gives bytes the signature does not verify', () => {
    expect(verifySecp256k1(tx.signatures[0]!, sha256(directSignBytes(tx, 'other-chain', 1n)), PUBKEY)).toBe(
      false,
    )
    expect(verifySecp256k1(tx.signatures[0]!, sha256(directSignBytes(tx, 'simd-testing', 2n)), PUBKEY)).toBe(
      false,
    )
  })

  it('AMINO_JSON: sorted, escaped StdSignDoc; the vector signature verifies', () => {
    const amino = {
      ...tx,
      body: { ...tx.body, memo: 'a&b<c>' },
      authInfo: AuthInfo.decode(tx.authInfoBytes),
    }
    amino.authInfo.signerInfos[0]!.modeInfo = { single: { mode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON } }
    const bytes = aminoSignBytes(amino, 'simd-testing', 1n, 0n)
    expect(new TextDecoder().decode(bytes)).toBe(AMINO_DOC)
    expect(verifySecp256k1(fromHex(AMINO_SIG), sha256(bytes), PUBKEY)).toBe(true)
  })

  it('AMINO_JSON: granter inside fee and a trailing non-zero timeout_height', () => {
    const doc = aminoSignBytes(
      {
        ...tx,
        body: { ...tx.body, memo: '', timeoutHeight: 100n },
        authInfo: { ...tx.authInfo, fee: { ...tx.authInfo.fee!, granter: 'cosmos1xy' } },
      },
      'simd-testing',
      1n,
      5n,
    )
    expect(new TextDecoder().decode(doc)).toBe(GRANTER_DOC)
  })
})
