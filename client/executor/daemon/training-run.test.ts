import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { afterAll, describe, expect, it } from 'vitest'
import { encryptPackage, newKey } from '../../cli/publish/encrypt.js'
import { buildManifest } from '../../cli/publish/manifest.js'
import { storeInDirectory } from '../../cli/publish/storage.js'
import { openWith } from '../envelope.js'
import { scaledTimeouts, startServers, taskFor, testKey } from '../federated/testdata/cluster.js'
import { groundTruth, writeSyntheticCsv } from '../federated/testdata/synthetic-csv.js'
import { DatasetSource } from './dataset-source.js'
import { runTrainingTask } from './training-run.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-training-run-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** An owner's published asset: the CSV in an encrypted package in a storage directory. */
async function publish(i: number, rows: number) {
  const src = join(dir, `src-${i}`)
  mkdirSync(src)
  await writeSyntheticCsv(join(src, 'rows.csv'), `run-${i}`, groundTruth(3), rows)
  const built = await buildManifest(src)
  const key = newKey()
  await encryptPackage(built, key, join(dir, `pkg-${i}.tmp`))
  const storageUri = await storeInDirectory(join(dir, `pkg-${i}.tmp`), join(dir, 'store'), built.contentHash)
  return { key, contentHash: built.contentHash, storageUri }
}

describe('the daemon runs a TrainingTask end to end from granted, encrypted assets', () => {
  it('every participant commits to the same model digest and seals the model bytes to the reader', async () => {
    const rows = [120, 130, 140]
    const assets = await Promise.all(rows.map((n, i) => publish(i, n)))
    const { servers, ports, close } = await startServers(3)
    const reader = testKey('reader', 1)
    try {
      const task = taskFor(
        {
          label: 'run',
          features: 3,
          rows,
          hyper: {
            rounds: 3,
            samplingRate: '0.2',
            noiseMultiplier: '1',
            clip: '1',
            learningRate: '1',
            delta: '1e-5',
          },
          threshold: 2,
          timeouts: scaledTimeouts(10),
        },
        ports,
      )
      const outcomes = await Promise.all(
        [0, 1, 2].map((i) =>
          runTrainingTask(
            task,
            {
              assetId: task.participants[i]!.assetId,
              contentHash: assets[i]!.contentHash,
              storageUri: assets[i]!.storageUri,
            },
            [secp256k1.getPublicKey(reader, true)],
            {
              secretKey: testKey('run', i + 1),
              grants: {
                has: (id) => id === task.participants[i]!.assetId.toString(),
                dataKey: () => assets[i]!.key,
              },
              datasets: new DatasetSource(mkdtempSync(join(dir, `exec-${i}-`))),
              server: servers[i]!,
              log: () => {},
            },
          ),
        ),
      )
      const digests = outcomes.map((o) => o.result.digest)
      expect(new Set(digests).size).toBe(1)
      for (const o of outcomes) {
        const { payload } = openWith(reader, o.envelope)
        expect(Buffer.from(sha256(payload)).toString('hex')).toBe(digests[0])
        expect(o.commitment).toMatch(/^[0-9a-f]{64}$/)
      }
      // an executor without the grant refuses before touching anything
      await expect(
        runTrainingTask(
          task,
          { assetId: 999n, contentHash: assets[0]!.contentHash, storageUri: assets[0]!.storageUri },
          [],
          {
            secretKey: testKey('run', 1),
            grants: { has: () => false, dataKey: () => new Uint8Array(32) },
            datasets: new DatasetSource(dir),
            server: servers[0]!,
            log: () => {},
          },
        ),
      ).rejects.toThrow(/ALGORITHM fault: asset 999 is not an input/)
    } finally {
      await close()
    }
  })
})
