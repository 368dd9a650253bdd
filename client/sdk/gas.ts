// The client's fee defaults, apart from DatumClient so a bundle can take them without CosmJS's stargate.

/** Matches the node's default minimum (node/config): `0.0025udatum`. */
export const DEFAULT_GAS_PRICE = '0.0025udatum'

/** Multiplier on simulated gas for fee "auto" (as CosmJS). */
export const DEFAULT_GAS_MULTIPLIER = 1.4
