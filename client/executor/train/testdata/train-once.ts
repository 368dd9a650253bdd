// Run by models.test.ts in two child processes: a fixed MLP training from a fixed seed, printing the hex of the
// final weight bytes. Equal output across processes (and against the pinned digest) is the reproducibility claim.
import { seededSource } from '../../job-noise.js'
import { encodeVector, fromNumber } from '../fixed-point.js'
import { trainReference } from './train-reference.js'

const w = trainReference(seededSource(new Uint8Array(32).fill(7)), fromNumber(0.5))
process.stdout.write(Buffer.from(encodeVector(w)).toString('hex'))
