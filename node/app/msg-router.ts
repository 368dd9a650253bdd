// Msg router: type url -> the module's MsgDefinition. Registration happens once at app construction.
import type { MsgDefinition, QueryHandler } from '../../modules/sdk/index.js'
import { AppError } from './errors.js'

export interface MsgRoute {
  def: MsgDefinition
  module: string
}

export class MsgRouter {
  private readonly routes = new Map<string, MsgRoute>()

  register(def: MsgDefinition, module: string): void {
    const existing = this.routes.get(def.typeUrl)
    if (existing)
      throw new AppError(
        'DUPLICATE_ROUTE',
        `msg ${def.typeUrl} registered by both ${existing.module} and ${module}`,
      )
    this.routes.set(def.typeUrl, { def, module })
  }

  route(typeUrl: string): MsgRoute | undefined {
    return this.routes.get(typeUrl)
  }

  typeUrls(): string[] {
    return [...this.routes.keys()].sort()
  }
}

/** Query router: gRPC method path (`/cosmos.bank.v1beta1.Query/Balance`) -> handler. */
export class QueryRouter {
  private readonly routes = new Map<string, { handler: QueryHandler; module: string }>()

  register(path: string, handler: QueryHandler, module: string): void {
    if (!/^\/[A-Za-z0-9_.]+\/[A-Za-z0-9_]+$/.test(path))
      throw new AppError('INVALID_ROUTE', `query path ${JSON.stringify(path)} is not a gRPC method path`)
    const existing = this.routes.get(path)
    if (existing)
      throw new AppError(
        'DUPLICATE_ROUTE',
        `query ${path} registered by both ${existing.module} and ${module}`,
      )
    this.routes.set(path, { handler, module })
  }

  route(path: string): QueryHandler | undefined {
    return this.routes.get(path)?.handler
  }

  /** Who registered `path` (a module name, or 'node' for node-state routes). */
  ownerOf(path: string): string | undefined {
    return this.routes.get(path)?.module
  }

  paths(): string[] {
    return [...this.routes.keys()].sort()
  }
}
