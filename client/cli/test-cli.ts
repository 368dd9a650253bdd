// Helpers for the CLI's tests: run `datum` in-process and capture its output, and a port nobody listens on.
import { createServer } from 'node:net'
import { main } from './datum.js'

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
  return { code, out, err }
}

/** A port with nothing listening on it. */
export async function deadPort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const port = (srv.address() as { port: number }).port
  await new Promise((r) => srv.close(r))
  return port
}
