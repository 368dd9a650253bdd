// Exit for the scripts that run flows (demo, bench:jobs): every daemon and validator is stopped first, once.
// Ctrl-C reaches such a script more than once (the terminal signals the whole group and tsx forwards it
// again): the first signal starts the clean-up, later ones must not cut it short.
import { stopAllDaemons } from './daemon-process.js'
import { destroyAllNetworks } from './network.js'

let stopping: Promise<never> | undefined

export function cleanUpAndExit(code: number): Promise<never> {
  stopping ??= (async () => {
    await stopAllDaemons().catch(() => {})
    await destroyAllNetworks().catch(() => {})
    process.exit(code)
  })()
  return stopping
}

/** SIGINT and SIGTERM clean up and exit 130; `say` is told once, when the first one arrives. */
export function cleanUpOnSignals(say?: (signal: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (!stopping) say?.(signal)
      void cleanUpAndExit(130)
    })
}
