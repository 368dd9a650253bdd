import { describe, expect, it } from 'vitest'
import { deadPort, runCli } from './test-cli.js'

const run = runCli

describe('datum tx/query attestation', () => {
  it('lists the attestation commands in help', async () => {
    const { code, out } = await run('tx', 'attestation', '--help')
    expect(code).toBe(0)
    for (const c of ['register-executor', 'accept', 'commit', 'reveal', 'finalize', 'challenge', 'resolve'])
      expect(out).toContain(c)
  })

  it('bad arguments are usage errors (exit 2) before any network', async () => {
    expect((await run('tx', 'attestation', 'accept', 'x', '--from', 'k')).code).toBe(2)
    expect((await run('tx', 'attestation', 'commit', '1', 'zz', '--from', 'k')).code).toBe(2)
    expect((await run('query', 'attestation', 'job', '0')).code).toBe(2)
    expect((await run('query', 'attestation', 'executors', '--kind', 'quantum')).code).toBe(2)
    const d = 'ab'.repeat(32)
    const missing = await run(
      'tx',
      'attestation',
      'reveal',
      '1',
      d,
      d,
      '--output-uri',
      'http://x',
      '--evidence-file',
      '/nonexistent/q',
      '--from',
      'k',
    )
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/--evidence-file/)
  })

  it('an unreachable node is exit 1', async () => {
    const port = await deadPort()
    const r = await run('query', 'attestation', 'params', '--node', `http://127.0.0.1:${port}`)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/reach/)
  })
})

describe('datum job result', () => {
  it('a bad job id is a usage error; an unknown key fails before the network', async () => {
    expect((await run('job', 'result', 'x', '--from', 'k')).code).toBe(2)
    const r = await run('job', 'result', '1', '--from', 'nobody', '--keyring-file', '/nonexistent/k.json')
    expect(r.code).not.toBe(0)
    expect(r.err).toMatch(/nobody/)
  })
})

describe('datum asset grant', () => {
  it('checks the data key before the network; an unreachable node is exit 1', async () => {
    expect((await run('asset', 'grant', 'datum1x', '--data-key', 'zz')).code).toBe(2)
    const port = await deadPort()
    const r = await run(
      'asset',
      'grant',
      'datum1x',
      '--data-key',
      'ab'.repeat(32),
      '--node',
      `http://127.0.0.1:${port}`,
    )
    expect(r.code).toBe(1)
  })
})
