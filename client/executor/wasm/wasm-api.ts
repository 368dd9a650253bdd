// The part of the WebAssembly JS API the sandbox uses, typed here because the project compiles without the
// DOM library (which is where TypeScript declares it); the runtime object is Node's global WebAssembly.
export interface WasmMemory {
  readonly buffer: ArrayBuffer
}
export interface WasmGlobal {
  value: unknown
}
export interface WasmInstance {
  readonly exports: Record<string, unknown>
}
export type WasmModule = object

interface WasmApi {
  Module: (new (
    bytes: Uint8Array,
  ) => WasmModule) & {
    exports(module: WasmModule): { name: string; kind: string }[]
  }
  Instance: new (module: WasmModule, imports?: Record<string, Record<string, unknown>>) => WasmInstance
  Memory: abstract new (...args: never[]) => WasmMemory
  Global: abstract new (...args: never[]) => WasmGlobal
}

export const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly
