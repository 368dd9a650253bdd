// libp2p v3 (it-queue, mortice, yamux, ping) calls Promise.withResolvers, which Node 20 lacks (V8 11.3).
// Load this module before anything else; it installs the shim only where the runtime has none.
type Resolvers<T> = {
  promise: Promise<T>
  resolve: (value: T | PromiseLike<T>) => void
  reject: (reason?: unknown) => void
}

const PromiseCtor = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> }
if (typeof PromiseCtor.withResolvers !== 'function') {
  PromiseCtor.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: Resolvers<T>['resolve']
    let reject!: Resolvers<T>['reject']
    const promise = new Promise<T>((res, rej) => {
      resolve = res
      reject = rej
    })
    return { promise, resolve, reject }
  }
}

export {}
