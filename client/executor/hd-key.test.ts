import { Secp256k1HdWallet } from '@cosmjs/amino'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { addressFromPubkey, toBech32 } from '../../modules/sdk/index.js'
import { secretKeyFromMnemonic } from './hd-key.js'

describe('keyring mnemonic to secret key', () => {
  it('derives the key whose address the wallet signs with', async () => {
    const wallet = await Secp256k1HdWallet.generate(12, { prefix: 'datum' })
    const [account] = await wallet.getAccounts()
    const sk = await secretKeyFromMnemonic(wallet.mnemonic)
    expect(toBech32(addressFromPubkey(secp256k1.getPublicKey(sk, true)))).toBe(account!.address)
  })
})
