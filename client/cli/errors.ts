// CLI failures: a usage error (bad command line, exit 2) or a failure while running (exit 1).
export class UsageError extends Error {
  readonly code = 'USAGE'
  readonly exitCode = 2
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

export class CliError extends Error {
  readonly code: string
  readonly exitCode = 1
  constructor(code: string, message: string) {
    super(message)
    this.code = code
    this.name = 'CliError'
  }
}
