// `datum tx dataasset approve-feature-module <asset-id> <module.wasm> --bounds lo:hi,… --fuel-per-row N
// --max-memory-pages N` (issue 16): the owner approves a feature module by the sha256 of its wasm file (the file
// itself goes into the asset's storage under that hash, where executors fetch it). Bounds are decimals with at
// most 6 places, sent as exact millionths. `revoke-feature-module <asset-id> <module-hash>` withdraws it.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetMsgs as M } from '../sdk/dataasset/messages.js'
import { positional, str } from './args.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { fixedPoint, uint } from './parse-dataasset.js'
import { runTx } from './tx-run.js'

/** A signed decimal in millionths, exactly. */
const signedMicro = (v: string): bigint =>
  v.startsWith('-') ? -fixedPoint('bounds', v.slice(1), 6) : fixedPoint('bounds', v, 6)

export function boundsOf(v: string): T.FeatureBoundInput[] {
  return v.split(',').map((pair) => {
    const m = /^(-?[0-9.]+):(-?[0-9.]+)$/.exec(pair.trim())
    if (!m)
      throw new UsageError(`--bounds must be lo:hi pairs separated by commas, got ${JSON.stringify(pair)}`)
    return { lowerMicro: signedMicro(m[1]!), upperMicro: signedMicro(m[2]!) }
  })
}

function moduleHashOf(path: string): string {
  if (/^[0-9a-f]{64}$/.test(path)) return path
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

export const featureModuleCommands: Command[] = [
  {
    path: ['tx', 'dataasset', 'approve-feature-module'],
    summary:
      'approve a WebAssembly feature module (by its sha256) with per-feature bounds and sandbox limits',
    args: '<asset-id> <module.wasm | module-hash>',
    kind: 'tx',
    flags: {
      bounds: {
        type: 'string',
        description: 'lo:hi per feature, comma-separated',
        required: true,
        value: '<lo:hi,…>',
      },
      'fuel-per-row': {
        type: 'string',
        description: 'metered instructions per row',
        required: true,
        value: '<n>',
      },
      'max-memory-pages': {
        type: 'string',
        description: 'memory cap in 64 KiB pages',
        required: true,
        value: '<n>',
      },
    },
    run: (a) => {
      const bounds = boundsOf(str(a, 'bounds')!)
      const fuel = uint('fuel-per-row', str(a, 'fuel-per-row'))
      const pages = uint('max-memory-pages', str(a, 'max-memory-pages'), 65_536)
      if (!fuel || !pages)
        throw new UsageError('--fuel-per-row and --max-memory-pages must be positive integers')
      return runTx(
        a,
        (owner) =>
          M.approveFeatureModule({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            moduleHash: moduleHashOf(positional(a, 1, 'module')),
            featureCount: bounds.length,
            bounds,
            fuelPerRow: BigInt(fuel),
            maxMemoryPages: pages,
          }),
        T.MsgApproveFeatureModuleResponse,
      )
    },
  },
  {
    path: ['tx', 'dataasset', 'revoke-feature-module'],
    summary: 'withdraw a feature module approval: no new job may name it on the asset',
    args: '<asset-id> <module-hash>',
    kind: 'tx',
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.revokeFeatureModule({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            moduleHash: positional(a, 1, 'module-hash'),
          }),
        T.MsgRevokeFeatureModuleResponse,
      ),
  },
]
