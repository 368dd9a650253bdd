// Chain refusals in words: a tx refused at simulation, CheckTx or in its block keeps its codespace and code,
// and is shown as the registered error's description (compiled into the bundle), a plain sentence for the
// refusals a marketplace user meets most, and the node's log.
declare const DATUM_ERRORS: [string, number, string][]

/** Every registered error (codespace, code, description), compiled into the bundle by build.ts. */
const registered = (): [string, number, string][] => (typeof DATUM_ERRORS === 'undefined' ? [] : DATUM_ERRORS)

/** Plain-language explanations of the refusals a marketplace user meets most. */
const PLAIN: Record<string, string> = {
  'sdk/5':
    'Your account does not hold enough to pay for this (the price, the locked compute fee and the network fee).',
  'sdk/13': 'The network fee offered is below what the node accepts.',
  'sdk/32': 'Your account sent another transaction meanwhile; try again.',
  'computeright/7': 'This offering is not on sale any more.',
  'computeright/8': 'This offering is sold out.',
  'computeright/9': 'You already hold as many rights from this offering as one buyer may.',
  'computeright/10': 'This offering is sold only to named buyers, and you are not one of them.',
  'computeright/11': 'The asset is revoked or not taking orders.',
  'computeright/13': 'The ε you asked for is more than this asset allows for one job.',
  'dataasset/3': 'Only the owner of this asset may do that.',
  'dataasset/6': 'This exact dataset is already registered by a live asset.',
  'dataasset/12': 'The asset has not enough privacy budget (ε) left for this job.',
  'dataasset/17': 'This algorithm is not on the asset’s allowlist.',
  'dataasset/20': 'The owner has withdrawn consent: this asset is revoked.',
  'dataasset/23': 'The asset’s compute policy does not allow this mechanism.',
  'dataasset/30': 'The licence does not allow this purpose.',
  'dataasset/31': 'The licence does not allow commercial use.',
}

export class TxRefusal extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    readonly log: string,
    readonly stage: 'simulate' | 'check' | 'deliver',
    readonly txHash?: string,
  ) {
    super(refusalWords(codespace, code, log))
    this.name = 'TxRefusal'
  }
}

/** The registered error's description, or undefined for an unknown pair. */
export function describeError(codespace: string, code: number): string | undefined {
  return registered().find(([s, c]) => s === codespace && c === code)?.[2]
}

export function refusalWords(codespace: string, code: number, log: string): string {
  const description = describeError(codespace, code)
  const plain = PLAIN[`${codespace}/${code}`]
  const head =
    plain ?? (description ? `${description[0]!.toUpperCase()}${description.slice(1)}.` : 'Refused.')
  const detail = log && log !== description ? ` Details: ${log}` : ''
  return `The chain refused this (${codespace || 'unknown'} error ${code}${description ? `: ${description}` : ''}). ${head}${detail}`
}

/**
 * A simulation refused by the node reaches CosmJS as "Query failed with (<code>): <log>" without the
 * codespace, and the node wraps the tx's own log as cosmos-sdk does: "rpc error: code = Unknown desc = <tx
 * log> With gas wanted: …: unknown request". The tx log ends with its registered description, which names
 * the error (codespace and code).
 */
export function refusalFromSimulation(e: Error): Error {
  const m = /Query failed with \((\d+)\): ([\s\S]*)$/.exec(e.message)
  if (!m) return e
  const log = m[2]!.trim()
  const inner = /desc = ([\s\S]*?) With gas wanted/.exec(log)?.[1]?.trim() ?? log
  const hit = registered()
    .filter(([, , d]) => inner.endsWith(d))
    .sort((a, b) => b[2].length - a[2].length)[0]
  return hit
    ? new TxRefusal(hit[0], hit[1], inner, 'simulate')
    : new TxRefusal('', Number(m[1]), log, 'simulate')
}
