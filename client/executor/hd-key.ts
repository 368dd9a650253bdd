// The secp256k1 secret key behind a keyring mnemonic (cosmos HD path m/44'/118'/0'/0/0), the same key the
// wallet signs with, so results encrypted to an account's public key open with its mnemonic.
import { makeCosmoshubPath } from '@cosmjs/amino'
import { Bip39, EnglishMnemonic, Slip10, Slip10Curve } from '@cosmjs/crypto'

export async function secretKeyFromMnemonic(mnemonic: string): Promise<Uint8Array> {
  const seed = await Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic))
  return Slip10.derivePath(Slip10Curve.Secp256k1, seed, makeCosmoshubPath(0)).privkey
}
