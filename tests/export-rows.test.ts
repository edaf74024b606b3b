import {describe, expect, it} from 'vitest'
import {annotate, toJsonl, toRows, type Row} from '../src/index.js'
import {handSeed, seedInput, seedOptions} from './query-seed.js'

describe('toRows', () => {
  const annotation = handSeed()
  const rows = toRows(annotation)
  const row = (id: string): Row => rows.find((item) => item.id === id)!

  it('makes one row per claim and per quote, in input order', () => {
    expect(rows).toHaveLength(annotation.claims.length + annotation.quotes.length)
    const starts = rows.map((item) => item.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(rows.filter((item) => item.type === 'claim').map((item) => item.id)).toEqual(annotation.claims.map((item) => item.id))
    expect(rows.filter((item) => item.type === 'quote').map((item) => item.id)).toEqual(annotation.quotes.map((item) => item.id))
  })

  it('puts a claim before a quote at the same offset', () => {
    const both = toRows({...annotation, claims: [{...annotation.claims[0]!, position: annotation.quotes[0]!.position, text: annotation.quotes[0]!.text}]})
    const at = both.filter((item) => item.start === annotation.quotes[0]!.position.start.offset)
    expect(at.map((item) => item.type)).toEqual(['claim', 'quote'])
  })

  it('flattens a claim with its article, source, attribution, quantities and dates', () => {
    expect(row('c2')).toEqual({
      articleId: 'seed',
      articleUrl: 'https://example.com/land-mines',
      published: '2025-12-05',
      type: 'claim',
      id: 'c2',
      kind: 'quantity',
      subkind: 'current-value',
      text: 'In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war',
      content: 'In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war',
      context:
        'In 2024, nearly 2,000 people were killed by land mines and explosives left behind from war, according to the International Campaign to Ban Landmines.',
      paragraphId: annotation.claims[1]!.paragraphId,
      sentenceIds: annotation.claims[1]!.sentenceIds,
      start: annotation.claims[1]!.position.start.offset,
      end: annotation.claims[1]!.position.end.offset,
      sourceId: 'src3',
      sourceName: 'International Campaign to Ban Landmines',
      sourceKind: 'organization',
      sourceTitles: [],
      sourceAffiliation: null,
      attributionType: 'according-to',
      cueClass: 'evidence',
      cue: 'according to',
      mention: 'International Campaign to Ban Landmines',
      confidence: 0.8,
      quoteIds: [],
      quantities: [
        {
          text: 'nearly 2,000 people',
          value: 2000,
          lower: null,
          upper: {value: 2000, inclusive: true},
          unit: 'count',
          currency: null,
          noun: 'people',
          approximate: true,
          vague: false
        }
      ],
      times: [{text: 'In 2024', type: 'year', value: '2024', duration: null}],
      hedges: [],
      negations: [],
      checkworthiness: 0.9
    })
  })

  it('has keys in the same order on every row (JSONL columns line up)', () => {
    const keys = Object.keys(rows[0]!)
    for (const item of rows) expect(Object.keys(item)).toEqual(keys)
  })

  it('gives a continued quote its speaker, and a term none', () => {
    expect(row('q5')).toMatchObject({
      type: 'quote',
      kind: 'direct',
      sourceName: 'Patrick J. Leahy',
      sourceKind: 'person',
      sourceTitles: ['Former senator'],
      attributionType: 'quoted',
      cue: null,
      mention: null,
      checkworthiness: null
    })
    expect(row('q5').content.startsWith('Anyone who has seen')).toBe(true)
    expect(row('q2')).toMatchObject({kind: 'term', sourceId: null, attributionType: null, confidence: null, content: 'nonpersistent'})
  })

  it('keeps offsets that slice the input to the text', () => {
    for (const item of rows) expect(seedInput.slice(item.start, item.end)).toBe(item.text)
  })

  it('filters with `include`', () => {
    expect(toRows(annotation, {include: 'claims'}).map((item) => item.id)).toEqual(annotation.claims.map((item) => item.id))
    expect(toRows(annotation, {include: 'quotes'}).every((item) => item.type === 'quote')).toBe(true)
    expect(() => toRows(annotation, {include: 'sources' as 'all'})).toThrow(TypeError)
  })

  it('does not share objects with the annotation', () => {
    const copy = toRows(annotation)
    copy.find((item) => item.id === 'c2')!.quantities[0]!.upper!.value = 1
    copy.find((item) => item.id === 'c2')!.sentenceIds.push('s999')
    expect(annotation.claims[1]!.quantities[0]!.upper!.value).toBe(2000)
    expect(annotation.claims[1]!.sentenceIds).not.toContain('s999')
  })

  it('makes one claim row per claim of real annotate output', () => {
    const real = annotate(seedInput, seedOptions)
    const claimRows = toRows(real, {include: 'claims'})
    expect(claimRows).toHaveLength(real.claims.length)
    expect(toRows(real)).toHaveLength(real.claims.length + real.quotes.length)
    for (const item of toRows(real)) expect(seedInput.slice(item.start, item.end)).toBe(item.text)
  })
})

describe('toJsonl', () => {
  it('writes one line per value', () => {
    const rows = toRows(handSeed())
    const text = toJsonl(rows)
    const lines = text.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(rows.length)
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(rows)
  })

  it('keeps values with line breaks on one line', () => {
    const text = toJsonl([{a: 'one\ntwo\r\nthree\u2028four'}, 1, null])
    expect(text.split('\n')).toEqual(['{"a":"one\\ntwo\\r\\nthree\u2028four"}', '1', 'null', ''])
  })

  it('writes nothing for no values, and takes any iterable', () => {
    expect(toJsonl([])).toBe('')
    expect(toJsonl(new Set([1, 2]))).toBe('1\n2\n')
  })
})
