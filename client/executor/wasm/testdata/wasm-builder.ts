// A tiny WebAssembly binary assembler for the sandbox tests: modules are written as section byte arrays by
// hand (no toolchain download), with helpers for LEB128, names and f64 constants.
import { sleb, uleb } from '../fuel.js'

export const I32 = 0x7f
export const F64 = 0x7c

const name = (s: string) => {
  const b = new TextEncoder().encode(s)
  return [...uleb(b.length), ...b]
}
const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content]
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()]

export const f64 = (v: number): number[] => {
  const b = new Uint8Array(8)
  new DataView(b.buffer).setFloat64(0, v, true)
  return [0x44, ...b]
}
export const i32 = (v: number): number[] => [0x41, ...sleb(v)]
/** f64.load / f64.store with align 3, offset 0 */
export const F64_LOAD = [0x2b, 0x03, 0x00]
export const F64_STORE = [0x39, 0x03, 0x00]

export interface ModuleSpec {
  /** Function types: [params, results]. */
  types: [number[], number[]][]
  imports?: { module: string; name: string; type: number }[]
  /** Type index of each defined function. */
  functions: number[]
  /** Memory limits: [min, max | undefined]. */
  memory?: [number, number | undefined]
  exports: { name: string; kind: 'func' | 'memory'; index: number }[]
  /** Per function: local groups [count, type] and the body's instructions (the final `end` is added). */
  code: { locals: [number, number][]; body: number[] }[]
}

export function assemble(m: ModuleSpec): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
  out.push(
    ...section(1, vec(m.types.map(([p, r]) => [0x60, ...vec(p.map((t) => [t])), ...vec(r.map((t) => [t]))]))),
  )
  if (m.imports?.length)
    out.push(
      ...section(2, vec(m.imports.map((i) => [...name(i.module), ...name(i.name), 0x00, ...uleb(i.type)]))),
    )
  out.push(...section(3, vec(m.functions.map((t) => uleb(t)))))
  if (m.memory) {
    const [min, max] = m.memory
    out.push(
      ...section(5, vec([max === undefined ? [0x00, ...uleb(min)] : [0x01, ...uleb(min), ...uleb(max)]])),
    )
  }
  out.push(
    ...section(
      7,
      vec(m.exports.map((e) => [...name(e.name), e.kind === 'func' ? 0x00 : 0x02, ...uleb(e.index)])),
    ),
  )
  out.push(
    ...section(
      10,
      vec(
        m.code.map((c) => {
          const body = [...vec(c.locals.map(([n, t]) => [...uleb(n), t])), ...c.body, 0x0b]
          return [...uleb(body.length), ...body]
        }),
      ),
    ),
  )
  return Uint8Array.from(out)
}

/** A feature module: one function `features(n: i32) -> i32` with the given locals and body, memory 1..max. */
export function featureModule(
  body: number[],
  opts: {
    locals?: [number, number][]
    memory?: [number, number | undefined]
    imports?: ModuleSpec['imports']
  } = {},
): Uint8Array {
  const imported = opts.imports?.length ?? 0
  return assemble({
    types: [
      [[I32], [I32]],
      [[F64], [F64]],
    ],
    imports: opts.imports,
    functions: [0],
    memory: opts.memory ?? [1, 2],
    exports: [
      { name: 'memory', kind: 'memory', index: 0 },
      { name: 'features', kind: 'func', index: imported },
    ],
    code: [{ locals: opts.locals ?? [], body }],
  })
}
