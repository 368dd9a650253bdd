// Typed module events as the node hands them over in block_results: type = full proto name, each attribute
// a field as JSON. This reads them into plain objects and names the records each one touches.

export interface ChainEvent {
  type: string
  attrs: Record<string, unknown>
}

interface RawEvent {
  readonly type: string
  readonly attributes: readonly { readonly key: string | Uint8Array; readonly value: string | Uint8Array }[]
}

const text = (v: string | Uint8Array) => (typeof v === 'string' ? v : new TextDecoder().decode(v))
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export function readEvent(e: RawEvent): ChainEvent {
  const attrs: Record<string, unknown> = {}
  for (const a of e.attributes) {
    const raw = text(a.value)
    let value: unknown = raw
    try {
      value = JSON.parse(raw)
    } catch {
      // SDK events (transfer, message) carry plain strings
    }
    attrs[snake(text(a.key))] = value
  }
  return { type: e.type, attrs }
}

/** The records a height's events change: fetched in full (at that height) before its transaction. */
export interface Touched {
  assets: Set<string>
  terms: Set<string>
  offerings: Set<bigint>
  rights: Set<bigint>
  jobs: Set<bigint>
  executors: Set<string>
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))
const id = (v: unknown): bigint | undefined => {
  const s = str(v)
  return /^[0-9]+$/.test(s) ? BigInt(s) : undefined
}

export function touched(events: readonly ChainEvent[]): Touched {
  const t: Touched = {
    assets: new Set(),
    terms: new Set(),
    offerings: new Set(),
    rights: new Set(),
    jobs: new Set(),
    executors: new Set(),
  }
  const add = <T>(set: Set<T>, v: T | undefined | '') => {
    if (v !== undefined && v !== '') set.add(v as T)
  }
  for (const { type, attrs: a } of events) {
    const [pkg, , name] = splitType(type)
    if (pkg === 'datum.dataasset.v1') {
      if (name === 'EventLicenseTermsRegistered') add(t.terms, str(a.id))
      else add(t.assets, str(a.asset_id ?? a.id))
    } else if (pkg === 'datum.computeright.v1') {
      if (name.startsWith('EventOffering')) add(t.offerings, id(a.id))
      add(t.rights, id(a.right_id))
      add(t.offerings, id(a.offering_id))
      add(t.jobs, id(a.job_id))
      for (const r of Array.isArray(a.right_ids) ? a.right_ids : []) add(t.rights, id(r))
      if (name === 'EventRightPurchased' || name === 'EventOfferingCreated') add(t.assets, str(a.asset_id))
    } else if (pkg === 'datum.attestation.v1') {
      add(t.executors, str(a.operator ?? a.executor))
      for (const e of Array.isArray(a.executors) ? a.executors : []) add(t.executors, str(e))
      add(t.jobs, id(a.job_id))
    }
  }
  return t
}

/** `datum.dataasset.v1.EventAssetRegistered` → [`datum.dataasset.v1`, 'dataasset', 'EventAssetRegistered']. */
export function splitType(type: string): [string, string, string] {
  const parts = type.split('.')
  const name = parts.pop() ?? ''
  return [parts.join('.'), parts[1] ?? '', name]
}

export const attrString = str
export const attrId = id
