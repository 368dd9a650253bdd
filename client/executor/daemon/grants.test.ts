import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { describe, expect, it } from 'vitest'
import { encryptTo } from '../ecies.js'
import { Grants } from './grants.js'

describe('Grants', () => {
  const sk = secp256k1.utils.randomSecretKey()
  const pub = secp256k1.getPublicKey(sk, true)
  const asset = 'ab'.repeat(32)
  const dataKey = new Uint8Array(32).fill(9)

  it('opens the data key an owner encrypted to this executor, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'datum-grants-'))
    writeFileSync(join(dir, `${asset}.grant`), encryptTo(pub, dataKey))
    const grants = new Grants(dir, sk)
    expect(grants.has(asset)).toBe(true)
    expect([...grants.dataKey(asset)]).toEqual([...dataKey])
    expect(grants.has('cd'.repeat(32))).toBe(false)
    expect(grants.has('../etc/passwd')).toBe(false)
    expect(() => grants.dataKey('cd'.repeat(32))).toThrow(expect.objectContaining({ code: 'NO_GRANT' }))
    const other = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true)
    writeFileSync(join(dir, `${asset}.grant`), encryptTo(other, dataKey))
    expect(() => grants.dataKey(asset)).toThrow(expect.objectContaining({ code: 'BAD_GRANT' }))
    writeFileSync(join(dir, `${asset}.grant`), encryptTo(pub, new Uint8Array(16)))
    expect(() => grants.dataKey(asset)).toThrow(/32-byte/)
  })
})
