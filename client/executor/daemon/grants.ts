// The data keys owners granted to this executor: `<grants-dir>/<asset-id>.grant` holds the ECIES envelope
// `datum asset grant` wrote; only this executor's secret key opens it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decryptWith } from '../ecies.js'

export class GrantError extends Error {
  constructor(
    readonly code: 'NO_GRANT' | 'BAD_GRANT',
    message: string,
  ) {
    super(message)
    this.name = 'GrantError'
  }
}

export class Grants {
  constructor(
    private readonly dir: string,
    private readonly secretKey: Uint8Array,
  ) {}

  has(assetId: string): boolean {
    return /^[0-9a-f]{64}$/.test(assetId) && existsSync(this.pathOf(assetId))
  }

  /** The 32-byte AES data key of the asset. */
  dataKey(assetId: string): Uint8Array {
    if (!this.has(assetId)) throw new GrantError('NO_GRANT', `no grant for asset ${assetId} in ${this.dir}`)
    let key: Uint8Array
    try {
      key = decryptWith(this.secretKey, readFileSync(this.pathOf(assetId)))
    } catch (e) {
      throw new GrantError('BAD_GRANT', `grant for asset ${assetId} does not open: ${(e as Error).message}`)
    }
    if (key.length !== 32)
      throw new GrantError('BAD_GRANT', `grant for asset ${assetId} is not a 32-byte key`)
    return key
  }

  private pathOf(assetId: string): string {
    return join(this.dir, `${assetId}.grant`)
  }
}
