// Typed errors for event queries and subscriptions: `code` for callers, `message` for people.

export type QueryErrorCode = 'QUERY_EMPTY' | 'QUERY_TOO_LONG' | 'QUERY_SYNTAX' | 'QUERY_INVALID_VALUE'

export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    /** Character offset in the query text where the problem was found. */
    readonly position?: number,
  ) {
    super(message)
    this.name = 'QueryError'
  }
}

export type EventBusErrorCode = 'TOO_MANY_SUBSCRIBERS' | 'TOO_MANY_SUBSCRIPTIONS' | 'ALREADY_SUBSCRIBED'

export class EventBusError extends Error {
  constructor(
    readonly code: EventBusErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'EventBusError'
  }
}
