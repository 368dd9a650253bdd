import { describe, expect, it } from 'vitest'
import type { DataAsset } from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { JobView } from './chain-view.js'
import type { Grants } from './grants.js'
import { trainingRefusal } from './training-work.js'

const id = (n: number) => n.toString(16).padStart(64, '0')
const asset = (n: number, tags: string[]) =>
  ({ id: id(n), version: 1, metadata: { tags } }) as unknown as DataAsset
const grantsOn = (...ns: number[]) => ({ has: (a: string) => ns.map(id).includes(a) }) as unknown as Grants

function view(assets: DataAsset[], outputKey = new Uint8Array(33)): JobView {
  return {
    job: { id: 3n, outputKey, training: { inputs: assets.map((a) => ({ assetId: a.id })) } },
    assets,
    pinnedVersions: new Map(assets.map((a) => [a.id, 1])),
  } as unknown as JobView
}

describe('whether the daemon takes part in a training job', () => {
  const two = [asset(1, ['rows-100']), asset(2, ['rows-120'])]

  it('accepts with a grant on one input when every input declares its rows', () => {
    expect(trainingRefusal(view(two), grantsOn(2))).toBeUndefined()
  })

  it('refuses without a grant on any input, without rows, with one input or no output key', () => {
    expect(trainingRefusal(view(two), grantsOn(7))).toMatch(/no data-key grant/)
    expect(trainingRefusal(view([two[0]!, asset(2, ['tabular'])]), grantsOn(1))).toMatch(/rows-<n>/)
    expect(trainingRefusal(view([two[0]!]), grantsOn(1))).toMatch(/at least 2/)
    expect(trainingRefusal(view(two, new Uint8Array(0)), grantsOn(1))).toMatch(/output key/)
    const moved = {
      ...view(two),
      pinnedVersions: new Map([
        [id(1), 1],
        [id(2), 0],
      ]),
    }
    expect(trainingRefusal(moved, grantsOn(1))).toMatch(/pinned version/)
  })
})
