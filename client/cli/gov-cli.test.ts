// `datum tx gov` / `datum query gov|upgrade`: argument and proposal-file parsing (no node needed), and
// bad command lines exit 2 before the keyring or the node is touched.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import { MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import { readProposalFile } from './proposal-file.js'
import { runCli } from './test-cli.js'
import { weightedOptions } from './tx-gov.js'

const GOV = 'datum10d07y265gmmuvt4z0w9aw880jnsr700jr9u3vx'
const auditor = 'datum1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt5w2hf'

describe('gov CLI', () => {
  it('reads a proposal file with a Datum MsgUpdateParams and a cosmos MsgSoftwareUpgrade', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-cli-'))
    const file = join(dir, 'proposal.json')
    writeFileSync(
      file,
      JSON.stringify({
        messages: [
          {
            '@type': '/datum.attestation.v1.MsgUpdateParams',
            authority: GOV,
            params: { trust: 2, auditors: [auditor], max_executors_per_job: 5 },
          },
          {
            '@type': '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade',
            authority: GOV,
            plan: { name: 'v2', height: '1000', info: 'datumd v2' },
          },
        ],
        metadata: 'ipfs://x',
        deposit: '10000000udatum',
        title: 'Add an auditor and upgrade',
        summary: 'Both',
      }),
    )
    const p = readProposalFile(file)
    expect(p.deposit).toEqual([{ denom: 'udatum', amount: '10000000' }])
    const att = A.MsgUpdateParams.decode(p.messages[0]!.value)
    expect([att.authority, att.params?.auditors, att.params?.trust]).toEqual([GOV, [auditor], 2])
    const up = MsgSoftwareUpgrade.decode(p.messages[1]!.value)
    expect([up.plan?.name, up.plan?.height]).toEqual(['v2', 1000n])
  })

  it('parses weighted votes and refuses bad command lines with exit 2', async () => {
    expect(weightedOptions('yes=0.6,no_with_veto=0.4')).toEqual([
      { option: VoteOption.VOTE_OPTION_YES, weight: '0.6' },
      { option: VoteOption.VOTE_OPTION_NO_WITH_VETO, weight: '0.4' },
    ])
    const bad = await runCli('tx', 'gov', 'vote', '0', 'yes', '--from', 'alice')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/proposal-id/)
    const option = await runCli('tx', 'gov', 'vote', '1', 'maybe', '--from', 'alice')
    expect(option.code).toBe(2)
    expect(option.err).toMatch(/yes, no, abstain or no_with_veto/)
    const unknown = await runCli(
      'tx',
      'gov',
      'submit-proposal',
      '/nonexistent/proposal.json',
      '--from',
      'alice',
    )
    expect(unknown.code).toBe(2)
  })
})
