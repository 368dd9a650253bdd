// Gov is wired into the Datum app: its store, genesis and services, the gov account's permissions, and
// the MsgUpdateParams of Datum's own modules as proposal messages: refused at submission when the module's
// own validator refuses the params or the authority is not gov, applied when executed by gov.

import { describe, expect, it } from 'vitest'
import { DEFAULT_PARAMS as ATT_DEFAULT } from '../../modules/attestation/params.js'
import { AttestationStore } from '../../modules/attestation/store.js'
import { expectAbciError } from '../../modules/auth/test-env.js'
import { DEFAULT_PARAMS as CR_DEFAULT } from '../../modules/computeright/params.js'
import { ComputeRightStore } from '../../modules/computeright/store.js'
import { AssetStore, DEFAULT_PARAMS as DA_DEFAULT } from '../../modules/dataasset/asset-store.js'
import { decodeProposalMsgs } from '../../modules/gov/index.js'
import { GOV_AUTHORITY, toBech32 } from '../../modules/sdk/index.js'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../proto/gen/datum/dataasset/v1/index.js'
import { ModuleManager } from '../app/module-manager.js'
import { MsgRouter, QueryRouter } from '../app/msg-router.js'
import { makeTestContext } from '../testing/test-context.js'
import { buildModules, datumStoreKeys } from './app-wiring.js'

const user = toBech32(new Uint8Array(20).fill(7))
const auditor = toBech32(new Uint8Array(20).fill(9))

async function wired() {
  const built = buildModules()
  const manager = new ModuleManager(built.modules)
  const msgs = new MsgRouter()
  manager.registerServices(msgs, new QueryRouter())
  built.govKeeper.setRouter(msgs)
  const tc = await makeTestContext({ storeKeys: datumStoreKeys() })
  manager.initGenesis(tc.ctx, {})
  return { ...built, msgs, tc }
}

describe('gov wiring', () => {
  it('mounts the gov store, owns the gov account (burner) and round-trips its default genesis', async () => {
    const { modules, accountKeeper, govKeeper, tc } = await wired()
    try {
      expect(datumStoreKeys()).toContain('gov')
      expect(govKeeper.authority).toBe(GOV_AUTHORITY)
      expect(accountKeeper.getModuleAccount(tc.ctx, 'gov').module?.permissions).toEqual(['burner'])
      const gov = modules.find((m) => m.name === 'gov')!
      expect(gov.exportGenesis(tc.ctx)).toEqual(gov.defaultGenesis())
    } finally {
      await tc.cleanup()
    }
  })

  it("refuses params a module's own validator refuses and a non-gov authority; applies valid ones", async () => {
    const { govKeeper, msgs, tc } = await wired()
    try {
      const cr = (params: C.ParamsInput, authority = GOV_AUTHORITY) => ({
        typeUrl: '/datum.computeright.v1.MsgUpdateParams',
        value: C.MsgUpdateParams.encode({ authority, params }),
      })
      const current = CR_DEFAULT
      expectAbciError(
        () => decodeProposalMsgs(govKeeper, [cr({ ...current, commitSeconds: 0n })]),
        'gov',
        12,
        /commit_seconds/,
      )
      expectAbciError(() => decodeProposalMsgs(govKeeper, [cr(current, user)]), 'gov', 13)
      const att = ATT_DEFAULT
      const attMsg = {
        typeUrl: '/datum.attestation.v1.MsgUpdateParams',
        value: A.MsgUpdateParams.encode({
          authority: GOV_AUTHORITY,
          params: { ...att, auditors: [auditor], arbiters: [auditor] },
        }),
      }
      expectAbciError(
        () =>
          decodeProposalMsgs(govKeeper, [
            {
              typeUrl: '/datum.attestation.v1.MsgUpdateParams',
              value: A.MsgUpdateParams.encode({ authority: GOV_AUTHORITY, params: { ...att, trust: 0 } }),
            },
          ]),
        'gov',
        12,
        /trust/,
      )
      const da = DA_DEFAULT
      const daMsg = {
        typeUrl: '/datum.dataasset.v1.MsgUpdateParams',
        value: D.MsgUpdateParams.encode({ authority: GOV_AUTHORITY, params: { ...da, maxTags: 3 } }),
      }
      expectAbciError(
        () =>
          decodeProposalMsgs(govKeeper, [
            {
              typeUrl: daMsg.typeUrl,
              value: D.MsgUpdateParams.encode({ authority: GOV_AUTHORITY, params: { ...da, maxTags: 0 } }),
            },
          ]),
        'gov',
        12,
        /max_tags/,
      )
      for (const m of decodeProposalMsgs(govKeeper, [
        attMsg,
        daMsg,
        cr({ ...current, challengeSeconds: 7200n }),
      ]))
        m.def.handle(tc.ctx, m.msg)
      const route = (u: string) => msgs.route(u)!
      expect(route('/datum.attestation.v1.MsgUpdateParams').module).toBe('attestation')
      expect(new AttestationStore().params(tc.ctx).auditors).toEqual([auditor])
      expect(new AssetStore().params(tc.ctx).maxTags).toBe(3)
      expect(new ComputeRightStore().params(tc.ctx).challengeSeconds).toBe(7200n)
    } finally {
      await tc.cleanup()
    }
  })
})
