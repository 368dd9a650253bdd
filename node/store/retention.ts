// What one commit keeps and deletes. A retained version v is served from the checkpoint at or below it plus
// the changesets after that checkpoint up to v, so a checkpoint is kept while some retained version (or the
// reopen, which starts from the newest checkpoint) needs it, and a changeset while some retained version
// replays through it. Everything else goes in the commit's own batch.
import { atOrBelow, isRetained, lowerIndex, type Pruning } from './pruning.js'

export interface RetentionPlan {
  /** Ascending versions still queryable after this commit. */
  retained: number[]
  doomed: number[]
  /** Ascending checkpoints kept. */
  checkpoints: number[]
  doomedCheckpoints: number[]
  /** Ascending changesets kept. */
  changesets: number[]
  doomedChangesets: number[]
}

/** `retained`, `checkpoints` and `changesets` are ascending and already include `latest` where it belongs. */
export function planRetention(
  p: Pruning,
  latest: number,
  retained: number[],
  checkpoints: number[],
  changesets: number[],
): RetentionPlan {
  const kept = retained.filter((v) => isRetained(p, v, latest))
  const doomed = retained.filter((v) => !isRetained(p, v, latest))
  const needed = new Set<number>()
  if (checkpoints.length > 0) needed.add(checkpoints[checkpoints.length - 1]!)
  for (const v of kept) {
    const c = atOrBelow(checkpoints, v)
    if (c > 0) needed.add(c)
  }
  const keptCheckpoints = checkpoints.filter((c) => needed.has(c))
  const doomedCheckpoints = checkpoints.filter((c) => !needed.has(c))
  // Changeset w is needed when the first kept version at or above it replays through it.
  const neededChangeset = (w: number): boolean => {
    const i = lowerIndex(kept, w)
    return i < kept.length && atOrBelow(keptCheckpoints, kept[i]!) < w
  }
  return {
    retained: kept,
    doomed,
    checkpoints: keptCheckpoints,
    doomedCheckpoints,
    changesets: changesets.filter(neededChangeset),
    doomedChangesets: changesets.filter((w) => !neededChangeset(w)),
  }
}
