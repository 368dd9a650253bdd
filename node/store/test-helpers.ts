// Shared test fixtures: real LevelDB in a temp dir, reopened on demand, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as ics23 from '@confio/ics23'
import { Level } from 'level'
import { utf8 } from '../../modules/sdk/bytes.js'
import type { StoreDb } from './db.js'
import { type OpenStoreOptions, openCommitMultiStore } from './open.js'
import type { CommitMultiStore, ProofOp } from './types.js'

export type TestDb = Level<Uint8Array, Uint8Array>

export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'datum-store-'))
}

export async function openDb(dir: string): Promise<TestDb> {
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
  await db.open()
  return db
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

export function asStoreDb(db: TestDb): StoreDb {
  return db
}

export async function openStore(
  db: TestDb,
  opts: Partial<Omit<OpenStoreOptions, 'db'>> = {},
): Promise<CommitMultiStore> {
  return openCommitMultiStore({ db: asStoreDb(db), storeNames: ['acc', 'bank'], ...opts })
}

export const b = (s: string): Uint8Array => utf8.encode(s)

/** Verifies a two-op proof (iavl + simple) against an app hash the way CosmJS's verified query does. */
export function verifyProof(
  ops: ProofOp[],
  appHash: Uint8Array,
  key: Uint8Array,
  value: Uint8Array | undefined,
): boolean {
  if (ops.length !== 2 || ops[0]!.type !== 'ics23:iavl' || ops[1]!.type !== 'ics23:simple') return false
  const iavl = ics23.ics23.CommitmentProof.decode(ops[0]!.data)
  const simple = ics23.ics23.CommitmentProof.decode(ops[1]!.data)
  const storeRoot = simple.exist?.value
  if (!storeRoot) return false
  try {
    const inStore =
      value === undefined
        ? ics23.verifyNonMembership(iavl, ics23.iavlSpec, storeRoot, key)
        : ics23.verifyMembership(iavl, ics23.iavlSpec, storeRoot, key, value)
    return inStore && ics23.verifyMembership(simple, ics23.tendermintSpec, appHash, ops[1]!.key, storeRoot)
  } catch {
    return false
  }
}
