// Message events as cosmos-sdk 0.50 baseapp emits them (createEvents + runMsgs): a `message` event with
// the type url as `action`, the first signer as `sender` and the module name, then the handler's own
// events, every one of them tagged with `msg_index`.
import type { AbciEvent } from '../../modules/sdk/index.js'

/** `/cosmos.bank.v1beta1.MsgSend` -> `bank` (sdk.GetModuleNameFromTypeURL: the second dot-separated part). */
export function moduleNameFromTypeUrl(typeUrl: string): string {
  const parts = typeUrl.split('.')
  return parts.length > 1 ? parts[1]! : ''
}

export function messageEvents(
  typeUrl: string,
  sender: string | undefined,
  handlerEvents: AbciEvent[],
  msgIndex: number,
): AbciEvent[] {
  const attributes = [{ key: 'action', value: typeUrl, index: true }]
  if (sender) attributes.push({ key: 'sender', value: sender, index: true })
  const moduleSet = handlerEvents.some((e) => e.attributes.some((a) => a.key === 'module'))
  const module = moduleNameFromTypeUrl(typeUrl)
  if (!moduleSet && module) attributes.push({ key: 'module', value: module, index: true })
  const index = { key: 'msg_index', value: String(msgIndex), index: true }
  return [{ type: 'message', attributes }, ...handlerEvents].map((e) => ({
    type: e.type,
    attributes: [...e.attributes, index],
  }))
}

/** Begin/end-block events carry `mode` (cosmos-sdk 0.50 marks them BeginBlock / EndBlock). */
export function markMode(events: AbciEvent[], mode: 'BeginBlock' | 'EndBlock'): AbciEvent[] {
  return events.map((e) => ({
    type: e.type,
    attributes: [...e.attributes, { key: 'mode', value: mode, index: true }],
  }))
}
