// Prometheus metrics for the node as seen through its RPC backend: height, committed txs, mempool size,
// block interval, and RPC latency per method. One registry per server so several nodes can share a process.
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { RpcBackend, RpcEvent, Unsubscribe } from './backend.js'

export class RpcMetrics {
  readonly registry = new Registry()
  private readonly txs: Counter
  private readonly blockInterval: Histogram
  private readonly latency: Histogram<'method'>
  private lastBlockMillis: number | undefined
  private readonly knownMethods: Set<string>

  constructor(backend: RpcBackend, methods: Iterable<string>) {
    this.knownMethods = new Set(methods)
    const registers = [this.registry]
    new Gauge({
      name: 'datum_block_height',
      help: 'Latest committed block height',
      registers,
      async collect() {
        this.set(Number((await backend.blockRange()).height))
      },
    })
    new Gauge({
      name: 'datum_mempool_size',
      help: 'Transactions waiting in the mempool',
      registers,
      async collect() {
        this.set((await backend.mempoolSize()).count)
      },
    })
    this.txs = new Counter({ name: 'datum_txs_total', help: 'Transactions committed in blocks', registers })
    this.blockInterval = new Histogram({
      name: 'datum_block_interval_seconds',
      help: 'Header time between consecutive blocks',
      buckets: [0.25, 0.5, 1, 1.5, 2, 3, 5, 10, 30],
      registers,
    })
    this.latency = new Histogram({
      name: 'datum_rpc_request_duration_seconds',
      help: 'JSON-RPC call latency by method',
      labelNames: ['method'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
      registers,
    })
  }

  /** Feeds block metrics from NewBlock events; returns the unsubscribe handle. */
  follow(backend: RpcBackend): Unsubscribe {
    return backend.subscribe("tm.event='NewBlock'", (event) => this.observe(event))
  }

  observe(event: RpcEvent): void {
    if (event.type !== 'NewBlock') return
    this.txs.inc(event.block.data.txs.length)
    const t = event.block.header.time
    const millis = Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6)
    if (this.lastBlockMillis !== undefined && millis >= this.lastBlockMillis) {
      this.blockInterval.observe((millis - this.lastBlockMillis) / 1000)
    }
    this.lastBlockMillis = millis
  }

  /** Starts a latency timer; unknown method names share one label to bound cardinality. */
  startRequest(method: string): () => void {
    return this.latency.startTimer({ method: this.knownMethods.has(method) ? method : 'unknown' })
  }

  contentType(): string {
    return this.registry.contentType
  }

  render(): Promise<string> {
    return this.registry.metrics()
  }
}
