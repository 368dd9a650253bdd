// The owner's data keys, kept in this browser (localStorage) by content hash, as `datum asset publish` keeps
// them in a key file: the key never leaves the owner's side except wrapped (ECIES) to a granted executor's
// registered key. The key file can be downloaded in the CLI's format, so `datum asset decrypt` opens it.
import { hexToBytes } from '@noble/hashes/utils.js'
import { chain } from './chain.js'
import { encryptTo } from './crypto/ecies.js'
import { SCHEME } from './crypto/package.js'

const STORAGE = 'datum.data-keys'

export interface KeyFile {
  scheme: string
  key: string
  content_hash: string
  storage_uri: string
}

const all = (): Record<string, KeyFile> => JSON.parse(localStorage.getItem(STORAGE) ?? '{}')

export function saveDataKey(k: KeyFile): void {
  localStorage.setItem(STORAGE, JSON.stringify({ ...all(), [k.content_hash]: k }))
}

export const dataKeyOf = (contentHash: string): KeyFile | undefined => all()[contentHash]

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
