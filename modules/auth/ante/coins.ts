// Proto coins (decimal string amounts) to sdk coins, rejecting malformed amounts with code 10.
import type { Coin as ProtoCoin } from 'cosmjs-types/cosmos/base/v1beta1/coin'
import { type Coin, parseAmount } from '../../sdk/index.js'

export function coinsFromProto(coins: ProtoCoin[]): Coin[] {
  return coins.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))
}
