// The bundle's Datum protos are built from JSON descriptors by protobufjs' reflection runtime
// (src/shims/datum-pb.ts) instead of the generated static modules the node and the SDK use. For every message
// of every Datum package, with every field set to a non-default value (repeated fields with two elements,
// nested messages filled in turn), both encode the same bytes and decode, convert to proto JSON and read
// amino JSON to the same values; every enum has the same names and numbers both ways.
import { Type } from 'protobufjs/light.js'
import { describe, expect, it } from 'vitest'
import { codec, type GeneratedMessage } from '../../proto/codec.js'
import * as attestation from '../../proto/gen/datum/attestation/v1/pb.js'
import * as computeright from '../../proto/gen/datum/computeright/v1/pb.js'
import * as dataasset from '../../proto/gen/datum/dataasset/v1/pb.js'
import { datumDescriptor } from './datum-descriptors.js'
import { filled } from './proto-sample.js'
import { staticShape } from './src/shims/datum-pb.js'

const PACKAGES = [
  ['dataasset', dataasset.datum.dataasset.v1],
  ['computeright', computeright.datum.computeright.v1],
  ['attestation', attestation.datum.attestation.v1],
] as const

describe('the Datum protos rebuilt from descriptors for the bundle', () => {
  for (const [mod, generated] of PACKAGES) {
    const shape = staticShape(datumDescriptor(`datum/${mod}/v1`)) as {
      datum: Record<string, { v1: Record<string, unknown> }>
    }
    const reflected = shape.datum[mod]!.v1
    const staticNames = Object.keys(generated).sort()

    it(`${mod}: holds the generated module's types and enums`, () => {
      expect(Object.keys(reflected).sort()).toEqual(staticNames)
      for (const name of staticNames) {
        const g = (generated as Record<string, unknown>)[name]
        if (typeof g === 'function') continue
        const e = reflected[name] as Record<string | number, unknown>
        expect({ ...e }).toEqual({ ...(g as object) })
        for (const id of Object.values(e))
          expect(e[id as number]).toBe((g as Record<number, string>)[id as number])
      }
    })

    it(`${mod}: encodes, decodes and converts every message as the generated code does`, () => {
      let messages = 0
      for (const name of staticNames) {
        const r = reflected[name]
        if (!(r instanceof Type)) continue
        messages++
        const full = `datum.${mod}.v1.${name}`
        const ours = codec(full, r as unknown as GeneratedMessage<unknown>)
        const theirs = codec(full, (generated as Record<string, unknown>)[name] as GeneratedMessage<unknown>)
        const value = filled(r, 1)
        const bytes = theirs.encode(value)
        if (r.fieldsArray.length > 0) expect(bytes.length, full).toBeGreaterThan(0)
        expect(Buffer.from(ours.encode(value)).toString('hex'), full).toBe(Buffer.from(bytes).toString('hex'))
        expect(ours.decode(bytes), full).toEqual(theirs.decode(bytes))
        expect(ours.decode(new Uint8Array()), full).toEqual(theirs.decode(new Uint8Array()))
        const json = theirs.toJson(value)
        expect(ours.toJson(value), full).toEqual(json)
        expect(ours.fromJson(json), full).toEqual(theirs.fromJson(json))
        const amino = theirs.toAmino(value)
        expect(ours.toAmino(value), full).toEqual(amino)
        expect(ours.fromAmino(amino), full).toEqual(theirs.fromAmino(amino))
      }
      expect(messages).toBeGreaterThan(20)
    })
  }
})
