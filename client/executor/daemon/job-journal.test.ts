import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { JobJournal } from './job-journal.js'

describe('JobJournal', () => {
  it('keeps salts and envelopes across restarts and lists unfinished jobs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'datum-journal-'))
    const j = new JobJournal(dir)
    j.save({ jobId: '7', phase: 'computed', salt: 'aa', commitment: 'bb', envelope: '0102' })
    j.save({ jobId: '8', phase: 'revealed' })
    j.save({ jobId: '9', phase: 'skipped', reason: 'no grant' })
    const again = new JobJournal(dir)
    expect(again.get(7n)).toMatchObject({ phase: 'computed', salt: 'aa', commitment: 'bb' })
    expect([...(again.envelopeOf(7n) ?? [])]).toEqual([1, 2])
    expect(again.envelopeOf(9n)).toBeUndefined()
    expect(again.unfinished()).toEqual([7n])
    expect(readdirSync(join(dir, 'jobs')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
