import { describe, expect, it } from 'vitest'
import { codeHashOf } from './dp-aggregates.js'
import { BUILTIN_IMAGE_DIGEST, builtinAlgorithm, JobParamsError, parseBuiltinParams } from './job-params.js'

describe('job params', () => {
  it('round-trips canonical params pinned by their hash', () => {
    const a = builtinAlgorithm({ upper: 100, lower: 0, column: 'age', algorithm: 'dp-mean' })
    expect(a.codeHash).toBe(codeHashOf('dp-mean'))
    expect(a.imageDigest).toBe(BUILTIN_IMAGE_DIGEST)
    expect(a.params).toBe('{"algorithm":"dp-mean","column":"age","lower":0,"upper":100}')
    expect(parseBuiltinParams(a)).toEqual({ algorithm: 'dp-mean', column: 'age', lower: 0, upper: 100 })
  })

  it('refuses params it would not run exactly as asked', () => {
    const a = builtinAlgorithm({ algorithm: 'dp-sum', column: 'x', lower: -1, upper: 1 })
    const bad = (over: Partial<typeof a>) => () => parseBuiltinParams({ ...a, ...over })
    expect(bad({ paramsHash: 'ab'.repeat(32) })).toThrow(/params_hash/)
    expect(bad({ codeHash: codeHashOf('dp-mean') })).toThrow(/code hash/)
    expect(bad({ imageDigest: `sha256:${'0'.repeat(64)}` })).toThrow(/not built in/)
    expect(bad({ params: '{"column":"x","algorithm":"dp-sum","lower":-1,"upper":1}' })).toThrow(/canonical/)
    expect(bad({ params: 'nope' })).toThrow(JobParamsError)
    expect(() => builtinAlgorithm({ algorithm: 'dp-mean', column: 'x', lower: 1, upper: 1 })).toThrow(
      /lower < upper/,
    )
    expect(() => builtinAlgorithm({ algorithm: 'dp-histogram', column: 'x', buckets: ['a', 'a'] })).toThrow(
      /distinct/,
    )
  })
})
