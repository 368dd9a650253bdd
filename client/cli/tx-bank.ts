// `datum tx bank send <from> <to> <amount>`: as simd's (the sender is a key name or address in the keyring).
import { fromBech32 } from '@cosmjs/encoding'
import { MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { positional } from './args.js'
import { coinsFromString } from './coins.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { runTx } from './tx-run.js'

export const bankTxCommands: Command[] = [
  {
    path: ['tx', 'bank', 'send'],
    summary: 'send coins from a key to an address',
    args: '<from-key-or-address> <to-address> <amount>',
    details: 'amount is a coin list, e.g. 1000udatum or 5udatum,3uatom',
    kind: 'tx',
    flags: {
      from: { type: 'string', description: 'not used: the sender is the first argument', value: '<key>' },
    },
    run: (a) => {
      const from = positional(a, 0, 'from-key-or-address')
      const to = positional(a, 1, 'to-address')
      const amount = coinsFromString(positional(a, 2, 'amount'))
      try {
        fromBech32(to)
      } catch {
        throw new UsageError(`<to-address> ${JSON.stringify(to)} is not a bech32 address`)
      }
      if (a.flags.from !== undefined && a.flags.from !== from)
        throw new UsageError('give the sender once, as the first argument')
      a.flags.from = from
      return runTx(
        a,
        (fromAddress) => ({
          typeUrl: '/cosmos.bank.v1beta1.MsgSend',
          value: { fromAddress, toAddress: to, amount },
        }),
        MsgSendResponse,
      )
    },
  },
]
