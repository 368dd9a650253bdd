// The demo's voice: numbered steps, commands as typed (long hex shortened), facts indented, checks marked.
import { type Narrator, shellWords } from '../../testnet/flows/narrator.js'

const tty = process.stdout.isTTY === true
const paint = (code: string, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s)

/** 64-hex ids and keys as `b40593a6…bc6c`; the full values are in the JSON the commands print. */
const shorten = (s: string) => s.replace(/\b([0-9a-f]{8})[0-9a-f]{40,}([0-9a-f]{4})\b/g, '$1…$2')

export class ConsoleNarrator implements Narrator {
  private n = 0
  readonly failed: string[] = []
  private readonly t0 = Date.now()

  private elapsed(): string {
    return paint('2', `[${((Date.now() - this.t0) / 1000).toFixed(1).padStart(5)} s]`)
  }

  step(title: string): void {
    this.n += 1
    console.log(`\n${this.elapsed()} ${paint('1', `${this.n}. ${title}`)}`)
  }
  say(text: string): void {
    console.log(`          ${shorten(text)}`)
  }
  command(argv: string[]): void {
    console.log(`          ${paint('36', `$ datum ${shorten(shellWords(argv))}`)}`)
  }
  check(label: string, ok: boolean, detail?: string): void {
    if (!ok) this.failed.push(label)
    const mark = ok ? paint('32', '✔') : paint('31', '✘ FAILED:')
    console.log(`          ${mark} ${shorten(label)}${detail ? paint('2', ` (${shorten(detail)})`) : ''}`)
  }
}
