import {describe, expect, it} from 'vitest'
import {AnnotationError, annotate, parseAnnotation, safeParseAnnotation, type Annotation} from '../src/index.js'
import {handSeed, seedInput, seedOptions} from './query-seed.js'

function issuesOf(json: unknown): string[] {
  const result = safeParseAnnotation(json)
  if (result.success) throw new Error('Expected failure')
  return result.issues
}

/** A JSON copy of the hand seed, to break. */
function broken(): Record<string, any> {
  return JSON.parse(JSON.stringify(handSeed())) as Record<string, any>
}

describe('parseAnnotation', () => {
  it('loads real annotate output from a string or an object', () => {
    const annotation = annotate(seedInput, seedOptions)
    const json = JSON.stringify(annotation)
    expect(parseAnnotation(json)).toEqual(annotation)
    expect(parseAnnotation(JSON.parse(json))).toEqual(annotation)
  })

  it('loads the hand-built seed with quotes, claims and sources', () => {
    const annotation = handSeed()
    expect(parseAnnotation(JSON.stringify(annotation))).toEqual(annotation)
  })

  it('returns a copy and never mutates its input', () => {
    const value = broken()
    value.extra = 'dropped'
    const before = JSON.stringify(value)
    const annotation = parseAnnotation(value)
    expect(annotation).not.toBe(value)
    expect('extra' in annotation).toBe(false)
    expect(JSON.stringify(value)).toBe(before)
  })

  it('accepts a byte order mark before JSON text', () => {
    expect(parseAnnotation('\uFEFF' + JSON.stringify(handSeed())).id).toBe('seed')
  })

  it('throws an AnnotationError listing the issues', () => {
    const value = broken()
    value.claims[0].checkworthiness = 2
    value.quotes[1].kind = 'rumour'
    let error: unknown
    try {
      parseAnnotation(value)
    } catch (error_) {
      error = error_
    }

    expect(error).toBeInstanceOf(AnnotationError)
    const {message, issues} = error as AnnotationError
    expect(issues).toHaveLength(2)
    expect(issues[0]).toMatch(/^quotes\[1\]\.kind: Invalid option: expected one of "direct"\|"partial"\|"term"\|"title"$/)
    expect(issues[1]).toBe('claims[0].checkworthiness: Too big: expected number to be <=1')
    expect(message).toBe('Invalid annotation:\n- ' + issues.join('\n- '))
  })

  it('shows at most 20 issues in the message, all in `issues`', () => {
    const value = broken()
    for (const sentence of value.sentences) sentence.id = 1
    const result = safeParseAnnotation(value)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.issues.length).toBe(value.sentences.length)
    expect(result.issues.length).toBeGreaterThan(20)
    expect(result.error.message.split('\n')).toHaveLength(22)
    expect(result.error.message).toContain('… and ' + (result.issues.length - 20) + ' more')
  })
})

describe('safeParseAnnotation', () => {
  it('succeeds with the data', () => {
    const result = safeParseAnnotation(JSON.stringify(handSeed()))
    expect(result.success).toBe(true)
  })

  it('checks schemaVersion first, with a clear message', () => {
    const value = broken()
    value.schemaVersion = '2'
    value.claims = 'not even an array'
    expect(issuesOf(value)).toEqual(['schemaVersion: Unexpected schemaVersion `2`, expected `1`'])
    expect(issuesOf('{"schemaVersion": 1}')).toEqual([
      'schemaVersion: Unexpected schemaVersion `1` (number), expected `1`'
    ])
    expect(issuesOf('{}')).toEqual(['schemaVersion: Missing schemaVersion, expected `1`'])
    expect(() => parseAnnotation('{"schemaVersion": "2"}')).toThrow(
      'Invalid annotation:\n- schemaVersion: Unexpected schemaVersion `2`, expected `1`'
    )
  })

  it('reports invalid JSON and values that are not objects', () => {
    expect(issuesOf('{"schemaVersion": ')[0]).toMatch(/^\(root\): Invalid JSON: /)
    expect(issuesOf('[]')).toEqual(['(root): Expected an annotation object, got array'])
    expect(issuesOf(null)).toEqual(['(root): Expected an annotation object, got null'])
    expect(issuesOf(42)).toEqual(['(root): Expected an annotation object, got number'])
    expect(issuesOf(undefined)).toEqual(['(root): Expected an annotation object, got undefined'])
    expect(issuesOf(() => {})).toEqual(['(root): Expected an annotation object, got function'])
  })

  it('keeps the cause', () => {
    const result = safeParseAnnotation('{')
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.cause).toBeInstanceOf(SyntaxError)
  })

  it('reports keys that could pollute prototypes, and never pollutes', () => {
    const json = JSON.stringify(handSeed())
      .replace('{"schemaVersion":"1"', '{"schemaVersion":"1","__proto__":{"polluted":true}')
      .replace('"checkworthiness":0.7', '"checkworthiness":0.7,"constructor":{"prototype":{"polluted":true}}')
    const issues = issuesOf(json)
    expect([...issues].sort()).toEqual([
      '__proto__: Unexpected key `__proto__`',
      'claims[0].constructor: Unexpected key `constructor`'
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('reports huge and non-finite numbers', () => {
    const json = JSON.stringify(handSeed())
      .replace(/"length":\d+/, '"length":1e400')
      .replace('"checkworthiness":0.9', '"checkworthiness":1e308')
    expect(issuesOf(json)).toEqual([
      'length: Invalid input: expected number, received Infinity',
      'claims[1].checkworthiness: Too big: expected number to be <=1'
    ])

    const value = broken()
    value.paragraphs[0].position.end.offset = 2 ** 60
    expect(issuesOf(value)).toEqual([
      'paragraphs[0].position.end.offset: Too big: expected int to be <=9007199254740991'
    ])
  })

  it('survives deep nesting and cycles in unknown keys', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000)
    const json = JSON.stringify(handSeed()).replace('{"schemaVersion":"1"', '{"schemaVersion":"1","deep":' + deep)
    expect(() => safeParseAnnotation(json)).not.toThrow()

    const value = broken()
    value.self = value
    expect(safeParseAnnotation(value).success).toBe(true)
  })

  it('checks that span text matches its offsets and stays inside the input', () => {
    const value = broken()
    value.quotes[0].text = 'force'
    value.claims[0].position.end.offset = value.length + 5
    expect(issuesOf(value)).toEqual([
      'quotes[0].text: Expected text of 18 UTF-16 code units (end - start offset), got 5',
      'claims[0].position.end.offset: Unexpected offset ' + (value.length + 5) + ' after the input’s length ' + value.length
    ])

    const reversed = broken()
    const {start, end} = reversed.title.position
    reversed.title.position = {start: end, end: start}
    expect(issuesOf(reversed)).toEqual([
      'title.position: Unexpected start offset ' + end.offset + ' after end offset ' + start.offset
    ])
  })

  it('checks that ids are unique and references resolve', () => {
    const value = broken()
    value.quotes[2].attribution.sourceId = 'src99'
    value.quotes[4].continues = 'q99'
    value.claims[0].quoteIds = ['q1', 'q42']
    value.claims[3].nested[0].sourceId = 'src0'
    value.claims[1].paragraphId = 'p0'
    value.sources[1].relations[0].sourceId = 'nobody'
    value.sentences[1].id = value.sentences[0].id
    expect(issuesOf(value)).toEqual([
      'sentences[1].id: Duplicate id `s1`',
      'sources[1].relations[0].sourceId: Unknown id `nobody`',
      'quotes[2].attribution.sourceId: Unknown id `src99`',
      'quotes[4].continues: Unknown id `q99`',
      'claims[0].quoteIds[1]: Unknown id `q42`',
      'claims[1].paragraphId: Unknown id `p0`',
      'claims[3].nested[0].sourceId: Unknown id `src0`'
    ])
  })

  it('narrows the type', () => {
    const result = safeParseAnnotation(JSON.stringify(handSeed()))
    const annotation: Annotation | undefined = result.success ? result.data : undefined
    expect(annotation?.claims.length).toBe(handSeed().claims.length)
  })
})
