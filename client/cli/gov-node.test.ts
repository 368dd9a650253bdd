// `datum tx gov submit-proposal` and `datum query gov …` against a real single-validator node: a proposal
// carrying the attestation module's MsgUpdateParams (signed by the gov account) enters its voting period;
// one whose params the attestation module refuses is rejected at submission (gov 12); the proposer cancels it
// with `tx gov cancel-proposal`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NodeConfig } from '../../node/config/node-config.js'
import { initHome } from '../../node/daemon/init-home.js'
import { DatumNode } from '../../node/daemon/node.js'
import { runCli } from './test-cli.js'

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let dev: { mnemonic: string; address: string }

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-gov-cli-'))
  const init = await initHome({ home, devAccount: true, configure: freePorts })
  dev = init.devAccount!
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${(node.rpc.app.server.address() as { port: number }).port}`
})

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('datum gov against a node', () => {
  it('submits a params proposal, refuses one the module rejects, and queries it', async () => {
    const keyring = join(home, 'keyring.json')
    const mnemonic = join(home, 'mnemonic.txt')
    await writeFile(mnemonic, dev.mnemonic)
    expect(
      (await runCli('keys', 'add', 'dev', '--mnemonic-file', mnemonic, '--keyring-file', keyring)).code,
    ).toBe(0)
    const gov = JSON.parse((await runCli('query', 'upgrade', 'authority', '--node', rpcUrl)).out)
      .address as string
    const params = JSON.parse((await runCli('query', 'attestation', 'params', '--node', rpcUrl)).out).params
    const proposal = (p: unknown) => ({
      messages: [{ '@type': '/datum.attestation.v1.MsgUpdateParams', authority: gov, params: p }],
      metadata: 'ipfs://proposal',
      deposit: '10000000udatum',
      title: 'Raise the executor bond',
      summary: 'Doubles min_executor_bond',
    })
    const good = join(home, 'good.json')
    const bad = join(home, 'bad.json')
    await writeFile(
      good,
      JSON.stringify(proposal({ ...params, min_executor_bond: { denom: 'udatum', amount: '2000000' } })),
    )
    await writeFile(bad, JSON.stringify(proposal({ ...params, trust: 0 })))
    const tx = ['--from', 'dev', '--keyring-file', keyring, '--node', rpcUrl]

    const refused = await runCli('tx', 'gov', 'submit-proposal', bad, ...tx)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/invalid proposal message/)

    const ok = await runCli('tx', 'gov', 'submit-proposal', good, ...tx)
    expect(ok.code, ok.err).toBe(0)
    expect(JSON.parse(ok.out).response.proposal_id).toBe('1')
    const shown = JSON.parse((await runCli('query', 'gov', 'proposal', '1', '--node', rpcUrl)).out)
    expect(shown.proposal.status).toBe('PROPOSAL_STATUS_VOTING_PERIOD')
    // simd's proto JSON: snake_case names, every field, each message Any expanded as {"@type", …fields}.
    expect(shown.proposal.messages[0]['@type']).toBe('/datum.attestation.v1.MsgUpdateParams')
    expect(shown.proposal.messages[0].params.min_executor_bond).toEqual({
      denom: 'udatum',
      amount: '2000000',
    })
    expect(shown.proposal.final_tally_result).toEqual({
      yes_count: '0',
      abstain_count: '0',
      no_count: '0',
      no_with_veto_count: '0',
    })
    expect(Object.keys(shown.proposal).filter((k) => /[A-Z]/.test(k))).toEqual([])
    const voted = await runCli('tx', 'gov', 'vote', '1', 'yes', ...tx)
    expect(voted.code, voted.err).toBe(0)
    const vote = JSON.parse((await runCli('query', 'gov', 'vote', '1', dev.address, '--node', rpcUrl)).out)
    expect(vote.vote.options).toEqual([{ option: 'VOTE_OPTION_YES', weight: '1.000000000000000000' }])
    const deposits = JSON.parse((await runCli('query', 'gov', 'deposits', '1', '--node', rpcUrl)).out)
    expect(deposits.deposits).toEqual([
      { proposal_id: '1', depositor: dev.address, amount: [{ denom: 'udatum', amount: '10000000' }] },
    ])

    // The proposer withdraws it: gone with its votes and deposits (half burned, half refunded: unit tests).
    expect((await runCli('tx', 'gov', 'cancel-proposal', '0', ...tx)).code).toBe(2)
    const cancelled = await runCli('tx', 'gov', 'cancel-proposal', '1', ...tx)
    expect(cancelled.code, cancelled.err).toBe(0)
    expect(JSON.parse(cancelled.out).response.proposal_id).toBe('1')
    const gone = await runCli('query', 'gov', 'proposal', '1', '--node', rpcUrl)
    expect(gone.code).toBe(1)
    const again = await runCli('tx', 'gov', 'cancel-proposal', '1', ...tx)
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/proposal 1 doesn't exist/)
  })
})
