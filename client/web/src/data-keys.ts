// The owner's data keys, kept in this browser (localStorage) by content hash, as `datum asset publish` keeps
// them in a key file, sealed in the owner's vault (wallet/vault.ts): the key never leaves the owner's side except wrapped (ECIES) to a granted executor's
// registered key. The key file can be downloaded in the CLI's format, so `datum asset decrypt` opens it.
import { hexToBytes } from '@noble/hashes/utils.js'
import { chain } from './chain.js'
import { encryptTo } from './crypto/ecies.js'
import { SCHEME } from './crypto/package.js'
import { dataKeysSlot, readSecret, writeSecret } from './wallet/vault.js'
import type { Wallet } from './wallet/wallet.js'

export interface KeyFile {
  scheme: string
  key: string
  content_hash: string
  storage_uri: string
}

type Owner = Pick<Wallet, 'address' | 'vault'>

const all = async (w: Owner): Promise<Record<string, KeyFile>> =>
  JSON.parse((await readSecret(await w.vault(), dataKeysSlot(w.address))) ?? '{}')

/** Adds `k` to the owner's sealed key map (refused, SealedElsewhere, when the stored map does not open). */
export async function saveDataKey(w: Owner, k: KeyFile): Promise<void> {
  const keys = { ...(await all(w)), [k.content_hash]: k }
  await writeSecret(await w.vault(), dataKeysSlot(w.address), JSON.stringify(keys))
}

export const dataKeyOf = async (w: Owner, contentHash: string): Promise<KeyFile | undefined> =>
  (await all(w))[contentHash]

export const keyFileUrl = (k: KeyFile) =>
  URL.createObjectURL(
    new Blob([`${JSON.stringify({ ...k, scheme: SCHEME }, null, 2)}\n`], { type: 'application/json' }),
  )

/** MsgGrantExecutors for `executors`: the data key wrapped to each one's registered encryption key. */
export async function grantMsg(owner: string, assetId: string, executors: string[], keyHex: string) {
  const { query } = await chain()
  const grants = []
  for (const executor of executors) {
    const e = await query.attestation.executor(executor)
    if (!e?.pubKey) throw new Error(`executor ${executor} has no registered encryption key`)
    grants.push({
      executor,
      encryptionKey: e.pubKey,
      wrappedKey: await encryptTo(hexToBytes(e.pubKey), hexToBytes(keyHex)),
    })
  }
  return { typeUrl: '/datum.dataasset.v1.MsgGrantExecutors', value: { owner, assetId, grants } }
}
