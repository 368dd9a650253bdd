// Deterministic instruction metering for WebAssembly: the module's bytecode is rewritten so that every
// function entry and every loop header subtracts a static cost from a mutable i64 global and traps
// (`unreachable`) once it goes negative. The cost of a region is the number of instructions written directly
// in it (nested loops pay their own), an upper bound on what one pass through it executes, so a budget bounds
// the work of any run and the same module on the same input stops at the same point on every machine — unlike
// a wall-clock deadline. The rewriter accepts only an allowlist of opcodes (MVP control, locals, globals,
// loads/stores, memory.size/grow, constants and numeric operators); anything else (SIMD, bulk memory,
// reference types, exceptions, tail calls, threads) is refused as unsupported.

export class WasmRejected extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WasmRejected'
  }
}

/** The exported name of the fuel global the rewriter adds. */
export const FUEL_EXPORT = '__datum_fuel'

class Reader {
  pos = 0
  constructor(readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.pos >= this.bytes.length
  }
  byte(): number {
    if (this.pos >= this.bytes.length) throw new WasmRejected('truncated module')
    return this.bytes[this.pos++]!
  }
  u32(): number {
    let result = 0
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte()
      result += (b & 0x7f) * 2 ** shift
      if (!(b & 0x80)) return result
    }
    throw new WasmRejected('malformed LEB128')
  }
  /** Skips a signed LEB128 (i32/i64 constants, block types). */
  skipSigned(): void {
    for (let i = 0; i < 10; i++) if (!(this.byte() & 0x80)) return
    throw new WasmRejected('malformed signed LEB128')
  }
  take(n: number): Uint8Array {
    if (this.pos + n > this.bytes.length) throw new WasmRejected('truncated module')
    const out = this.bytes.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }
  name(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.u32()))
  }
}

export function uleb(n: number | bigint): number[] {
  let v = BigInt(n)
  const out: number[] = []
  do {
    let b = Number(v & 0x7fn)
    v >>= 7n
    if (v !== 0n) b |= 0x80
    out.push(b)
  } while (v !== 0n)
  return out
}

export function sleb(n: number | bigint): number[] {
  let v = BigInt(n)
  const out: number[] = []
  for (;;) {
    const b = Number(v & 0x7fn)
    v >>= 7n
    if ((v === 0n && !(b & 0x40)) || (v === -1n && b & 0x40)) {
      out.push(b)
      return out
    }
    out.push(b | 0x80)
  }
}

const allowedOpcode = (op: number): boolean =>
  op <= 0x05 ||
  (op >= 0x0b && op <= 0x11) ||
  op === 0x1a ||
  op === 0x1b ||
  (op >= 0x20 && op <= 0x24) ||
  (op >= 0x28 && op <= 0xc4)

/** Reads one instruction's immediates (the opcode already read). */
function skipImmediates(r: Reader, op: number): void {
  if (op >= 0x02 && op <= 0x04) r.skipSigned()
  else if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x24)) r.u32()
  else if (op === 0x0e) {
    const n = r.u32()
    for (let i = 0; i <= n; i++) r.u32()
  } else if (op === 0x11 || (op >= 0x28 && op <= 0x3e)) {
    r.u32()
    r.u32()
  } else if (op === 0x3f || op === 0x40) {
    if (r.byte() !== 0) throw new WasmRejected('memory index must be 0')
  } else if (op === 0x41 || op === 0x42) r.skipSigned()
  else if (op === 0x43) r.take(4)
  else if (op === 0x44) r.take(8)
}

/** global.get G; i64.const cost; i64.sub; global.set G; global.get G; i64.const 0; i64.lt_s; if unreachable end */
const charge = (global: number, cost: number): number[] => [
  0x23,
  ...uleb(global),
  0x42,
  ...sleb(cost),
  0x7d,
  0x24,
  ...uleb(global),
  0x23,
  ...uleb(global),
  0x42,
  0x00,
  0x53,
  0x04,
  0x40,
  0x00,
  0x0b,
]

/** One function body (without its size prefix) with metering inserted. */
function meterBody(body: Uint8Array, global: number): number[] {
  const r = new Reader(body)
  const localGroups = r.u32()
  for (let i = 0; i < localGroups; i++) {
    r.u32()
    r.byte()
  }
  const localsEnd = r.pos
  const instructions: { start: number; end: number; op: number; region: number }[] = []
  const costs = [0] // region 0: the function body
  const frames: { loopRegion: number | undefined }[] = [{ loopRegion: undefined }]
  const regionNow = () => {
    for (let i = frames.length - 1; i >= 0; i--)
      if (frames[i]!.loopRegion !== undefined) return frames[i]!.loopRegion!
    return 0
  }
  let newRegion: number | undefined
  while (frames.length > 0) {
    const start = r.pos
    const op = r.byte()
    if (!allowedOpcode(op)) throw new WasmRejected(`opcode 0x${op.toString(16)} is not allowed`)
    skipImmediates(r, op)
    const region = regionNow()
    costs[region]!++
    instructions.push({ start, end: r.pos, op, region })
    if (op === 0x02 || op === 0x04) frames.push({ loopRegion: undefined })
    else if (op === 0x03) {
      newRegion = costs.length
      costs.push(0)
      frames.push({ loopRegion: newRegion })
    } else if (op === 0x0b) frames.pop()
  }
  if (!r.done) throw new WasmRejected('bytes after the end of a function body')
  const out = [...body.subarray(0, localsEnd), ...charge(global, costs[0]!)]
  let loopsSeen = 0
  for (const ins of instructions) {
    out.push(...body.subarray(ins.start, ins.end))
    if (ins.op === 0x03) out.push(...charge(global, costs[++loopsSeen]!))
  }
  return out
}

interface Section {
  readonly id: number
  readonly content: Uint8Array
}

/** Canonical section order (the data-count section, id 12, sits between element and code). */
const RANK: Record<number, number> = {
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
  8: 8,
  9: 9,
  12: 10,
  10: 11,
  11: 12,
}

export function readSections(bytes: Uint8Array): Section[] {
  const r = new Reader(bytes)
  const header = r.take(8)
  const expected = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
  if (!expected.every((b, i) => header[i] === b)) throw new WasmRejected('not a WebAssembly 1.0 binary')
  const sections: Section[] = []
  while (!r.done) {
    const id = r.byte()
    if (id !== 0 && RANK[id] === undefined) throw new WasmRejected(`unknown section ${id}`)
    sections.push({ id, content: r.take(r.u32()) })
  }
  return sections
}

export interface Limits {
  readonly min: number
  readonly max: number | undefined
  readonly shared: boolean
}

function readLimits(r: Reader): Limits {
  const flag = r.byte()
  if (flag > 3) throw new WasmRejected(`limits flag ${flag}`)
  const min = r.u32()
  const max = flag & 1 ? r.u32() : undefined
  return { min, max, shared: (flag & 2) !== 0 }
}

export interface Import {
  readonly module: string
  readonly name: string
  readonly kind: 'func' | 'table' | 'memory' | 'global'
}

export function readImports(content: Uint8Array): Import[] {
  const r = new Reader(content)
  const n = r.u32()
  const out: Import[] = []
  for (let i = 0; i < n; i++) {
    const module = r.name()
    const name = r.name()
    const kind = r.byte()
    if (kind === 0) r.u32()
    else if (kind === 1) {
      r.byte()
      readLimits(r)
    } else if (kind === 2) readLimits(r)
    else if (kind === 3) {
      r.byte()
      r.byte()
    } else throw new WasmRejected(`import kind ${kind}`)
    out.push({ module, name, kind: (['func', 'table', 'memory', 'global'] as const)[kind]! })
  }
  return out
}

/** The memories a module defines (section 5). */
export function readMemories(content: Uint8Array): Limits[] {
  const r = new Reader(content)
  return Array.from({ length: r.u32() }, () => readLimits(r))
}

const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content]

/**
 * The module with metering: a new exported mutable i64 global FUEL_EXPORT (initially `budget`), charged at
 * every function entry and loop header. Refuses imported globals (they would shift the global index space).
 */
export function meter(bytes: Uint8Array, budget: bigint): Uint8Array {
  const sections = readSections(bytes)
  let importedGlobals = 0
  let definedGlobals = 0
  for (const s of sections) {
    if (s.id === 2) importedGlobals = readImports(s.content).filter((i) => i.kind === 'global').length
    if (s.id === 6) definedGlobals = new Reader(s.content).u32()
  }
  if (importedGlobals > 0) throw new WasmRejected('imported globals are not allowed')
  const fuel = definedGlobals
  const out: number[] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
  let globalDone = false
  let exportDone = false
  const fuelGlobal = [0x7e, 0x01, 0x42, ...sleb(budget), 0x0b]
  const fuelExport = [
    ...uleb(FUEL_EXPORT.length),
    ...new TextEncoder().encode(FUEL_EXPORT),
    0x03,
    ...uleb(fuel),
  ]
  const flushBefore = (rank: number) => {
    if (!globalDone && rank > RANK[6]!) {
      out.push(...section(6, [...uleb(1), ...fuelGlobal]))
      globalDone = true
    }
    if (!exportDone && rank > RANK[7]!) {
      out.push(...section(7, [...uleb(1), ...fuelExport]))
      exportDone = true
    }
  }
  for (const s of sections) {
    if (s.id !== 0) flushBefore(RANK[s.id]!)
    if (s.id === 6) {
      const r = new Reader(s.content)
      const n = r.u32()
      out.push(...section(6, [...uleb(n + 1), ...s.content.subarray(r.pos), ...fuelGlobal]))
      globalDone = true
    } else if (s.id === 7) {
      const r = new Reader(s.content)
      const n = r.u32()
      out.push(...section(7, [...uleb(n + 1), ...s.content.subarray(r.pos), ...fuelExport]))
      exportDone = true
    } else if (s.id === 10) {
      const r = new Reader(s.content)
      const n = r.u32()
      const bodies: number[] = []
      for (let i = 0; i < n; i++) {
        const metered = meterBody(r.take(r.u32()), fuel)
        bodies.push(...uleb(metered.length), ...metered)
      }
      if (!r.done) throw new WasmRejected('bytes after the last function body')
      out.push(...section(10, [...uleb(n), ...bodies]))
    } else out.push(...section(s.id, [...s.content]))
  }
  flushBefore(Number.POSITIVE_INFINITY)
  return Uint8Array.from(out)
}

export { Reader as WasmReader }
