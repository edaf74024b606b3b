import Ajv2020Module from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {annotate, Annotation, toJsonSchema} from '../src/index.js'
import {fixture} from './helpers.js'
import {handSeed, seedInput, seedOptions} from './query-seed.js'

// ajv is CommonJS: its class is the default export, or that export’s `default`.
const Ajv2020 = ((Ajv2020Module as unknown as {default?: unknown}).default ?? Ajv2020Module) as typeof Ajv2020Module.default

const validate = new Ajv2020({allErrors: true, strict: true}).compile(toJsonSchema())

/** An annotation as a consumer in another language sees it. */
function json(value: unknown): Record<string, any> {
  return JSON.parse(JSON.stringify(value)) as Record<string, any>
}

describe('toJsonSchema', () => {
  it('is a draft 2020-12 schema with named definitions', () => {
    const schema = toJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe('claimtrace Annotation')
    expect(Object.keys(schema.$defs ?? {})).toEqual(
      expect.arrayContaining(['Span', 'Position', 'Point', 'Source', 'Quote', 'Claim', 'Quantity', 'TimeExpression'])
    )
  })

  it('returns a fresh object each time', () => {
    const schema = toJsonSchema()
    schema.title = 'changed'
    expect(toJsonSchema().title).toBe('claimtrace Annotation')
  })

  it('accepts real annotate output', () => {
    const inputs = [
      seedInput,
      fixture('markdown-article/input.md'),
      fixture('crlf-bom/input.md'),
      '',
      '“Unclosed quote, said nobody.'
    ]
    for (const input of inputs) {
      const value = json(annotate(input, seedOptions))
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('accepts the hand-built seed (quotes, claims, sources, quantities, times)', () => {
    expect(validate(json(handSeed())), JSON.stringify(validate.errors)).toBe(true)
  })

  it('rejects broken annotations, as the zod schema does', () => {
    const breakers: Array<[string, (value: Record<string, any>) => void]> = [
      ['other schemaVersion', (value) => (value.schemaVersion = '2')],
      ['missing field', (value) => delete value.claims],
      ['unknown quote kind', (value) => (value.quotes[0].kind = 'rumour')],
      ['score above 1', (value) => (value.claims[0].checkworthiness = 1.5)],
      ['negative offset', (value) => (value.sentences[0].position.start.offset = -1)],
      ['fractional offset', (value) => (value.sentences[0].position.start.offset = 1.5)],
      ['line 0', (value) => (value.paragraphs[0].position.start.line = 0)],
      ['string instead of null', (value) => (value.sources[0].party = 7)],
      ['null attribution on a claim', (value) => (value.claims[0].attribution = null)]
    ]
    for (const [name, breaker] of breakers) {
      const value = json(handSeed())
      breaker(value)
      expect(validate(value), name).toBe(false)
      expect(Annotation.safeParse(value).success, name).toBe(false)
    }
  })

  it('rejects unknown keys (stricter than parseAnnotation, which drops them)', () => {
    const value = json(handSeed())
    value.claims[0].extra = true
    expect(validate(value)).toBe(false)
  })
})
