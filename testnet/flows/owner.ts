// The owner's side: licence terms, `datum asset publish` of the CSV with a DP policy and the built-in mean
// allowlisted, an offering of compute rights, and the data key the grants encrypt to executors.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinAllowlistEntry } from '../../client/executor/job-params.js'
import { type Dataset, writeDataset } from './dataset.js'
import { datum, epsilon } from './money.js'
import type { Narrator } from './narrator.js'
import type { FlowNetwork } from './network.js'

export interface AssetPolicy {
  epsilonTotal: string
  epsilonPerJob: string
  minExecutors: number
  regions: string[]
  /** contributor key name → weight in bps (summing to 10000 with the owner's). */
  contributors: Record<string, number>
}

export const DEMO_POLICY: AssetPolicy = {
  epsilonTotal: '10',
  epsilonPerJob: '1',
  minExecutors: 2,
  regions: ['DE', 'NL', 'FR'],
  contributors: { owner: 6000, contributor: 4000 },
}

export interface PublishedAsset {
  assetId: string
  dataKey: string
  storageUri: string
  dataset: Dataset
}

export async function publishDataset(
  net: FlowNetwork,
  n: Narrator,
  policy: AssetPolicy = DEMO_POLICY,
): Promise<PublishedAsset> {
  n.step('The owner publishes a CSV dataset with a differential-privacy policy')
  const work = join(net.dir, 'work')
  const dataset = writeDataset(join(work, 'visits.csv'))
  n.say(
    `visits.csv: ${dataset.rows} rows; the true mean of "${dataset.column}" is ${dataset.trueMean.toFixed(3)}`,
  )
  const terms = await net.cli.run([
    'tx',
    'dataasset',
    'register-terms',
    '--purposes',
    'research',
    '--from',
    'owner',
  ])
  const mean = builtinAllowlistEntry('dp-mean')
  const keyFile = join(work, 'visits.key.json')
  const argv = [
    'asset',
    'publish',
    dataset.file,
    '--out-dir',
    join(work, 'storage'),
    '--key-file',
    keyFile,
    '--terms',
    terms.response.id,
    '--name',
    'Clinic visits',
    '--mechanisms',
    'dp',
    '--algorithm',
    `${mean.codeHash}:${mean.imageDigest}:${mean.label}`,
    '--min-executors',
    String(policy.minExecutors),
    '--epsilon-total',
    policy.epsilonTotal,
    '--epsilon-per-job',
    policy.epsilonPerJob,
    '--regions',
    policy.regions.join(','),
    '--require-audited-region',
  ]
  for (const [name, bps] of Object.entries(policy.contributors))
    argv.push('--contributor', `${net.address(name)}:${bps}`)
  const published = await net.cli.run([...argv, '--from', 'owner'])
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { key: string }
  n.say(`asset ${published.asset_id}`)
  n.say(`stored encrypted at ${published.storage_uri} (${published.package_bytes} bytes)`)
  n.say(
    `policy: mechanism DP, ε total ${policy.epsilonTotal}, ε per job ≤ ${policy.epsilonPerJob}, ` +
      `≥ ${policy.minExecutors} agreeing executors, regions ${policy.regions.join(', ')} (audited), ` +
      `algorithm dp-mean (code ${mean.codeHash.slice(0, 12)}…)`,
  )
  return { assetId: published.asset_id, dataKey: key.key, storageUri: published.storage_uri, dataset }
}

export interface OfferingTerms {
  priceUdatum: bigint
  uses: number
  validitySeconds: number
  epsilonPerUseMicro: bigint
}

export async function createOffering(
  net: FlowNetwork,
  n: Narrator,
  assetId: string,
  t: OfferingTerms,
): Promise<bigint> {
  const eps = `${t.epsilonPerUseMicro / 1_000_000n}.${(t.epsilonPerUseMicro % 1_000_000n).toString().padStart(6, '0')}`
  const r = await net.cli.run([
    'tx',
    'computeright',
    'create-offering',
    assetId,
    '--price',
    `${t.priceUdatum}udatum`,
    '--uses',
    String(t.uses),
    '--validity',
    String(t.validitySeconds),
    '--epsilon-per-use',
    eps,
    '--from',
    'owner',
  ])
  const id = BigInt(r.response.id)
  n.say(
    `offering ${id}: ${datum(t.priceUdatum)} per use, ${t.uses} use(s), valid ${t.validitySeconds} s, ${epsilon(t.epsilonPerUseMicro)} per use`,
  )
  return id
}
