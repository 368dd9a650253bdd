// Child process of the load benchmarks: signs every lane's MsgSends and writes them to a file, so signing
// never shares the load process's event loop. Arguments: one JSON object (PresignJob); output: per lane a
// u32 tx count, then per tx a u32 length and the TxRaw bytes (big-endian).
import { writeFileSync } from 'node:fs'
import { loadAccounts, signSend } from './presign.js'

export interface PresignJob {
  accounts: number
  firstAccountNumber: string
  txsPerAccount: number
  chainId: string
  to: string
  gas: string
  fee: string
  out: string
}

const job = JSON.parse(process.argv[2]!) as PresignJob
const accounts = loadAccounts(job.accounts, BigInt(job.firstAccountNumber))
const chunks: Buffer[] = []
const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
for (const a of accounts) {
  chunks.push(u32(job.txsPerAccount))
  for (let seq = 0; seq < job.txsPerAccount; seq++) {
    const tx = signSend(a, job.to, BigInt(seq), job.chainId, { gas: BigInt(job.gas), fee: job.fee })
    chunks.push(u32(tx.length), Buffer.from(tx))
  }
}
writeFileSync(job.out, Buffer.concat(chunks))
