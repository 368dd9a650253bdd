// Events as CometBFT carries them: a type and ordered (key, value, index) attributes, all strings.
// Typed events follow cosmos `EmitTypedEvent`: type = the proto message name, values JSON-encoded.

export interface EventAttribute {
  key: string
  value: string
  index: boolean
}

export interface AbciEvent {
  type: string
  attributes: EventAttribute[]
}

export class EventManager {
  private readonly list: AbciEvent[] = []

  emit(type: string, attributes: Record<string, string> | [string, string][]): void {
    const pairs = Array.isArray(attributes) ? attributes : Object.entries(attributes)
    this.list.push({ type, attributes: pairs.map(([key, value]) => ({ key, value, index: true })) })
  }

  /** A typed event: `typeName` is the full proto name (e.g. `datum.dataasset.v1.EventAssetRegistered`). */
  emitTyped(typeName: string, fields: Record<string, unknown>): void {
    const attributes = Object.keys(fields).map((key) => ({
      key,
      value: JSON.stringify(fields[key], (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
      index: true,
    }))
    this.list.push({ type: typeName, attributes })
  }

  push(...events: AbciEvent[]): void {
    this.list.push(...events)
  }

  events(): AbciEvent[] {
    return this.list.slice()
  }
}
