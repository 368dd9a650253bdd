// x/mint's names and key layout (cosmos-sdk 0.50 x/mint/types/keys.go): one minter record, one params record.
export const MODULE_NAME = 'mint'
export const STORE_KEY = 'mint'
export const MINTER_KEY = Uint8Array.of(0x00)
export const PARAMS_KEY = Uint8Array.of(0x01)
