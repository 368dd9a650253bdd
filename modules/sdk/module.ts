// What a module gives the app: its stores, Msg and Query services, genesis and block hooks.
// The module manager calls these in an explicit order; modules never touch node internals.
import type { Context } from './context.js'

/** One Msg type a module serves (a method of its `Msg` service). */
export interface MsgDefinition<T = unknown> {
  /** e.g. `/cosmos.bank.v1beta1.MsgSend`, `/datum.dataasset.v1.MsgRegisterAsset`. */
  typeUrl: string
  /** Amino name for SIGN_MODE_LEGACY_AMINO_JSON, at most 39 characters, e.g. `datum/dataasset/MsgRegisterAsset`. */
  aminoName: string
  decode(bytes: Uint8Array): T
  encode(msg: T): Uint8Array
  /** The amino JSON `value` object of this message, exactly what the client's AminoTypes converter produces. */
  toAmino(msg: T): unknown
  /** Bech32 addresses that must sign, in order. */
  signers(msg: T): string[]
  /** Stateless checks (addresses, amounts, sizes); throws a registered AbciError. */
  validateBasic(msg: T): void
  /** Executes the message; returns the response type url and encoded response. Throws a registered AbciError. */
  handle(ctx: Context, msg: T): { typeUrl: string; value: Uint8Array }
}

/** A Query service method keyed by its gRPC path, e.g. `/cosmos.bank.v1beta1.Query/Balance`. */
export type QueryHandler = (ctx: Context, request: Uint8Array) => Uint8Array

export interface ServiceRegistrar {
  msg<T>(def: MsgDefinition<T>): void
  query(path: string, handler: QueryHandler): void
}

export interface ValidatorUpdate {
  /** ed25519 public key, 32 bytes. */
  pubKey: Uint8Array
  power: bigint
}

export interface Invariant {
  name: string
  /** Returns a description of what is broken, or undefined when the invariant holds. */
  check(ctx: Context): string | undefined
}

export interface AppModule {
  readonly name: string
  /** Store keys this module owns; each becomes one IAVL tree in the app hash. */
  readonly storeKeys: readonly string[]
  registerServices(registrar: ServiceRegistrar): void
  defaultGenesis(): unknown
  /** Throws a descriptive error for a malformed genesis section. */
  validateGenesis(genesis: unknown): void
  initGenesis(ctx: Context, genesis: unknown): ValidatorUpdate[] | undefined
  exportGenesis(ctx: Context): unknown
  beginBlock?(ctx: Context): void
  endBlock?(ctx: Context): ValidatorUpdate[] | undefined
  invariants?(): Invariant[]
}
