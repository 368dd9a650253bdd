// Bank params: the default send-enabled flag; per-denom overrides live in their own store entries
// (0x04), as cosmos 0.47+ keeps them.
import { Params } from 'cosmjs-types/cosmos/bank/v1beta1/bank'

export type BankParams = Params

export const defaultBankParams = (): BankParams => ({ sendEnabled: [], defaultSendEnabled: true })

export const encodeBankParams = (p: BankParams): Uint8Array =>
  Params.encode({ sendEnabled: [], defaultSendEnabled: p.defaultSendEnabled }).finish()

export const decodeBankParams = (b: Uint8Array): BankParams => Params.decode(b)
