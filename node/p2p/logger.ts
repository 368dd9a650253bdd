// The logging surface the network layer needs. Callers adapt their logger (pino takes fields first:
// `{ warn: (msg, f) => log.warn(f ?? {}, msg), ... }`); tests pass nothing and get silence.

export interface P2PLogger {
  debug(msg: string, fields?: Record<string, unknown>): void
  info(msg: string, fields?: Record<string, unknown>): void
  warn(msg: string, fields?: Record<string, unknown>): void
}

export const silentLogger: P2PLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
}
