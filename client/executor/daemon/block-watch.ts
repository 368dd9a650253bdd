// Calls back on every new block: a websocket NewBlock subscription, reconnected with backoff when it drops,
// plus a poll timer so a silent socket never stalls the daemon.
import { Comet38Client } from '@cosmjs/tendermint-rpc'

export class BlockWatch {
  private ws?: Comet38Client
  private sub?: { unsubscribe(): void }
  private timer?: NodeJS.Timeout
  private reconnect?: NodeJS.Timeout
  private stopped = false
  private backoffMs = 500

  constructor(
    private readonly node: string,
    private readonly pollMs: number,
    private readonly onBlock: () => void,
    private readonly onError: (e: Error) => void,
  ) {}

  async start(): Promise<void> {
    this.timer = setInterval(this.onBlock, this.pollMs)
    await this.connect()
  }

  private async connect(): Promise<void> {
    if (this.stopped) return
    try {
      this.ws = await Comet38Client.connect(this.node.replace(/^http/, 'ws'))
      this.sub = this.ws.subscribeNewBlock().subscribe({
        next: () => {
          this.backoffMs = 500
          this.onBlock()
        },
        error: (e: Error) => this.retry(e),
        complete: () => this.retry(new Error('subscription ended')),
      })
    } catch (e) {
      this.retry(e as Error)
    }
  }

  private retry(e: Error): void {
    if (this.stopped) return
    this.onError(e)
    this.drop()
    this.reconnect = setTimeout(() => void this.connect(), this.backoffMs)
    this.backoffMs = Math.min(this.backoffMs * 2, 10_000)
  }

  private drop(): void {
    try {
      this.sub?.unsubscribe()
      this.ws?.disconnect()
    } catch {
      // already closed
    }
    this.sub = undefined
    this.ws = undefined
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    clearTimeout(this.reconnect)
    this.drop()
  }
}
