// The executor daemon: on every new block (websocket, with a polling fallback) it reads the jobs open to
// executors and its own unfinished ones, decides each job's next step from chain state (job-plan.ts) and
// acts: accept, compute + commit, reveal, batching each kind into one tx. Results are served over HTTP to
// the requester and viewers only. Everything it must remember across restarts is in the job journal.
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import type { FastifyInstance } from 'fastify'
import { DatumClient } from '../../sdk/client.js'
import { FEDERATED_PREFIX, PeerServer } from '../federated/peer-server.js'
import type { TrainingTask } from '../federated/training-task.js'
import { secretKeyFromMnemonic } from '../hd-key.js'
import { resultServer } from '../result-server.js'
import { BlockWatch } from './block-watch.js'
import { chainGrants } from './chain-grants.js'
import { ChainView } from './chain-view.js'
import { DatasetSource } from './dataset-source.js'
import { FeatureModules } from './feature-modules.js'
import { Grants } from './grants.js'
import { JobJournal } from './job-journal.js'
import { JobWork } from './job-work.js'
import { runTrainingTask, type TrainingAsset, type TrainingOutcome } from './training-run.js'

export interface DaemonOptions {
  node: string
  mnemonic: string
  dataDir: string
  listenHost: string
  listenPort: number
  pollMs: number
  lie: boolean
  holdReveals?: boolean
  waitForExecutors?: number
  /**
   * An extra listener for federated peer messages (runTraining's tests). Training jobs found on chain use the
   * registered endpoint, where the result server serves the federated route too.
   */
  trainListen?: { host: string; port: number }
  log: (event: string, fields?: Record<string, unknown>) => void
}

export class DaemonError extends Error {
  constructor(
    readonly code: 'NOT_REGISTERED' | 'KEY_MISMATCH' | 'NO_ENDPOINT',
    message: string,
  ) {
    super(message)
    this.name = 'DaemonError'
  }
}

export class ExecutorDaemon {
  private client?: DatumClient
  private server?: FastifyInstance
  private watch?: BlockWatch
  private work?: JobWork
  private running = false
  private again = false
  private stopped = false
  private idle: Promise<void> = Promise.resolve()
  private training?: { server: PeerServer; secretKey: Uint8Array; grants: Grants; datasets: DatasetSource }

  constructor(private readonly o: DaemonOptions) {}

  async start(): Promise<{ address: string; url: string }> {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(this.o.mnemonic, { prefix: 'datum' })
    const [account] = await wallet.getAccounts()
    const address = account!.address
    const client = await DatumClient.connectWithSigner(this.o.node, wallet)
    this.client = client
    const me = await client.query.attestation.executor(address)
    if (!me)
      throw new DaemonError('NOT_REGISTERED', `${address} is not a registered executor; register it first`)
    const pubKey = Buffer.from(account!.pubkey).toString('hex')
    if (me.pubKey !== pubKey)
      throw new DaemonError(
        'KEY_MISMATCH',
        `executor ${address} is registered with pub key ${me.pubKey}, not ${pubKey}`,
      )
    // reveals name `<endpoint>/results/<job>`, where requesters fetch the result
    if (!/^https?:\/\//.test(me.endpoint))
      throw new DaemonError(
        'NO_ENDPOINT',
        `executor ${address} has no http(s) endpoint; set one with update-executor`,
      )
    const sk = await secretKeyFromMnemonic(this.o.mnemonic)
    const journal = new JobJournal(this.o.dataDir)
    const chain = new ChainView(client)
    const datasets = new DatasetSource(this.o.dataDir)
    // Grants come from the chain: the data key wrapped to the key this executor registered.
    const grants = new Grants(chainGrants(client), address, pubKey, sk, datasets, this.o.log)
    const peers = new PeerServer(this.o.log)
    this.work = new JobWork({
      self: address,
      client,
      chain,
      journal,
      chainId: await client.signing.getChainId(),
      grants,
      datasets,
      features: new FeatureModules(
        async (id) => (await client.query.dataasset.featureModules(id)).modules,
        this.o.dataDir,
      ),
      lie: this.o.lie,
      holdReveals: this.o.holdReveals,
      waitForExecutors: this.o.waitForExecutors,
      endpoint: me.endpoint,
      log: this.o.log,
      peers: { server: peers, secretKey: sk },
    })
    if (this.o.trainListen) await peers.listen(this.o.trainListen.host, this.o.trainListen.port)
    this.training = { server: peers, secretKey: sk, grants, datasets }
    // the envelope leaves this daemon only for a reader of a FINALIZED job (checked on chain per request)
    this.server = resultServer({
      envelopeOf: (id) => journal.envelopeOf(id),
      jobOf: (id) => chain.jobReaders(id),
      federated: { prefix: FEDERATED_PREFIX, serve: (req, res) => peers.serve(req, res) },
    })
    await this.server.listen({ host: this.o.listenHost, port: this.o.listenPort })
    const addr = this.server.server.address()
    const url = `http://${this.o.listenHost}:${typeof addr === 'object' && addr ? addr.port : this.o.listenPort}`
    this.watch = new BlockWatch(
      this.o.node,
      this.o.pollMs,
      () => this.kick(),
      (e) => this.o.log('warn', { message: `block watch: ${e.message}` }),
    )
    await this.watch.start()
    this.kick()
    return { address, url }
  }

  /**
   * Runs one federated training task as the participant of `asset` (granted to this executor), with the
   * peers the task names, and returns the model digest, commitment and the model sealed to `readers`. The
   * task is given whole: building it from a training job on chain is the chain binding's part.
   */
  async runTraining(
    task: TrainingTask,
    asset: TrainingAsset,
    readers: Uint8Array[],
  ): Promise<TrainingOutcome> {
    if (!this.training) throw new DaemonError('NO_ENDPOINT', 'not started')
    await this.training.grants.refresh()
    return runTrainingTask(task, asset, readers, { ...this.training, log: this.o.log })
  }

  /** Runs a tick now, or right after the one in progress; ticks never overlap. */
  private kick(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    this.idle = (async () => {
      try {
        // a pass that moved a job (e.g. accepted it) is followed at once by another (compute and commit)
        let passes = 0
        let moved = false
        do {
          this.again = false
          moved = await this.work!.tick()
        } while ((this.again || (moved && ++passes < 4)) && !this.stopped)
      } catch (e) {
        this.o.log('error', { message: (e as Error).message })
      } finally {
        this.running = false
      }
    })()
  }

  /**
   * Stops watching, lets the tick in progress finish for at most `graceMs` (a broadcast to a node that just
   * went away can wait for CosmJS's whole timeout; the journal is written before each tx, so cutting it
   * short loses nothing), then closes the result server.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopped = true
    await this.watch?.stop()
    let timer: NodeJS.Timeout | undefined
    await Promise.race([this.idle, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))])
    clearTimeout(timer)
    await this.server?.close()
    await this.training?.server.close()
    this.client?.disconnect()
  }
}
