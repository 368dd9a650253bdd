// The frame bench:train and soak:train-1gb run in: a temp dir for the data and the participants' specs,
// every participant process killed and the dir deleted at the end (also on failure), a failure printed
// with exit code 1.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import type { SpawnedParticipant } from '../../client/executor/federated/testdata/spawn-participant.js'

export function runTrainBench(
  prefix: string,
  body: (dir: string, children: SpawnedParticipant[]) => Promise<void>,
): void {
  const run = async () => {
    const dir = mkdtempSync(join(os.tmpdir(), prefix))
    const children: SpawnedParticipant[] = []
    try {
      await body(dir, children)
    } finally {
      for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  }
  void run().catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
}
