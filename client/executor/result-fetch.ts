// A reader's side of the result server: ask for a challenge at `<output uri>/nonce`, sign it with the
// reader's key, fetch the envelope. Errors carry the server's HTTP status and JSON code.
import { signResultRequest } from './signed-request.js'

export class ResultFetchError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ResultFetchError'
  }
}

async function refusal(res: Response, url: string): Promise<ResultFetchError> {
  const text = await res.text()
  let code = `HTTP_${res.status}`
  let message = text
  try {
    const j = JSON.parse(text) as { code?: string; message?: string }
    code = j.code ?? code
    message = j.message ?? text
  } catch {
    // not JSON: keep the text
  }
  return new ResultFetchError(res.status, code, `${url}: HTTP ${res.status} ${code}: ${message}`)
}

export async function fetchEnvelope(
  outputUri: string,
  secretKey: Uint8Array,
  jobId: bigint,
): Promise<Uint8Array> {
  const base = outputUri.replace(/\/+$/, '')
  const c = await fetch(`${base}/nonce`)
  if (!c.ok) throw await refusal(c, `${base}/nonce`)
  const { nonce } = (await c.json()) as { nonce: string }
  const res = await fetch(base, { headers: { ...signResultRequest(secretKey, jobId, nonce) } })
  if (!res.ok) throw await refusal(res, base)
  return new Uint8Array(await res.arrayBuffer())
}

/**
 * `fetchEnvelope` for a job the caller's node already shows FINALIZED. The executor checks finality on its own
 * node, which may be a block or two behind the caller's; its 409 NOT_FINALIZED then means "not yet here", so
 * the read is retried (a fresh nonce each time) until `waitMs` has passed. Every other refusal is final.
 */
export async function fetchFinalizedEnvelope(
  outputUri: string,
  secretKey: Uint8Array,
  jobId: bigint,
  opts: { waitMs?: number; retryMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<Uint8Array> {
  const waitMs = opts.waitMs ?? 30_000
  const retryMs = opts.retryMs ?? 500
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  for (let waited = 0; ; waited += retryMs) {
    try {
      return await fetchEnvelope(outputUri, secretKey, jobId)
    } catch (e) {
      const lagging = e instanceof ResultFetchError && e.status === 409 && e.code === 'NOT_FINALIZED'
      if (!lagging || waited + retryMs > waitMs) throw e
    }
    await sleep(retryMs)
  }
}
