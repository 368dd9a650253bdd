// How a scenario tells what it does: the demo prints it for a person, the e2e test keeps it for failures.

export interface Narrator {
  /** A new step of the story, e.g. "The owner publishes the dataset". */
  step(title: string): void
  /** A fact worth reading: ids, amounts, results. */
  say(text: string): void
  /** A `datum …` command about to run (shown as a person would type it). */
  command(argv: string[]): void
  /** A checked expectation; scenarios report, callers decide whether a failure stops them. */
  check(label: string, ok: boolean, detail?: string): void
}

/** Keeps every line (tests print it when something fails). */
export class RecordingNarrator implements Narrator {
  readonly lines: string[] = []
  readonly failed: string[] = []
  step(title: string): void {
    this.lines.push(`== ${title}`)
  }
  say(text: string): void {
    this.lines.push(`   ${text}`)
  }
  command(argv: string[]): void {
    this.lines.push(`   $ datum ${shellWords(argv)}`)
  }
  check(label: string, ok: boolean, detail?: string): void {
    this.lines.push(`   ${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` (${detail})` : ''}`)
    if (!ok) this.failed.push(label)
  }
  get text(): string {
    return this.lines.join('\n')
  }
}

/** argv as a person would type it: words with spaces or quotes single-quoted. */
export const shellWords = (argv: string[]): string =>
  argv.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`)).join(' ')
