import {describe, expect, it} from 'vitest'
import {annotate, toWebAnnotations, type Annotation, type WebAnnotation} from '../src/index.js'
import {codePointIndex} from '../src/export/code-points.js'
import {handSeed, seedInput, seedOptions, spanIn} from './query-seed.js'

/**
 * Check every selector against the code-point array of the input: the W3C
 * model counts code points, not UTF-16 units.
 */
function checkSelectors(input: string, annotations: WebAnnotation[], context = 32): void {
  const codePoints = Array.from(input)
  for (const item of annotations) {
    const [quote, position] = item.target.selector
    expect(quote.type).toBe('TextQuoteSelector')
    expect(position.type).toBe('TextPositionSelector')
    expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact)
    expect(quote.prefix ?? '').toBe(codePoints.slice(Math.max(0, position.start - context), position.start).join(''))
    expect(quote.suffix ?? '').toBe(codePoints.slice(position.end, position.end + context).join(''))
  }
}

/** A text with astral characters (😀 U+1F600, 𝒳 U+1D4B3) before and inside the spans. */
function astral(): {input: string; annotation: Annotation} {
  const input =
    '😀𝒳 Ministers 😀 met. “Prices rose 😀 5%,” said Ana Díaz 𝒳. ' + '𝒳'.repeat(40) + ' “More 𝒳 soon,” she said.'
  const base = annotate(input, {format: 'text', id: 'astral'})
  const first = spanIn(input, '“Prices rose 😀 5%,”')
  const second = spanIn(input, '“More 𝒳 soon,”')
  const quote = (id: string, span: typeof first, content: string) => ({
    ...span,
    id,
    kind: 'direct' as const,
    content,
    contentPosition: {start: span.position.start, end: span.position.end},
    marks: {open: '“', close: '”'},
    paragraphId: 'p1',
    sentenceIds: [],
    continues: null,
    attribution: {sourceId: 'src1', mention: null, cue: null, confidence: 0.9}
  })
  const annotation: Annotation = {
    ...base,
    sources: [
      {
        id: 'src1',
        kind: 'person',
        name: 'Ana Díaz',
        titles: [],
        affiliation: null,
        party: null,
        state: null,
        gender: 'female',
        plural: false,
        relations: [],
        mentions: [{...spanIn(input, 'Ana Díaz'), kind: 'name'}, {...spanIn(input, 'she'), kind: 'pronoun'}]
      }
    ],
    quotes: [quote('q1', first, 'Prices rose 😀 5%'), quote('q2', second, 'More 𝒳 soon')]
  }
  return {input, annotation}
}

describe('toWebAnnotations', () => {
  const annotation = handSeed()
  const annotations = toWebAnnotations(annotation, seedInput)
  const mentionCount = annotation.sources.reduce((sum, source) => sum + source.mentions.length, 0)

  it('annotates every quote, claim and source mention', () => {
    expect(annotations).toHaveLength(annotation.quotes.length + annotation.claims.length + mentionCount)
    expect(new Set(annotations.map((item) => item.id)).size).toBe(annotations.length)
  })

  it('follows the Web Annotation model', () => {
    for (const item of annotations) {
      expect(item['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
      expect(item.type).toBe('Annotation')
      expect(item.target.source).toBe('https://example.com/land-mines')
      expect(item.id.startsWith('https://example.com/land-mines#claimtrace-')).toBe(true)
      expect(item.body.length).toBeGreaterThan(0)
    }
  })

  it('describes a quote, a claim and a mention', () => {
    expect(annotations[0]).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.com/land-mines#claimtrace-q1',
      type: 'Annotation',
      motivation: 'classifying',
      generator: {type: 'Software', name: 'claimtrace'},
      body: [
        {type: 'TextualBody', purpose: 'classifying', value: 'quote:partial'},
        {type: 'TextualBody', purpose: 'describing', value: 'Quoted from Dec. 2 document (document)'}
      ],
      target: {
        source: 'https://example.com/land-mines',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '“force multiplier”',
            prefix: ' would give the U.S. military a ',
            suffix: ' against enemies during “one of '
          },
          {type: 'TextPositionSelector', start: 395, end: 413}
        ]
      }
    })
    const claim = annotations.find((item) => item.id.endsWith('-c2'))!
    expect(claim.body.map((body) => body.value)).toEqual([
      'claim:quantity',
      'claim-subkind:current-value',
      'attribution:according-to',
      'Attributed to International Campaign to Ban Landmines (organization)'
    ])
    const mention = annotations.find((item) => item.id.endsWith('-src4-m2'))!
    expect(mention.motivation).toBe('identifying')
    expect(mention.body[0]).toEqual({type: 'TextualBody', purpose: 'identifying', value: 'Patrick J. Leahy'})
    expect(mention.target.selector[0].exact).toBe('Leahy')
  })

  it('has selectors that match the code points of the seed', () => {
    checkSelectors(seedInput, annotations)
  })

  it('counts code points, not UTF-16 units, after astral characters', () => {
    const {input, annotation: value} = astral()
    const result = toWebAnnotations(value, input)
    checkSelectors(input, result)
    const [q1, q2] = result
    // “ is code point 20 (UTF-16 unit 23: three astral characters before it).
    expect(q1!.target.selector[1]).toEqual({type: 'TextPositionSelector', start: 20, end: 39})
    expect(value.quotes[0]!.position.start.offset).toBe(23)
    // 40 × 𝒳 before the second quote: the prefix is 32 code points (64 units).
    expect(Array.from(q2!.target.selector[0].prefix!)).toHaveLength(32)
    expect(q2!.target.selector[0].prefix).toBe('𝒳'.repeat(31) + ' ')
  })

  it('leaves out an empty prefix or suffix at the edges of the text', () => {
    const input = '“Hi,” she said'
    const base = annotate(input, {format: 'text'})
    const span = spanIn(input, input)
    const claims = [{...handSeed().claims[0]!, ...span, sentenceIds: [], paragraphId: 'p1', quoteIds: []}]
    const [first] = toWebAnnotations({...base, quotes: [], sources: [], claims}, input)
    expect(first!.target.selector[0]).toEqual({type: 'TextQuoteSelector', exact: input})
  })

  it('takes options for the source IRI, id prefix and context', () => {
    const [first] = toWebAnnotations(annotation, seedInput, {source: 'urn:x:doc', idPrefix: 'urn:x:anno:', context: 5})
    expect(first!.id).toBe('urn:x:anno:q1')
    expect(first!.target.source).toBe('urn:x:doc')
    expect(first!.target.selector[0]).toMatchObject({prefix: 'ry a ', suffix: ' agai'})
    checkSelectors(seedInput, toWebAnnotations(annotation, seedInput, {context: 5}), 5)
  })

  it('names the document from its id when it has no URL', () => {
    const [first] = toWebAnnotations({...annotation, url: null, id: 'a b/c'}, seedInput)
    expect(first!.target.source).toBe('urn:claimtrace:a%20b%2Fc')
    const [second] = toWebAnnotations({...annotation, url: null, id: null}, seedInput)
    expect(second!.target.source).toBe('urn:claimtrace:document')
  })

  it('throws when the input is not the annotated text', () => {
    expect(() => toWebAnnotations(annotation, seedInput.slice(1))).toThrow(TypeError)
    expect(() => toWebAnnotations(annotation, undefined as unknown as string)).toThrow(TypeError)
  })

  it('has code-point selectors for real annotate output with astral characters', () => {
    const input = '😀 ' + seedInput.replaceAll('Leahy', 'Leahy 𝒳')
    const real = annotate(input, seedOptions)
    const result = toWebAnnotations(real, input)
    const mentions = real.sources.reduce((sum, source) => sum + source.mentions.length, 0)
    expect(result).toHaveLength(real.quotes.length + real.claims.length + mentions)
    checkSelectors(input, result)
  })
})

describe('codePointIndex', () => {
  it('agrees with Array.from at every offset, including inside a pair and lone surrogates', () => {
    const input = 'a😀b𝒳𝒳c\uD800d\uDC00e😀'
    const index = codePointIndex(input)
    for (let offset = 0; offset <= input.length; offset++) {
      expect(index.toCodePoint(offset), String(offset)).toBe(Array.from(input.slice(0, offset)).length)
    }

    expect(index.toCodePoint(-3)).toBe(0)
    expect(index.toCodePoint(1000)).toBe(Array.from(input).length)
  })
})
