// x/slashing registered errors (codespace `slashing`), the codes cosmos-sdk 0.50 uses.
import { registerError } from '../sdk/index.js'

const r = (code: number, description: string) => registerError('slashing', code, description)

export const slashingErrors = {
  noValidatorForAddress: r(2, 'address is not associated with any known validator'),
  badValidatorAddr: r(3, 'validator does not exist for that address'),
  validatorJailed: r(4, 'validator still jailed; cannot be unjailed'),
  validatorNotJailed: r(5, 'validator not jailed; cannot be unjailed'),
  missingSelfDelegation: r(6, 'validator has no self-delegation; cannot be unjailed'),
  selfDelegationTooLowToUnjail: r(7, "validator's self delegation less than minimum; cannot be unjailed"),
  noSigningInfoFound: r(8, 'no validator signing info found'),
  validatorTombstoned: r(9, 'validator already tombstoned'),
} as const
