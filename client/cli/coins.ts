// Parses coin lists as the cosmos CLI writes them: `5000udatum,3uatom`.
import type { Coin } from '@cosmjs/stargate'
import { UsageError } from './errors.js'

export function coinsFromString(s: string): Coin[] {
  return s.split(',').map((part) => {
    const m = /^(\d{1,78})([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim())
    if (!m)
      throw new UsageError(`invalid coin ${JSON.stringify(part)}: expected <amount><denom>, e.g. 5000udatum`)
    return { amount: m[1]!.replace(/^0+(?=\d)/, ''), denom: m[2]! }
  })
}
