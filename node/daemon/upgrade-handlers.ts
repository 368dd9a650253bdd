// The software upgrades this build of Datum can apply: plan name -> migration. A release that answers a
// MsgSoftwareUpgrade plan adds its handler here under the plan's exact name; a node running a build
// without it halts at the plan's height with `UPGRADE "<name>" NEEDED at height: <h>: <info>`.
import type { UpgradeHandler } from '../../modules/upgrade/index.js'

export const DATUM_UPGRADE_HANDLERS: Record<string, UpgradeHandler> = {}
