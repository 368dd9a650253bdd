// Why a job cannot yield a result: the executors' verdict, reported on chain by commit–reveal.
export type FaultClass = 'ALGORITHM' | 'DATA'

/** Thrown by computation when the job cannot run as requested (ALGORITHM) or the package does not match the asset (DATA). */
export class JobFault extends Error {
  constructor(
    readonly faultClass: FaultClass,
    readonly reason: string,
  ) {
    super(`${faultClass} fault: ${reason}`)
    this.name = 'JobFault'
  }
}
