// Event types and attribute keys of cosmos 0.50 x/bank (types/events.go), emitted verbatim so CosmJS
// searches such as `transfer.recipient='…'` match.
export const EVENT = {
  transfer: 'transfer',
  coinSpent: 'coin_spent',
  coinReceived: 'coin_received',
  coinbase: 'coinbase',
  burn: 'burn',
  message: 'message',
} as const

export const ATTR = {
  recipient: 'recipient',
  sender: 'sender',
  amount: 'amount',
  spender: 'spender',
  receiver: 'receiver',
  minter: 'minter',
  burner: 'burner',
} as const
