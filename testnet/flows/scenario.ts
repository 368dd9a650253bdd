// The whole flow of issues 7 and 11: set up, an honest run, a run whose parameters cannot run (ALGORITHM
// fault), a run with a liar, a run nobody answers; with `training`, a federated training run across three
// owners (issue 16; the demo runs it, the scenario e2e does not). The demo prints
// it; the e2e test asserts on it. Every process started is stopped whatever happens.
import { type Flow, setUpFlow, tearDown } from './flow.js'
import type { Narrator } from './narrator.js'
import { type AlgorithmOutcome, runAlgorithmFault } from './run-algorithm.js'
import { type HonestOutcome, runHonest } from './run-honest.js'
import { type LiarOutcome, runLiar } from './run-liar.js'
import { runSilent, type SilentOutcome } from './run-silent.js'
import { runTraining, type TrainingOutcome } from './run-training.js'

export const EXECUTORS = {
  de: { name: 'exec-de', region: 'DE' },
  nl: { name: 'exec-nl', region: 'NL' },
  us: { name: 'exec-us', region: 'US' },
  fr: { name: 'exec-fr', region: 'FR' },
}

export interface ScenarioOutcome {
  honest: HonestOutcome
  algorithm: AlgorithmOutcome
  liar: LiarOutcome
  silent: SilentOutcome
  training?: TrainingOutcome
}

export async function runScenario(
  narrator: Narrator,
  onFlow: (f: Flow | undefined) => void = () => {},
  opts: { training?: boolean } = {},
): Promise<ScenarioOutcome> {
  let flow: Flow | undefined
  try {
    flow = await setUpFlow({
      narrator,
      executors: [EXECUTORS.de, EXECUTORS.nl, EXECUTORS.us],
      spareExecutors: [EXECUTORS.fr.name],
    })
    onFlow(flow)
    const honest = await runHonest(flow, { ineligible: EXECUTORS.us.name })
    const algorithm = await runAlgorithmFault(flow)
    const liar = await runLiar(flow, {
      liar: EXECUTORS.nl.name,
      ineligible: EXECUTORS.us.name,
      newcomer: EXECUTORS.fr,
    })
    const silent = await runSilent(flow)
    // one clinic per region, each granted to the (honest) executor audited there
    const training = opts.training
      ? await runTraining(flow, [
          { executor: EXECUTORS.de.name, region: 'DE' },
          { executor: EXECUTORS.fr.name, region: 'FR' },
          { executor: EXECUTORS.us.name, region: 'US' },
        ])
      : undefined
    return { honest, algorithm, liar, silent, training }
  } finally {
    await tearDown(flow)
    onFlow(undefined)
  }
}
