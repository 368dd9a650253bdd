// Owner-approved feature code on the executor (issue 16). A job naming a feature module maps every row of its
// input through that WebAssembly module before the built-in DP aggregate, which then reads the features as
// columns `f0`, `f1`, … :
//   - the approval (feature count, bounds in millionths, fuel per row, memory pages) is read from the chain,
//     where the input asset's owner approved it (dataasset `FeatureModules`);
//   - the module's bytes live in the asset's storage, next to its package, named by content hash:
//     `<module_hash>.wasm` resolved against the asset's storage uri (file:// or http(s)://); they are cached
//     under `<dataDir>/modules/` only once their sha256 equals the approved hash, and the sandbox checks the
//     hash again before running anything;
//   - each row's cells go in as f64 in header order (a cell that is not a number goes in as NaN); the module
//     runs metered by fuel under the approved memory cap, with no imports allowed, and a feature outside its
//     declared bounds, NaN or infinite is refused (JobFault('ALGORITHM'), as is a loop out of fuel, too much
//     memory or an import); the DP aggregate clamps to the same bounds again on its grid;
//   - dp-sum and dp-mean calibrate their noise from the DECLARED bounds of the feature they read: the job's
//     params must name exactly those bounds, else the job is refused as an ALGORITHM fault.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FeatureModule } from '../../../proto/gen/datum/dataasset/v1/index.js'
import { parseCsv } from '../csv.js'
import { JobFault } from '../faults.js'
import type { BuiltinParams } from '../job-params.js'
import { loadFeatureModule } from '../wasm/sandbox.js'

const FRACTION = 2 ** 32
const MICRO = 1_000_000

/** Where a daemon reads approvals (the chain) and module bytes (the asset's storage, cached by hash). */
export class FeatureModules {
  private readonly dir: string

  constructor(
    private readonly approvals: (assetId: string) => Promise<FeatureModule[]>,
    dataDir: string,
    private readonly fetchTimeoutMs = 60_000,
  ) {
    this.dir = join(dataDir, 'modules')
  }

  async approval(assetId: string, moduleHash: string): Promise<FeatureModule | undefined> {
    return (await this.approvals(assetId)).find((m) => m.moduleHash === moduleHash)
  }

  /** The module's bytes from `<storage dir>/<hash>.wasm` (cached only when they hash to `moduleHash`). */
  async bytes(storageUri: string, moduleHash: string): Promise<Uint8Array> {
    if (!/^[0-9a-f]{64}$/.test(moduleHash))
      throw new JobFault('ALGORITHM', 'feature module hash is not sha256 hex')
    const cached = join(this.dir, `${moduleHash}.wasm`)
    if (existsSync(cached)) return new Uint8Array(await readFile(cached))
    const uri = new URL(`${moduleHash}.wasm`, storageUri)
    let bytes: Uint8Array
    if (uri.protocol === 'file:') bytes = new Uint8Array(await readFile(fileURLToPath(uri)))
    else if (uri.protocol === 'http:' || uri.protocol === 'https:') {
      const res = await fetch(uri, { signal: AbortSignal.timeout(this.fetchTimeoutMs) })
      if (!res.ok) throw new Error(`feature module ${uri} answered ${res.status}`)
      bytes = new Uint8Array(await res.arrayBuffer())
    } else throw new Error(`storage uri ${storageUri} is neither file:// nor http(s)://`)
    if (createHash('sha256').update(bytes).digest('hex') === moduleHash) {
      await mkdir(this.dir, { recursive: true })
      await writeFile(`${cached}.part`, bytes)
      await rename(`${cached}.part`, cached)
    }
    return bytes
  }
}

/** A bound in millionths as a double (exact for |bound| ≤ 2^53 micro; the chain caps it at 10^15). */
const fromMicro = (v: bigint): number => Number(v) / MICRO

/** The declared bounds of the approval, per feature. */
export const declaredBounds = (m: FeatureModule): [number, number][] =>
  m.bounds.map((b) => [fromMicro(b.lowerMicro), fromMicro(b.upperMicro)])

/**
 * The job's input mapped through the module: a CSV of features `f0…f(k−1)`, and the params with the declared
 * bounds of the feature they read (checked against the params the requester pinned).
 */
export function mapThroughModule(
  csvText: string,
  bytes: Uint8Array,
  approval: FeatureModule,
  params: BuiltinParams,
): { csv: string; params: BuiltinParams } {
  const bounds = declaredBounds(approval)
  if (bounds.length !== approval.featureCount)
    throw new JobFault('ALGORITHM', 'feature module approval has a bound per feature missing')
  const k = /^f(0|[1-9][0-9]*)$/.exec(params.column)
  const index = k ? Number(k[1]) : -1
  if (index < 0 || index >= bounds.length)
    throw new JobFault('ALGORITHM', `column ${params.column} is not a feature f0..f${bounds.length - 1}`)
  const [lo, hi] = bounds[index]!
  const numeric = params.algorithm === 'dp-sum' || params.algorithm === 'dp-mean'
  if (numeric && (params.lower !== lo || params.upper !== hi))
    throw new JobFault(
      'ALGORITHM',
      `params bounds [${params.lower}, ${params.upper}] are not the declared bounds [${lo}, ${hi}] of ${params.column}`,
    )
  const mapper = loadFeatureModule(
    bytes,
    approval.moduleHash,
    { bounds },
    {
      maxMemoryPages: approval.maxMemoryPages,
      fuelPerRow: approval.fuelPerRow,
    },
  )
  const table = parseCsvOrFault(csvText)
  const lines = [bounds.map((_, i) => `f${i}`).join(',')]
  for (const row of table.rows) {
    const features = mapper.map(row.map((cell) => (cell.trim() === '' ? Number.NaN : Number(cell))))
    lines.push(features.map((f) => String(Number(f) / FRACTION)).join(','))
  }
  return { csv: `${lines.join('\n')}\n`, params }
}

function parseCsvOrFault(text: string): { rows: string[][] } {
  try {
    return parseCsv(text)
  } catch (e) {
    throw new JobFault('ALGORITHM', `input is not CSV: ${(e as Error).message}`)
  }
}

/** The input of a job that names a feature module: its features and params (see the top of this file). */
export async function featureInput(
  moduleHash: string,
  asset: { id: string; storage?: { uri: string } },
  csvText: string,
  params: BuiltinParams,
  features: FeatureModules | undefined,
): Promise<{ csv: string; params: BuiltinParams }> {
  if (!features) throw new Error('this daemon was started without feature-module support')
  const approval = await features.approval(asset.id, moduleHash)
  if (!approval)
    throw new JobFault('ALGORITHM', `asset ${asset.id} does not approve feature module ${moduleHash}`)
  const bytes = await features.bytes(asset.storage?.uri ?? '', moduleHash)
  return mapThroughModule(csvText, bytes, approval, params)
}
