import { describe, expect, it } from 'vitest'
import { dataHash } from './block.js'
import { headerHash } from './header.js'
import type { Header } from './index.js'

// A real header from a public Tendermint chain (crypto.org testnet-croeseid-1, height 504096, as served by its
// RPC): the header hash must equal the chain's block ID and the data hash must match its three txs.
const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'))
const header: Header = {
  version: { block: 11n, app: 0n },
  chainId: 'testnet-croeseid-1',
  height: 504096n,
  time: { seconds: BigInt(Date.UTC(2020, 10, 22, 5, 13, 56) / 1000), nanos: 614360888 },
  lastBlockId: {
    hash: hex('62437B29777DCD547B6853C8173B00A6F75289A5B369BE19558291072CC7760E'),
    partSetHeader: {
      total: 1,
      hash: hex('A319634A1876281AF7DE6C72D5B32D98FD2F5D044C7E08540DD356AABB0DAAEA'),
    },
  },
  lastCommitHash: hex('FC61E2FDCDFAE701EEA59AD235167E6AE7CDC000BA8DDC689F0BE0B3FE956FE3'),
  dataHash: hex('D472DDB49FE1DC05BCA9FCFA93E79059D1B690460351CCE6BD0C5B3F805E83FA'),
  validatorsHash: hex('1501969D0030D7023256B9089B2D272960B3CF42F00D055F669152204EE117B8'),
  nextValidatorsHash: hex('FA2C1C571FEAF08B812CB0A867CBDAF76D868E90013243AFD96F2BB38D0A55C1'),
  consensusHash: hex('048091BC7DDC283F77BFBF91D73C44DA58C3DF8A9CBC867405D8B7F3DAADA22F'),
  appHash: hex('53E053A241822E5089D6D17BB703DFEA0645B3C647924970B351B37B59A30213'),
  lastResultsHash: hex('4644F0FC396A5DDB8C34117A045B9D38C84BEE9B20E25976B1E2FE835A93DE07'),
  evidenceHash: hex('E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855'),
  proposerAddress: hex('CA721C3A05F500838DDD1B16F4E2D2D09E463218'),
}

const txs = [
  'CsMBCsABCigvY29zbW9zLnN0YWtpbmcudjFiZXRhMS5Nc2dFZGl0VmFsaWRhdG9yEpMBCl0KF0VkaXRlZCBDYWx2aW4gVGVzdCBOb2RlEg9bZG8tbm90LW1vZGlmeV0aD1tkby1ub3QtbW9kaWZ5XSIPW2RvLW5vdC1tb2RpZnldKg9bZG8tbm90LW1vZGlmeV0SL3Rjcm9jbmNsMWZtcHJtMHNqeTZsejlsbHY3cmx0bjB2MmF6endjd3p2cjR1ZnVzIgEyElgKUApGCh8vY29zbW9zLmNyeXB0by5zZWNwMjU2azEuUHViS2V5EiMKIQNZoVS6IQxInaRmJqTWMcb4pHGi+9o0IWTdX8ShWJAfJhIECgIIARgkEgQQwJoMGkCcldo9wQy90yq3Vn4ygWeFCG0J0tQr6BZy9GIxKORi/QOXeDsTccnvoJqwo4zUkqoXaXwEBbOolxXQBbaJSz2b',
  'Co4CCpkBCjcvY29zbW9zLmRpc3RyaWJ1dGlvbi52MWJldGExLk1zZ1dpdGhkcmF3RGVsZWdhdG9yUmV3YXJkEl4KK3Rjcm8xeHdkM2s4eHRlcmRlZnQzbnhxZzkyc3pocHo2dng0M3E5N3dja2USL3Rjcm9jbmNsMXh3ZDNrOHh0ZXJkZWZ0M254cWc5MnN6aHB6NnZ4NDNxc3BkcHc2CnAKOy9jb3Ntb3MuZGlzdHJpYnV0aW9uLnYxYmV0YTEuTXNnV2l0aGRyYXdWYWxpZGF0b3JDb21taXNzaW9uEjEKL3Rjcm9jbmNsMXh3ZDNrOHh0ZXJkZWZ0M254cWc5MnN6aHB6NnZ4NDNxc3BkcHc2EmwKUQpGCh8vY29zbW9zLmNyeXB0by5zZWNwMjU2azEuUHViS2V5EiMKIQKirMTYUrgC/q6dSEPLhuk17uCcmtuB2RuJR5gFbxLrHxIECgIIARiKexIXChEKCGJhc2V0Y3JvEgUyMDAwMBDAmgwaQCP1bncZR1KlAGzV2ag5zzGjIhxlFWV3LoAIzZc8rYDkZSz8PT6Och2IVAkIZAtjWxDBBl2CfLeZF1iutUQF4HM=',
  'CqEBCp4BCiMvY29zbW9zLnN0YWtpbmcudjFiZXRhMS5Nc2dEZWxlZ2F0ZRJ3Cit0Y3JvMTBnc3FzOGp6ZGxyZW04MHNocDB4Nnd4MGp3N3F1N204ZGpmdXVoEi90Y3JvY25jbDEwZ3NxczhqemRscmVtODBzaHAweDZ3eDBqdzdxdTdtOGNkMjl5NRoXCghiYXNldGNybxILMTg3NDEzNDY0ODASbApRCkYKHy9jb3Ntb3MuY3J5cHRvLnNlY3AyNTZrMS5QdWJLZXkSIwohAzlrBUcQA1Bdiyf5GWDz8J2sdl3gZUHfblCBEmdIR4NhEgQKAggBGPlLEhcKEQoIYmFzZXRjcm8SBTIwMDAwEMCaDBpAAz60poWlg5VebVGTSkYe1IlDU+zHn/SO8xpYkLvlA/M2On30ZMxeGMR60c5l+Y8xqlYZwXQc7zYevzGlYt5YNg==',
].map((b64) => Uint8Array.from(Buffer.from(b64, 'base64')))

describe('a real chain block', () => {
  it('has the header hash its chain reported as the block ID', () => {
    expect(Buffer.from(headerHash(header)).toString('hex').toUpperCase()).toBe(
      '5684E054842CCA8B8FB8B9A70E42A9FD8235D0A01DD588CA3BC33CEC2500E77E',
    )
  })

  it('has the data hash of its txs', () => {
    expect(Buffer.from(dataHash(txs)).toString('hex')).toBe(Buffer.from(header.dataHash).toString('hex'))
  })
})
