// Streams the dataset through AES-256-GCM into one package file; the key stays with the owner.
import { createCipheriv, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import type { BuiltManifest } from './manifest.js'
import { header, IV_BYTES, KEY_BYTES, lengthPrefix, SCHEME } from './package-format.js'

export const newKey = (): Buffer => randomBytes(KEY_BYTES)

/** Writes the encrypted package to `outPath`; returns its size in bytes. */
export async function encryptPackage(
  built: BuiltManifest,
  key: Uint8Array,
  outPath: string,
): Promise<number> {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv(SCHEME, key, iv)
  const out = createWriteStream(outPath, { mode: 0o644 })
  let size = 0
  const write = async (b: Buffer) => {
    if (b.length === 0) return
    size += b.length
    if (!out.write(b)) await once(out, 'drain')
  }
  await write(header(iv))
  await write(cipher.update(lengthPrefix(built.bytes.length)))
  await write(cipher.update(built.bytes))
  for (const src of built.sources)
    for await (const chunk of createReadStream(src)) await write(cipher.update(chunk as Buffer))
  await write(cipher.final())
  await write(cipher.getAuthTag())
  out.end()
  await once(out, 'finish')
  return size
}
