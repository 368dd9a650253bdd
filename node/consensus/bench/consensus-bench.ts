// npm run bench:consensus — the engine's own costs on this machine: ed25519 sign/verify of votes,
// canonical sign bytes, fsync'd last-sign-state and WAL writes, and heights per second of CPU for four
// in-process validators on a manual clock (network and app costs excluded).
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ed25519 } from '@noble/curves/ed25519.js'
import { ConsensusWal } from '../consensus-wal.js'
import { FileLastSignStateStore } from '../last-sign-state.js'
import { PrivValidator, verifySignature } from '../priv-validator.js'
import { voteSignBytes } from '../sign-bytes.js'
import { blockIdFor, signedVote, testKey, testValidatorSet } from '../testing/keys.js'
import { Simulation } from '../testing/simulation.js'
import { msgTypeOf, NIL_BLOCK_ID, type Vote } from '../types.js'

function rate(label: string, n: number, fn: (i: number) => void): void {
  const t0 = performance.now()
  for (let i = 0; i < n; i++) fn(i)
  const ms = performance.now() - t0
  console.log(`${label} ${((n * 1000) / ms).toFixed(0)}`)
}

const { set, keys } = testValidatorSet([10n, 10n, 10n, 10n])
const vote = signedVote(set, keys[0]!, {
  type: 'precommit',
  height: 100n,
  round: 0,
  blockId: blockIdFor('b'),
})
const pub = ed25519.getPublicKey(keys[0]!)
const bytes = voteSignBytes('bench', vote)

console.log(`# load average ${loadavg()[0]!.toFixed(1)}, node ${process.version}`)
rate('consensus.vote_sign_bytes_per_s', 50_000, () => voteSignBytes('bench', vote))
rate('consensus.ed25519_sign_per_s', 500, () => ed25519.sign(bytes, keys[0]!))
rate('consensus.ed25519_verify_per_s', 500, () => verifySignature(pub, bytes, vote.signature))

const dir = mkdtempSync(join(tmpdir(), 'datum-cs-bench-'))
try {
  const pv = new PrivValidator(testKey(0), new FileLastSignStateStore(join(dir, 'pv.json')))
  const unsigned = (h: number): Vote => ({
    ...vote,
    height: BigInt(h),
    type: msgTypeOf('prevote'),
    blockId: NIL_BLOCK_ID,
  })
  rate('consensus.privval_sign_fsync_per_s', 200, (i) => pv.signVote('bench', unsigned(i + 1)))
  const wal = ConsensusWal.open(join(dir, 'wal'))
  rate('consensus.wal_append_fsync_per_s', 200, () => wal.write({ kind: 'vote', vote }, true))
  rate('consensus.wal_append_nosync_per_s', 20_000, () => wal.write({ kind: 'vote', vote }, false))
  wal.close()
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const sim = new Simulation({ validators: 4, seed: 1 })
await sim.start()
const t0 = performance.now()
await sim.run(600_000, 5, () => sim.minDecided() >= 100)
const ms = performance.now() - t0
const heights = sim.minDecided()
sim.stopAll()
console.log(`consensus.sim4_heights_per_s ${((heights * 1000) / ms).toFixed(1)}`)
console.log(`consensus.sim4_ms_per_height ${(ms / heights).toFixed(1)}`)
