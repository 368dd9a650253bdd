// JSON-RPC 2.0 errors with CometBFT's codes and messages; `data` carries the human-readable cause.

export const JsonRpcCode = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  server: -32000,
} as const

export type JsonRpcCodeValue = (typeof JsonRpcCode)[keyof typeof JsonRpcCode]

const messages: Record<JsonRpcCodeValue, string> = {
  [-32700]: 'Parse error. Invalid JSON',
  [-32600]: 'Invalid Request',
  [-32601]: 'Method not found',
  [-32602]: 'Invalid params',
  [-32603]: 'Internal error',
  [-32000]: 'Server error',
}

export interface JsonRpcErrorObject {
  code: number
  message: string
  data?: string
}

export class RpcError extends Error {
  constructor(
    readonly code: JsonRpcCodeValue,
    readonly data: string,
  ) {
    super(`${messages[code]}: ${data}`)
    this.name = 'RpcError'
  }

  toJSON(): JsonRpcErrorObject {
    return { code: this.code, message: messages[this.code], data: this.data }
  }
}

export const parseError = (data: string) => new RpcError(JsonRpcCode.parseError, data)
export const invalidRequest = (data: string) => new RpcError(JsonRpcCode.invalidRequest, data)
export const methodNotFound = (method: string) => new RpcError(JsonRpcCode.methodNotFound, method)
export const invalidParams = (data: string) =>
  new RpcError(JsonRpcCode.invalidParams, `error converting json params to arguments: ${data}`)
export const internalError = (data: string) => new RpcError(JsonRpcCode.internal, data)
export const serverError = (data: string) => new RpcError(JsonRpcCode.server, data)

/** Any thrown value as a JSON-RPC error: RpcErrors pass through, everything else is -32603 with its message. */
export function toRpcError(err: unknown): RpcError {
  if (err instanceof RpcError) return err
  if (err instanceof Error) return internalError(err.message)
  return internalError(String(err))
}
