// Feature modules shared by the daemon's unit tests and the e2e test: one that does its job (f0 = first
// cell / 2, declared with bounds [0, 50] for ages 0..99) and one per rule a module can break.
import { F64_LOAD, F64_STORE, f64, featureModule, i32 } from './wasm-builder.js'

/** f0 = first cell × 0.5: reads the row at address 0, writes the feature at 32768, returns 1 feature. */
export const HALF = featureModule([
  ...i32(32768),
  ...i32(0),
  ...F64_LOAD,
  ...f64(0.5),
  0xa2,
  ...F64_STORE,
  ...i32(1),
])
/** `loop br 0 end`: never returns (runs out of fuel). */
export const LOOP = featureModule([0x03, 0x40, 0x0c, 0, 0x0b, ...i32(1)])
/** Declares up to 1,000 pages of memory. */
export const GREEDY = featureModule(i32(1), { memory: [1, 1000] })
/** Calls a host function `env.half` (no import is allowed). */
export const IMPORTER = featureModule([...i32(32768), ...f64(0.25), 0x10, 0, ...F64_STORE, ...i32(1)], {
  imports: [{ module: 'env', name: 'half', type: 1 }],
})
/** f0 = 10⁹, far outside any bound an owner would declare for it. */
export const HUGE = featureModule([...i32(32768), ...f64(1e9), ...F64_STORE, ...i32(1)])
