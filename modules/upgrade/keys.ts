// Store layout of the upgrade module (store key `upgrade`), the cosmos x/upgrade prefixes.
import { concatBytes, utf8 } from '../sdk/index.js'

export const MODULE_NAME = 'upgrade'
export const STORE_KEY = 'upgrade'

/** 0x00 -> the scheduled Plan (proto). */
export const PLAN_KEY = Uint8Array.of(0x00)
/** 0x01 | name -> height at which the plan was applied (u64 BE). */
export const DONE_PREFIX = Uint8Array.of(0x01)
/** 0x02 | module name -> consensus version (u64 BE). */
export const VERSION_PREFIX = Uint8Array.of(0x02)

export const doneKey = (name: string): Uint8Array => concatBytes(DONE_PREFIX, utf8.encode(name))
export const versionKey = (module: string): Uint8Array => concatBytes(VERSION_PREFIX, utf8.encode(module))
