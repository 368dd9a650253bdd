// Staking end-block cost with 100 validators, 10,000 delegators and 1,000 unbondings maturing in one block,
// through the real staking + distribution keepers (hooks attached) on a real store. `npm run bench:staking`.
// Prints wall and CPU time; note the load average with the figure (the machine is shared).
import { readFileSync } from 'node:fs'
import { distributionEnv } from '../../modules/distribution/test-env.js'
import { toBech32 } from '../../modules/sdk/index.js'
import { blockValidatorUpdates, valoperOf } from '../../modules/staking/index.js'
import { accountAddr, coin, createValidatorMsg } from '../../modules/staking/test-env.js'

const VALIDATORS = Number(process.env.BENCH_VALIDATORS ?? 100)
const DELEGATORS = Number(process.env.BENCH_DELEGATORS ?? 10_000)
const MATURING = Number(process.env.BENCH_MATURING ?? 1_000)

function timed(fn: () => unknown): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  fn()
  const used = process.cpuUsage(cpu)
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }
}

const fmt = (t: { wallMs: number; cpuMs: number }) =>
  `${t.wallMs.toFixed(1)} ms wall, ${t.cpuMs.toFixed(1)} ms CPU`

async function main(): Promise<void> {
  const env = await distributionEnv()
  try {
    const vals: string[] = []
    const setup = timed(() => {
      for (let i = 0; i < VALIDATORS; i++) {
        const seed = (i % 250) + 1
        const operator = accountAddr(seed)
        env.fund(operator, 10_000_000n)
        env.tx('MsgCreateValidator', createValidatorMsg(seed, 2_000_000n + BigInt(i) * 10_000n))
        vals.push(valoperOf(operator))
      }
      for (let d = 0; d < DELEGATORS; d++) {
        const del = delegator(d)
        env.fund(del, 3_000_000n)
        env.tx('MsgDelegate', {
          delegatorAddress: del,
          validatorAddress: vals[d % VALIDATORS]!,
          amount: coin(2_000_000n),
        })
      }
    })
    console.log(`setup: ${VALIDATORS} validators, ${DELEGATORS} delegations: ${fmt(setup)}`)
    const bondAll = timed(() => blockValidatorUpdates(env.staking, env.ctx()))
    console.log(`end-block bonding ${VALIDATORS} validators: ${fmt(bondAll)}`)
    const steady = timed(() => blockValidatorUpdates(env.staking, env.ctx()))
    console.log(`end-block, nothing changing: ${fmt(steady)}`)
    for (let d = 0; d < MATURING; d++)
      env.tx('MsgUndelegate', {
        delegatorAddress: delegator(d),
        validatorAddress: vals[d % VALIDATORS]!,
        amount: coin(1_000_000n),
      })
    const powerChange = timed(() => blockValidatorUpdates(env.staking, env.ctx()))
    console.log(
      `end-block after ${MATURING} undelegations (${VALIDATORS} power changes): ${fmt(powerChange)}`,
    )
    env.nextBlock(21n * 24n * 3600n)
    const matured = timed(() => blockValidatorUpdates(env.staking, env.ctx()))
    console.log(`end-block maturing ${MATURING} unbondings: ${fmt(matured)}`)
    console.log(`loadavg: ${readFileSync('/proc/loadavg', 'utf8').trim()}`)
  } finally {
    await env.cleanup()
  }
}

function delegator(i: number): string {
  const bytes = new Uint8Array(20)
  new DataView(bytes.buffer).setUint32(0, i + 1000)
  return toBech32(bytes)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
