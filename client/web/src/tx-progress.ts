// What a user sees while a tx is on its way: simulating, signing, waiting for its block (with seconds), then
// the block it landed in. A refusal is shown by the caller, in words.
import type { TxStage } from './chain.js'
import { h } from './dom.js'

const WORDS: Record<TxStage, string> = {
  simulating: 'Checking the transaction with the node…',
  signing: 'Signing…',
  broadcasting: 'Sending…',
  waiting: 'Waiting for the transaction’s block',
  included: 'Included',
}

export function txProgress(box: HTMLElement, what: string) {
  const line = h('p', { role: 'status', class: 'progress' })
  box.append(line)
  return (stage: TxStage, detail?: string) => {
    line.textContent = `${what}: ${WORDS[stage]}${detail ? ` (${detail})` : ''}${stage === 'included' ? '.' : ''}`
    line.dataset.stage = stage
  }
}
