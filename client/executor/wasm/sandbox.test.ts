// The feature sandbox: a good module maps rows (its loop metered but unchanged in meaning); a module that
// loops forever runs out of fuel; one that asks for too much memory, imports a host function not on the
// allowlist, returns out-of-bounds or NaN values, has the wrong hash or uses a disallowed opcode is refused as
// JobFault('ALGORITHM'). Test modules are assembled from hand-written bytes (testdata/wasm-builder.ts).
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { JobFault } from '../faults.js'
import { fromNumber } from '../train/fixed-point.js'
import { meter } from './fuel.js'
import { type FeatureSpec, loadFeatureModule, type SandboxLimits } from './sandbox.js'
import { F64, F64_LOAD, F64_STORE, f64, featureModule, I32, i32 } from './testdata/wasm-builder.js'
import { Wasm, type WasmMemory } from './wasm-api.js'

const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const load = (bytes: Uint8Array, spec: FeatureSpec, limits?: SandboxLimits) =>
  loadFeatureModule(bytes, hash(bytes), spec, limits)

/** The fault a thunk throws (undefined if none). */
function faultOf(f: () => unknown): JobFault | undefined {
  try {
    f()
  } catch (e) {
    if (e instanceof JobFault) return e
    throw e
  }
  return undefined
}

// out[0] = 2·in[0]; out[1] = in[1] + 1; out[2] = Σ in[0..n) by a loop; return 3
const GOOD = featureModule(
  [
    ...i32(32768),
    ...i32(0),
    ...F64_LOAD,
    ...f64(2),
    0xa2, // f64.mul
    ...F64_STORE,
    ...i32(32776),
    ...i32(8),
    ...F64_LOAD,
    ...f64(1),
    0xa0, // f64.add
    ...F64_STORE,
    0x02,
    0x40, // block
    0x03,
    0x40, //   loop
    0x20,
    1,
    0x20,
    0,
    0x4e,
    0x0d,
    1, //   br_if 1 (i ≥ n)
    0x20,
    2,
    0x20,
    1,
    ...i32(3),
    0x74,
    ...F64_LOAD,
    0xa0,
    0x21,
    2, // acc += in[i]
    0x20,
    1,
    ...i32(1),
    0x6a,
    0x21,
    1, // i++
    0x0c,
    0, // br 0
    0x0b, // end loop
    0x0b, // end block
    ...i32(32784),
    0x20,
    2,
    ...F64_STORE,
    ...i32(3),
  ],
  {
    locals: [
      [1, I32],
      [1, F64],
    ],
  },
)
const SPEC3: FeatureSpec = {
  bounds: [
    [-10, 10],
    [-10, 10],
    [-100, 100],
  ],
}

describe('wasm sandbox: a good module', () => {
  it('maps rows to fixed-point features, the metered loop computing what it did before', () => {
    const mapper = load(GOOD, SPEC3)
    expect(mapper.map([1.5, -2, 3, 4])).toEqual([fromNumber(3), fromNumber(-1), fromNumber(6.5)])
    expect(mapper.map([0, 0])).toEqual([0n, fromNumber(1), 0n])
    // the unmetered module computes the same (metering changes no result)
    const plain = new Wasm.Instance(new Wasm.Module(GOOD))
    const mem = plain.exports.memory as WasmMemory
    new Float64Array(mem.buffer, 0, 4).set([1.5, -2, 3, 4])
    expect((plain.exports.features as (n: number) => number)(4)).toBe(3)
    expect(Array.from(new Float64Array(mem.buffer, 32768, 3))).toEqual([3, -1, 6.5])
  })

  it('fuel use is an exact instruction count: fixed per row length, linear in the loop trips', () => {
    const mapper = load(GOOD, SPEC3)
    const used = (n: number) => {
      mapper.map(new Array<number>(n).fill(1))
      return mapper.lastFuelUsed
    }
    // GOOD's body has 20 instructions outside its loop and 17 inside; the loop header runs n + 1 times
    const expected = (n: number) => 20n + 17n * BigInt(n + 1)
    for (const n of [0, 4, 5, 100]) expect(used(n)).toBe(expected(n))
  })

  it('a long row under a small budget runs out of fuel at the same row everywhere (deterministic)', () => {
    const row = new Array<number>(1000).fill(0.001)
    expect(load(GOOD, SPEC3).map(row)[2]).toBe(fromNumber(1000 * 0.001))
    const fault = faultOf(() => load(GOOD, SPEC3, { fuelPerRow: 5_000n }).map(row))
    expect(fault?.faultClass).toBe('ALGORITHM')
    expect(fault?.reason).toMatch(/fuel/)
    // 100 values fit in 5000 fuel: the limit is a count of instructions, not of time
    expect(faultOf(() => load(GOOD, SPEC3, { fuelPerRow: 5_000n }).map(row.slice(0, 100)))).toBeUndefined()
  })
})

describe('wasm sandbox: refusals', () => {
  const spec1: FeatureSpec = { bounds: [[0, 1]] }
  const constant = (v: number) => featureModule([...i32(32768), ...f64(v), ...F64_STORE, ...i32(1)])

  it('an infinite loop runs out of fuel', () => {
    const loop = featureModule([0x03, 0x40, 0x0c, 0, 0x0b, ...i32(1)])
    expect(faultOf(() => load(loop, spec1).map([1]))?.reason).toMatch(/ran out of fuel/)
  })

  it('too much memory, or memory without a maximum', () => {
    const big = featureModule(i32(1), { memory: [1, 1000] })
    expect(faultOf(() => load(big, spec1))?.reason).toMatch(/exceeds the cap/)
    const open = featureModule(i32(1), { memory: [1, undefined] })
    expect(faultOf(() => load(open, spec1))?.reason).toMatch(/maximum/)
  })

  it('a host import off the allowlist is refused; on it, it is bound', () => {
    const body = [...i32(32768), ...f64(0.25), 0x10, 0, ...F64_STORE, ...i32(1)] // call import 0 (f64 → f64)
    const imports = [{ module: 'env', name: 'half', type: 1 }]
    const mod = featureModule(body, { imports })
    expect(faultOf(() => load(mod, spec1))?.reason).toMatch(/env\.half.*allowlist/)
    const mapper = load(mod, spec1, { hostFunctions: { 'env.half': (x: number) => x / 2 } })
    expect(mapper.map([])).toEqual([fromNumber(0.125)])
  })

  it('out-of-bounds and NaN features are refused; clamping is opt-in', () => {
    expect(faultOf(() => load(constant(1e9), spec1).map([]))?.reason).toMatch(/outside/)
    expect(load(constant(1e9), { ...spec1, outOfBounds: 'clamp' }).map([])).toEqual([fromNumber(1)])
    expect(
      faultOf(() => load(constant(Number.NaN), { ...spec1, outOfBounds: 'clamp' }).map([]))?.reason,
    ).toMatch(/NaN/)
    expect(
      faultOf(() =>
        load(constant(0.5), {
          bounds: [
            [0, 1],
            [0, 1],
          ],
        }).map([]),
      )?.reason,
    ).toMatch(/declared/)
  })

  it('a wrong hash, a trap, a disallowed opcode and a non-module are refused', () => {
    const ok = constant(0.5)
    expect(faultOf(() => loadFeatureModule(ok, '00'.repeat(32), spec1))?.reason).toMatch(/approved/)
    const trap = featureModule([0x00, ...i32(1)]) // unreachable
    expect(faultOf(() => load(trap, spec1).map([]))?.reason).toMatch(/trapped/)
    const simd = featureModule([0xfd, 0x0c, ...new Array(16).fill(0), 0x1a, ...i32(1)]) // v128.const; drop
    expect(faultOf(() => load(simd, spec1))?.reason).toMatch(/opcode 0xfd/)
    expect(faultOf(() => load(Uint8Array.of(1, 2, 3), spec1))?.faultClass).toBe('ALGORITHM')
  })

  it('metering keeps the module valid and exports its fuel', () => {
    const m = new Wasm.Module(meter(GOOD, 10n))
    expect(Wasm.Module.exports(m).map((e) => e.name)).toContain('__datum_fuel')
  })
})
