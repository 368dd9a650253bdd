// Query handlers fail with gRPC status codes, as cosmos gRPC query servers do; the node maps them to
// ABCI codes (NotFound -> sdk 22, InvalidArgument -> 18, …) with the log text CosmJS matches on.

export type GrpcCode = 'NotFound' | 'InvalidArgument' | 'FailedPrecondition' | 'Unauthenticated' | 'Internal'

export class QueryError extends Error {
  constructor(
    readonly grpcCode: GrpcCode,
    message: string,
  ) {
    super(message)
    this.name = 'QueryError'
  }
}

export const notFound = (message: string): QueryError => new QueryError('NotFound', message)
export const invalidArgument = (message: string): QueryError => new QueryError('InvalidArgument', message)
