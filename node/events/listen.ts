// Callback-style subscriptions for consumers that push (the RPC websocket): pumps a bus subscription into a
// listener until unsubscribed, and reports why when the bus ends it (slow subscriber, bus closed).
import type { EventBus } from './bus.js'
import type { BusMessage } from './messages.js'

export function listen(
  bus: EventBus,
  subscriber: string,
  queryText: string,
  listener: (message: BusMessage) => void,
  onCancel?: (reason: string) => void,
): () => void {
  const sub = bus.subscribe(subscriber, queryText)
  let unsubscribed = false
  void (async () => {
    for await (const message of sub) {
      if (unsubscribed) break
      try {
        listener(message)
      } catch (e) {
        sub.cancel(`listener failed: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
    if (!unsubscribed) onCancel?.(sub.cancelReason ?? 'subscription ended')
  })()
  return () => {
    if (unsubscribed || sub.cancelReason !== undefined) return
    unsubscribed = true
    sub.cancel('unsubscribed')
  }
}
