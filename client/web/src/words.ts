// Chain values in plain words for the pages.
import type { Licence } from './api.js'

const PURPOSES: Record<string, string> = {
  PURPOSE_RESEARCH: 'research',
  PURPOSE_COMMERCIAL: 'commercial products',
  PURPOSE_TRAINING: 'model training',
  PURPOSE_INFERENCE: 'inference',
}

export function licenceWords(l: Licence): string {
  if (!l.purposes) return 'Licence terms not indexed yet.'
  const uses = l.purposes.map((p) => PURPOSES[p] ?? p.toLowerCase()).join(', ')
  const parts = [`May be used for ${uses || 'nothing'}.`]
  parts.push(l.commercial_use ? 'Commercial use is allowed.' : 'No commercial use.')
  parts.push(l.derivatives_allowed ? 'Derived works are allowed.' : 'No derived works.')
  if (l.attribution_required) parts.push('Attribution is required.')
  parts.push(
    l.output_ownership === 'OUTPUT_OWNERSHIP_SHARED'
      ? 'Results are owned jointly with the data owner.'
      : 'The buyer owns the results.',
  )
  if (l.jurisdictions?.length) parts.push(`Only for buyers audited in ${l.jurisdictions.join(', ')}.`)
  return parts.join(' ')
}

/** Decimal ε → micro-ε, exactly (no float rounding of the amount sent). */
export function microOf(eps: string): bigint {
  const m = /^\s*(\d{1,12})(?:\.(\d{1,6}))?\s*$/.exec(eps)
  if (!m) throw new RangeError('ε must be a decimal number with at most 6 decimals')
  return BigInt(m[1]!) * 1_000_000n + BigInt((m[2] ?? '').padEnd(6, '0'))
}

export const epsilon = (micro: string | number) =>
  (Number(micro) / 1e6).toLocaleString('en', { maximumFractionDigits: 6 })
export const enumWord = (v: string) =>
  v
    .replace(/^[A-Z]+_STATE_|^[A-Z]+_KIND_|^MECHANISM_/, '')
    .toLowerCase()
    .replaceAll('_', ' ')
export const short = (s: string) => (s.length > 16 ? `${s.slice(0, 10)}…${s.slice(-4)}` : s)
export const price = (amount: string | null, denom = 'udatum') =>
  amount === null ? '—' : `${amount} ${denom}`
