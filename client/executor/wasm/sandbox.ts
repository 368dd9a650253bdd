// Owner-approved feature code: a content-addressed WebAssembly module that maps one data row to a bounded
// numeric feature vector. The sandbox is the WebAssembly instance itself, kept pure and bounded:
//   - identity: the module's SHA-256 must equal the hash the owner approved;
//   - no ambient authority: WASI is not offered; the only imports allowed are functions named in the
//     caller's allowlist (pure host functions), and imported memories, tables and globals are refused;
//   - memory cap: the module must define its memory with a declared maximum ≤ the cap (memory.grow beyond the
//     maximum returns −1 inside the module; it can never allocate past it);
//   - instruction limit: FUEL, not a wall clock — the bytecode is metered (fuel.ts), so the limit is
//     deterministic: every executor stops at the same instruction on the same row;
//   - bounded output: every feature must be finite and inside its declared bounds (or clamped to them, when
//     the job says so); NaN — whose bits are the one nondeterminism of wasm floats — is always refused.
// A module that breaks any of these is refused as JobFault('ALGORITHM', …).
//
// ABI: the module exports `memory` and `features(n: i32) -> i32`. The host writes the row's n values as
// little-endian f64 at byte 0; the module writes its features as f64 at byte 32768 and returns their count,
// which must equal the declared feature count.
import { createHash } from 'node:crypto'
import { JobFault } from '../faults.js'
import { fromNumber } from '../train/fixed-point.js'
import { FUEL_EXPORT, meter, readImports, readMemories, readSections, WasmRejected } from './fuel.js'
import { Wasm, type WasmGlobal, type WasmInstance } from './wasm-api.js'

export const INPUT_OFFSET = 0
export const OUTPUT_OFFSET = 32768
export const MAX_ROW_WIDTH = OUTPUT_OFFSET / 8
const PAGE = 65536

export interface FeatureSpec {
  /** [lower, upper] per feature, in order. */
  readonly bounds: readonly (readonly [number, number])[]
  /** What to do with a finite value outside its bounds: refuse the module (default) or clamp it. */
  readonly outOfBounds?: 'refuse' | 'clamp'
}

export interface SandboxLimits {
  /** Maximum memory in 64 KiB pages (default 16 = 1 MiB). */
  readonly maxMemoryPages?: number
  /** Fuel per row (default 1 000 000 metered instructions). */
  readonly fuelPerRow?: bigint
  /** Allowlisted host functions by "module.name"; none by default. */
  readonly hostFunctions?: Readonly<Record<string, (...args: number[]) => number>>
}

export interface FeatureMapper {
  readonly sha256: string
  /** The features of one row on the 2^−32 grid. */
  map(row: readonly number[]): bigint[]
  /** Fuel the last completed row used (a deterministic count of metered instructions). */
  readonly lastFuelUsed: bigint
}

const refuse = (reason: string): never => {
  throw new JobFault('ALGORITHM', `feature module: ${reason}`)
}

export function loadFeatureModule(
  bytes: Uint8Array,
  approvedSha256: string,
  spec: FeatureSpec,
  limits: SandboxLimits = {},
): FeatureMapper {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (sha256 !== approvedSha256.toLowerCase()) refuse(`hash ${sha256} is not the approved ${approvedSha256}`)
  const maxPages = limits.maxMemoryPages ?? 16
  const fuelPerRow = limits.fuelPerRow ?? 1_000_000n
  const hosts = limits.hostFunctions ?? {}
  if (spec.bounds.some(([lo, hi]) => !(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi)))
    refuse('declared bounds must be finite with lower ≤ upper')
  if (spec.bounds.length > MAX_ROW_WIDTH) refuse(`more than ${MAX_ROW_WIDTH} features`)

  let metered: Uint8Array
  const imports: Record<string, Record<string, (...args: number[]) => number>> = {}
  try {
    const sections = readSections(bytes)
    for (const s of sections) {
      if (s.id === 2)
        for (const imp of readImports(s.content)) {
          const key = `${imp.module}.${imp.name}`
          if (imp.kind !== 'func')
            refuse(`imports a ${imp.kind} (${key}); only allowlisted functions may be imported`)
          const fn = Object.hasOwn(hosts, key) ? hosts[key] : undefined
          if (!fn) refuse(`imports ${key}, which is not on the allowlist`)
          imports[imp.module] ??= {}
          imports[imp.module]![imp.name] = fn!
        }
      if (s.id === 5)
        for (const m of readMemories(s.content)) {
          if (m.shared) refuse('shared memory is not allowed')
          if (m.max === undefined) refuse('memory must declare a maximum')
          if (m.max! > maxPages) refuse(`memory maximum ${m.max} pages exceeds the cap of ${maxPages}`)
        }
    }
    metered = meter(bytes, fuelPerRow)
  } catch (e) {
    if (e instanceof WasmRejected) refuse(e.message)
    throw e
  }

  let instance: WasmInstance
  try {
    instance = new Wasm.Instance(new Wasm.Module(metered!), imports)
  } catch (e) {
    return refuse(`does not instantiate: ${(e as Error).message}`)
  }
  const memory = instance.exports.memory
  const features = instance.exports.features
  const fuel = instance.exports[FUEL_EXPORT] as WasmGlobal
  if (!(memory instanceof Wasm.Memory)) return refuse('does not export `memory`')
  if (typeof features !== 'function') return refuse('does not export `features`')
  if (memory.buffer.byteLength < PAGE) return refuse('memory must have at least one page')
  const run = features as (n: number) => number

  let lastFuelUsed = 0n
  return {
    sha256,
    get lastFuelUsed() {
      return lastFuelUsed
    },
    map(row) {
      if (row.length > MAX_ROW_WIDTH) refuse(`row of ${row.length} values exceeds ${MAX_ROW_WIDTH}`)
      const view = new DataView(memory.buffer)
      for (const [i, v] of row.entries()) view.setFloat64(INPUT_OFFSET + 8 * i, v, true)
      fuel.value = fuelPerRow
      let count: number
      try {
        count = run(row.length)
      } catch (e) {
        if ((fuel.value as bigint) < 0n) return refuse(`ran out of fuel (${fuelPerRow} per row)`)
        return refuse(`trapped: ${(e as Error).message}`)
      }
      lastFuelUsed = fuelPerRow - (fuel.value as bigint)
      if (count !== spec.bounds.length) refuse(`returned ${count} features, ${spec.bounds.length} declared`)
      const out = new DataView(memory.buffer)
      return spec.bounds.map(([lo, hi], k) => {
        const v = out.getFloat64(OUTPUT_OFFSET + 8 * k, true)
        if (!Number.isFinite(v)) refuse(`feature ${k} is ${v}`)
        if (v < lo || v > hi) {
          if (spec.outOfBounds !== 'clamp') refuse(`feature ${k} = ${v} is outside [${lo}, ${hi}]`)
          return fromNumber(v < lo ? lo : hi)
        }
        return fromNumber(v)
      })
    },
  }
}
