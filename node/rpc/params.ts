// Typed readers for JSON-RPC params. POST bodies carry JSON values (ints as strings or numbers, []byte as
// base64, HexBytes as hex); the GET URI form carries CometBFT URI values (strings quoted, ints bare,
// bytes `0x`-hex or a quoted literal). Any mismatch is a -32602 Invalid params error.
import { invalidParams } from './errors.js'

export type ParamSource = 'json' | 'uri'

const INT64_MAX = 2n ** 63n - 1n
const hexPattern = /^(?:[0-9a-fA-F]{2})*$/
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export class Params {
  constructor(
    private readonly values: Record<string, unknown>,
    readonly source: ParamSource,
  ) {}

  private raw(name: string): unknown {
    return Object.hasOwn(this.values, name) ? this.values[name] : undefined
  }

  string(name: string): string | undefined {
    const v = this.raw(name)
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'string') throw invalidParams(`${name} must be a string`)
    if (this.source === 'uri' && v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1)
    return v
  }

  requiredString(name: string): string {
    const v = this.string(name)
    if (v === undefined) throw invalidParams(`missing ${name}`)
    return v
  }

  /** An int64 given as a JSON number, a decimal string or a (quoted) URI value; undefined when absent. */
  int(name: string): bigint | undefined {
    const v = this.raw(name)
    if (v === undefined || v === null || v === '') return undefined
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v)) throw invalidParams(`${name} must be an integer`)
      return BigInt(v)
    }
    if (typeof v !== 'string') throw invalidParams(`${name} must be an integer`)
    const text = v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v
    if (text === '') return undefined
    if (!/^-?\d{1,19}$/.test(text)) throw invalidParams(`${name}: invalid integer ${JSON.stringify(text)}`)
    const n = BigInt(text)
    if (n > INT64_MAX || n < -INT64_MAX - 1n) throw invalidParams(`${name}: integer out of int64 range`)
    return n
  }

  bool(name: string): boolean {
    const v = this.raw(name)
    if (v === undefined || v === null || v === '') return false
    if (typeof v === 'boolean') return v
    if (v === 'true' || v === '"true"') return true
    if (v === 'false' || v === '"false"') return false
    throw invalidParams(`${name} must be a boolean`)
  }

  /** Go `[]byte`: base64 in JSON; `0x`-hex or a quoted literal in the URI form. */
  bytes(name: string): Uint8Array | undefined {
    const v = this.raw(name)
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'string') throw invalidParams(`${name} must be a string`)
    if (this.source === 'uri') return uriBytes(name, v)
    if (!base64Pattern.test(v)) throw invalidParams(`${name} must be base64`)
    return new Uint8Array(Buffer.from(v, 'base64'))
  }

  requiredBytes(name: string): Uint8Array {
    const v = this.bytes(name)
    if (v === undefined) throw invalidParams(`missing ${name}`)
    return v
  }

  /** CometBFT `HexBytes`: hex (an optional `0x` is tolerated) in both forms. */
  hexBytes(name: string): Uint8Array {
    const v = this.raw(name)
    if (v === undefined || v === null) return new Uint8Array()
    if (typeof v !== 'string') throw invalidParams(`${name} must be a hex string`)
    if (this.source === 'uri' && v.startsWith('"')) return uriBytes(name, v)
    const text = v.startsWith('0x') || v.startsWith('0X') ? v.slice(2) : v
    if (!hexPattern.test(text)) throw invalidParams(`${name} must be hex`)
    return new Uint8Array(Buffer.from(text, 'hex'))
  }
}

function uriBytes(name: string, v: string): Uint8Array {
  if (v.startsWith('0x') || v.startsWith('0X')) {
    const text = v.slice(2)
    if (!hexPattern.test(text)) throw invalidParams(`${name} must be 0x-prefixed hex`)
    return new Uint8Array(Buffer.from(text, 'hex'))
  }
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"'))
    return new Uint8Array(Buffer.from(v.slice(1, -1)))
  throw invalidParams(`${name} must be 0x-prefixed hex or a quoted string`)
}

/** Named params from a JSON-RPC `params` value: an object, positional array (by `argNames`) or absent. */
export function paramsFromJson(params: unknown, argNames: readonly string[]): Params {
  if (params === undefined || params === null) return new Params({}, 'json')
  if (Array.isArray(params)) {
    if (params.length > argNames.length) {
      throw invalidParams(`expected at most ${argNames.length} params, got ${params.length}`)
    }
    const named: Record<string, unknown> = {}
    params.forEach((value, i) => {
      named[argNames[i]!] = value
    })
    return new Params(named, 'json')
  }
  if (typeof params === 'object') return new Params(params as Record<string, unknown>, 'json')
  throw invalidParams('params must be an object or an array')
}
