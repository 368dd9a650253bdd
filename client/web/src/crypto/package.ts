// A dropped CSV made into the package `datum asset publish` writes (client/cli/publish): the manifest of one
// file (path, size, sha256), whose canonical JSON's sha256 is the asset's content hash, then
// "DATUMENC" | format 1 | 12-byte IV | AES-256-GCM(uint32 BE manifest length | manifest | file) | tag.
// Everything happens in the browser: only the ciphertext leaves it.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { concat, gcmSeal, randomBytes } from './aes-gcm.js'

const MAGIC = new TextEncoder().encode('DATUMENC')
const FORMAT_VERSION = 1
export const SCHEME = 'aes-256-gcm'

export interface EncryptedPackage {
  contentHash: string
  /** The data key (hex): kept by the owner, wrapped to each granted executor. */
  key: string
  bytes: Uint8Array
  manifest: { version: 1; files: { path: string; size: number; sha256: string }[] }
}

/** The manifest path of a dropped file: its name, as `buildManifest` names a single file. */
const pathOf = (name: string) => name.replace(/^.*[\\/]/, '')

export async function encryptCsv(name: string, data: Uint8Array): Promise<EncryptedPackage> {
  const manifest = {
    version: 1 as const,
    files: [{ path: pathOf(name), size: data.length, sha256: bytesToHex(sha256(data)) }],
  }
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest))
  const key = randomBytes(32)
  const iv = randomBytes(12)
  const length = new Uint8Array(4)
  new DataView(length.buffer).setUint32(0, manifestBytes.length)
  const sealed = await gcmSeal(key, iv, concat(length, manifestBytes, data))
  return {
    contentHash: bytesToHex(sha256(manifestBytes)),
    key: bytesToHex(key),
    bytes: concat(MAGIC, Uint8Array.of(FORMAT_VERSION), iv, sealed),
    manifest,
  }
}
