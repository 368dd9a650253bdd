// The encrypted package: "DATUMENC" | format 1 | 12-byte IV | AES-256-GCM(plaintext) | 16-byte tag, where
// plaintext = uint32 BE manifest length | manifest JSON | each file's bytes in manifest order.
export const MAGIC = Buffer.from('DATUMENC', 'ascii')
export const FORMAT_VERSION = 1
export const IV_BYTES = 12
export const TAG_BYTES = 16
export const KEY_BYTES = 32
export const HEADER_BYTES = MAGIC.length + 1 + IV_BYTES
export const SCHEME = 'aes-256-gcm'

export function header(iv: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, Buffer.of(FORMAT_VERSION), Buffer.from(iv)])
}

export function lengthPrefix(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
