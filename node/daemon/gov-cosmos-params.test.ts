// The cosmos modules' gov-signed messages are wired as proposal messages: staking, slashing, mint and
// distribution MsgUpdateParams and distribution MsgCommunityPoolSpend route, are refused at submission when
// the module's own params check refuses them (gov 12) or the authority is not gov (gov 13), and apply when
// executed with the gov authority.
import * as DistrTx from 'cosmjs-types/cosmos/distribution/v1beta1/tx'
import * as MintTx from 'cosmjs-types/cosmos/mint/v1beta1/tx'
import * as SlashTx from 'cosmjs-types/cosmos/slashing/v1beta1/tx'
import * as StakingTx from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import { expectAbciError } from '../../modules/auth/test-env.js'
import type { DistributionModule } from '../../modules/distribution/index.js'
import {
  DEFAULT_DISTRIBUTION_PARAMS,
  paramsToProto as distrParamsToProto,
} from '../../modules/distribution/params.js'
import { decodeProposalMsgs } from '../../modules/gov/index.js'
import type { MintModule } from '../../modules/mint/module.js'
import { DEFAULT_MINT_PARAMS, paramsToProto as mintParamsToProto } from '../../modules/mint/params.js'
import { decFromString, GOV_AUTHORITY, toBech32 } from '../../modules/sdk/index.js'
import type { SlashingModule } from '../../modules/slashing/module.js'
import {
  DEFAULT_SLASHING_PARAMS,
  paramsToProto as slashParamsToProto,
} from '../../modules/slashing/params.js'
import {
  DEFAULT_STAKING_PARAMS,
  paramsToProto as stakingParamsToProto,
} from '../../modules/staking/params.js'
import { ModuleManager } from '../app/module-manager.js'
import { MsgRouter, QueryRouter } from '../app/msg-router.js'
import { makeTestContext } from '../testing/test-context.js'
import { buildModules, datumStoreKeys } from './app-wiring.js'

const user = toBech32(new Uint8Array(20).fill(7))

async function wired() {
  const built = buildModules()
  const manager = new ModuleManager(built.modules)
  const msgs = new MsgRouter()
  manager.registerServices(msgs, new QueryRouter())
  built.govKeeper.setRouter(msgs)
  const tc = await makeTestContext({ storeKeys: datumStoreKeys() })
  manager.initGenesis(tc.ctx, {})
  const mod = <T>(name: string) => built.modules.find((m) => m.name === name) as T
  return { ...built, msgs, tc, mod }
}

const any = <T>(codec: { typeUrl: string; encode(m: T): { finish(): Uint8Array } }, m: T) => ({
  typeUrl: codec.typeUrl,
  value: codec.encode(m).finish(),
})

describe('cosmos modules under gov', () => {
  it('refuses bad params and a non-gov authority at submission; applies good ones when gov executes', async () => {
    const { govKeeper, stakingKeeper, tc, mod } = await wired()
    try {
      const staking = (p: Partial<typeof DEFAULT_STAKING_PARAMS>, authority = GOV_AUTHORITY) =>
        any(StakingTx.MsgUpdateParams, {
          authority,
          params: stakingParamsToProto({ ...DEFAULT_STAKING_PARAMS, ...p }),
        })
      const slashing = (p: Partial<typeof DEFAULT_SLASHING_PARAMS>) =>
        any(SlashTx.MsgUpdateParams, {
          authority: GOV_AUTHORITY,
          params: slashParamsToProto({ ...DEFAULT_SLASHING_PARAMS, ...p }),
        })
      const mint = (p: Partial<typeof DEFAULT_MINT_PARAMS>) =>
        any(MintTx.MsgUpdateParams, {
          authority: GOV_AUTHORITY,
          params: mintParamsToProto({ ...DEFAULT_MINT_PARAMS, ...p }),
        })
      const distr = (p: Partial<typeof DEFAULT_DISTRIBUTION_PARAMS>) =>
        any(DistrTx.MsgUpdateParams, {
          authority: GOV_AUTHORITY,
          params: distrParamsToProto({ ...DEFAULT_DISTRIBUTION_PARAMS, ...p }),
        })
      const refused = (m: { typeUrl: string; value: Uint8Array }, code: number, text: RegExp) =>
        expectAbciError(() => decodeProposalMsgs(govKeeper, [m]), 'gov', code, text)
      refused(staking({ maxEntries: 0 }), 12, /max entries/)
      refused(staking({}, user), 13, /gov account/)
      refused(slashing({ signedBlocksWindow: 0n }), 12, /signed blocks window/)
      refused(
        mint({ inflationMin: decFromString('0.3'), inflationMax: decFromString('0.2') }),
        12,
        /inflation/,
      )
      refused(distr({ communityTax: decFromString('2') }), 12, /community tax/)
      refused(
        any(DistrTx.MsgCommunityPoolSpend, { authority: user, recipient: user, amount: [] }),
        13,
        /gov account/,
      )

      for (const m of decodeProposalMsgs(govKeeper, [
        staking({ maxValidators: 50 }),
        slashing({ signedBlocksWindow: 200n }),
        mint({ blocksPerYear: 1_000_000n }),
        distr({ communityTax: decFromString('0.1') }),
      ]))
        m.def.handle(tc.ctx, m.msg)
      expect(stakingKeeper.getParams(tc.ctx).maxValidators).toBe(50)
      expect(mod<SlashingModule>('slashing').keeper.getParams(tc.ctx).signedBlocksWindow).toBe(200n)
      expect(mod<MintModule>('mint').keeper.getParams(tc.ctx).blocksPerYear).toBe(1_000_000n)
      expect(mod<DistributionModule>('distribution').keeper.getParams(tc.ctx).communityTax).toBe(
        decFromString('0.1'),
      )
    } finally {
      await tc.cleanup()
    }
  })
})
