// `npm run demo`: the end-to-end flow of issue 7 on a local 4-validator testnet, told step by step. An owner
// publishes a dataset, executors compute a DP mean on it for a buyer, the result is attested and paid out;
// then a job whose parameters cannot run is reported as an ALGORITHM fault (the buyer gets the data fee back,
// the executors keep the compute fee, nobody is slashed); then a lying executor is outvoted and slashed; then
// nobody answers and the buyer gets its money back; then three owners in DE, FR and US train one logistic
// model together by federated DP training with secure aggregation, and the model is registered, sold for
// inference, used, and pays its royalty to the three owners (issue 16). The job windows are the default ones divided by one factor.
// Every process (validators, executor daemons) is stopped on exit, on failure and on Ctrl-C.
import { runScenario } from '../../testnet/flows/scenario.js'
import { cleanUpAndExit, cleanUpOnSignals } from '../../testnet/flows/shutdown.js'
import { ConsoleNarrator } from './console-narrator.js'

cleanUpOnSignals((signal) => console.log(`\n${signal}: stopping every daemon and validator…`))

const narrator = new ConsoleNarrator()
const t0 = Date.now()
console.log('Datum demo: attested, differentially private computation on data the buyer never sees.')
try {
  const out = await runScenario(narrator, undefined, { training: true })
  const s = ((Date.now() - t0) / 1000).toFixed(0)
  console.log(
    `\nDone in ${s} s. Job ${out.honest.jobId}: DP mean ${out.honest.mean.toFixed(3)} vs true ${out.honest.trueMean.toFixed(3)}; ` +
      `job ${out.algorithm.jobId} an ALGORITHM fault (buyer out only ${out.algorithm.buyerPaid} udatum: compute fee + tx fee); ` +
      `liar slashed on job ${out.liar.jobId}; job ${out.silent.jobId} refunded in full.`,
  )
  const t = out.training!
  console.log(
    `Training job ${t.jobId}: held-out accuracy ${t.accuracy.toFixed(4)} (ground-truth model ${t.reference.toFixed(4)}); ` +
      `ε charged per asset ${t.charges.map((c) => (Number(c) / 1e6).toFixed(6)).join(', ')}.`,
  )
  const inf = t.inference
  console.log(
    `Model ${inf.modelId}: inference job ${inf.jobId}, ${inf.matching}/${inf.rows} predictions equal the model's; ` +
      `royalty ${inf.royalty} udatum to the data owners (${inf.gains.join(' + ')} udatum).`,
  )
  if (narrator.failed.length > 0) {
    console.log(`\n${narrator.failed.length} check(s) FAILED:\n  ${narrator.failed.join('\n  ')}`)
    await cleanUpAndExit(1)
  }
  await cleanUpAndExit(0)
} catch (e) {
  console.error(`\nThe demo stopped: ${(e as Error).stack ?? e}`)
  await cleanUpAndExit(1)
}
