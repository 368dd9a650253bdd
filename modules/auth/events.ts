// Events the ante chain emits, cosmos 0.50 shapes (`sdk.EventTypeTx` with its attribute keys).
export const EVENT_TYPE_TX = 'tx'

export const ATTRIBUTE = {
  fee: 'fee',
  feePayer: 'fee_payer',
  accountSequence: 'acc_seq',
  signature: 'signature',
} as const
